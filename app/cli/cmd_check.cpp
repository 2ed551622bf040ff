// cercles-cli check FILE: read-only health check of an organisation file. Creates nothing beside it.
#include "command.h"

#include "storage/database.h"

#include <QFileInfo>

namespace {

int runCheck(const QStringList& args)
{
    using namespace cercles;
    using namespace cercles::cli;
    if (args.size() != 1) {
        err() << "usage: cercles-cli check FILE\n";
        return 2;
    }
    // A file left by a crash is not damaged: SQLite undoes the unfinished change once allowed to write.
    if (Database::needsRecovery(args.first())) {
        out() << "NEEDS RECOVERY: " << QFileInfo(args.first()).fileName()
              << " was not closed properly; run `cercles-cli recover " << args.first()
              << "` (it only undoes the unfinished change), then check again.\n";
        return 1;
    }
    // Inspection reads the file as it is (an older format is upgraded only when opened for editing).
    auto db = Database::openForInspection(args.first());
    if (!db) {
        out() << "NOT OK: " << db.error() << '\n';
        return 1;
    }
    QStringList problems = db.value()->schemaProblems();
    if (problems.isEmpty())
        problems = db.value()->integrityCheck();
    if (!problems.isEmpty()) {
        out() << "NOT OK: " << problems.size() << " problem(s)\n";
        for (const QString& p : problems)
            out() << "  " << p << '\n';
        return 1;
    }
    const int version = db.value()->schemaVersion();
    out() << "OK (file format " << version;
    if (version < Database::latestSchemaVersion())
        out() << ", upgraded to " << Database::latestSchemaVersion() << " when next opened for editing";
    out() << ")\n";
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(check, {QStringLiteral("check"), QStringLiteral("check FILE"),
                            QStringLiteral("verify the file: format version, exact schema, SQLite integrity "
                                           "and constraints; OK or what is wrong"),
                            runCheck})
