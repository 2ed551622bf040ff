// cercles-cli check FILE: read-only health check of an organisation file.
#include "command.h"

#include "storage/database.h"
#include "storage/fileheader.h"
#include "storage/recordchain.h"

namespace {

int runCheck(const QStringList& args)
{
    using namespace cercles;
    using namespace cercles::cli;
    if (args.size() != 1) {
        err() << "usage: cercles-cli check FILE\n";
        return 2;
    }
    // The header check alone tells newer, foreign and non-SQLite files apart without opening them.
    auto header = checkFileHeader(args.first(), Database::applicationId, Database::latestSchemaVersion());
    if (!header) {
        out() << "NOT OK: " << header.error() << '\n';
        return 1;
    }
    // An older file cannot be opened normally without upgrading it; inspect it as it is.
    const bool older = header->userVersion < Database::latestSchemaVersion();
    auto db = older ? Database::openForInspection(args.first())
                    : Database::open(args.first(), Database::Access::ReadOnly);
    if (!db) {
        out() << "NOT OK: " << db.error() << '\n';
        return 1;
    }
    const QStringList problems = db.value()->integrityCheck();
    if (!problems.isEmpty()) {
        out() << "NOT OK: " << problems.size() << " problem(s)\n";
        for (const QString& p : problems)
            out() << "  " << p << '\n';
        return 1;
    }
    // The record's hash chain exists from file format 5 on; an older file is sealed when it is upgraded.
    if (!older) {
        auto record = RecordChain::verify(db.value()->connection());
        if (!record) {
            out() << "NOT OK: " << record.error() << '\n';
            return 1;
        }
        if (!record->ok()) {
            out() << "NOT OK: the record was altered outside Cercles.\n  " << record->firstBreak << '\n';
            return 1;
        }
    }
    out() << "OK (file format " << db.value()->schemaVersion();
    if (older)
        out() << ", upgraded to " << Database::latestSchemaVersion() << " when next opened for editing";
    out() << ")\n";
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(
    check,
    {QStringLiteral("check"), QStringLiteral("check FILE"),
     QStringLiteral(
         "verify the file: format version, SQLite integrity and the record's seals; OK or what is wrong"),
     runCheck})
