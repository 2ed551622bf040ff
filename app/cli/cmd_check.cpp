// cercles-cli check FILE: read-only health check of an organisation file. Creates nothing beside it.
#include "command.h"

#include "domain/eligibility.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/recordchain.h"

#include <QDate>
#include <QFileInfo>

namespace {

/// The exit status of a sound file whose governance needs attention (a member breaking a red line):
/// distinct from 1, a damaged or refused file.
constexpr int governanceWarning = 3;

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
    // The record's seals exist from the chained format on (an older file is sealed when upgraded).
    if (db.value()->schemaVersion() == Database::latestSchemaVersion()) {
        auto record = RecordChain::verify(db.value()->connection());
        if (!record)
            problems.prepend(record.error());
        else if (!record->ok())
            problems.prepend(QStringLiteral("the record was altered outside Cercles: ") + record->firstBreak);
    }
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
    // Governance: members who fall under a red line of their circle today (processes.md section 2). An
    // older format is read by the code of its time only, so this is checked once it is upgraded.
    if (version != Database::latestSchemaVersion())
        return 0;
    const Result<Organisation> org = OrganisationRepository::load(db.value()->connection());
    if (!org) {
        out() << "NOT OK: " << org.error() << '\n';
        return 1;
    }
    const QList<RedLineViolation> violations = redLineViolations(*org, QDate::currentDate());
    if (violations.isEmpty())
        return 0;
    out() << "GOVERNANCE WARNING: " << violations.size() << " red line(s) broken\n";
    for (const RedLineViolation& v : violations)
        out() << "  " << describeViolation(*org, v) << '\n';
    return governanceWarning;
}

} // namespace

CERCLES_CLI_COMMAND(check, {QStringLiteral("check"), QStringLiteral("check FILE"),
                            QStringLiteral("verify the file: format version, exact schema, SQLite integrity "
                                           "and constraints, the record's seals; OK or what is wrong; then "
                                           "governance warnings (a member breaking a red line of their "
                                           "circle, exit status 3)"),
                            runCheck})
