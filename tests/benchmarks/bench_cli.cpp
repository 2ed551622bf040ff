// bench_cli: `cercles-cli register FILE` and `cercles-cli meetings FILE` (each a whole process, output
// read and dropped) against the equivalent sqlite3 query printed by a small process of the same kind;
// then the register PDF of the whole file (time per decision, peak RSS) against its CSV export.
#include "benchsupport.h"

#include <QCoreApplication>

#include <sqlite3.h>

using namespace cercles::bench;

namespace {

const char* const registerQuery =
    "SELECT r.decision_date, c.name, r.status, r.text FROM consent_register r LEFT JOIN circle c ON c.id = "
    "r.circle_id ORDER BY r.decision_date, r.started_utc, r.process_id";
const char* const meetingsQuery =
    "SELECT m.id, m.start_utc, m.time_zone, c.name, m.status, a.approved_on FROM meeting m LEFT JOIN circle "
    "c "
    "ON c.id = m.circle_id LEFT JOIN minutes_approval a ON a.meeting_id = m.id ORDER BY m.start_utc, m.id";

/// The anchor: the query through the sqlite3 C API, rows printed tab-separated, as the sqlite3 shell would.
int printQuery(const char* path, const char* query)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 1;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, query, -1, &statement, nullptr) != SQLITE_OK)
        return 1;
    const int columns = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i) {
            const unsigned char* text = sqlite3_column_text(statement, i);
            std::fputs(text ? reinterpret_cast<const char*>(text) : "", stdout);
            std::fputc(i + 1 < columns ? '\t' : '\n', stdout);
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return 0;
}

int countRows(const QString& path, const char* query)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, query, -1, &statement, nullptr);
    int rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        ++rows;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--sqlite") == 0)
        return printQuery(argv[3], qstrcmp(argv[2], "register") == 0 ? registerQuery : meetingsQuery);

    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString file = organisationFile(QCoreApplication::arguments(), scratch);
    const QString self = QCoreApplication::applicationFilePath();
    const QString cli = QStringLiteral(CERCLES_CLI);
    const int decisions = countRows(file, registerQuery);
    out() << "bench_cli on " << file << " (" << QFileInfo(file).size() / 1048576 << " MiB, " << decisions
          << " decisions)\n";
    bool failed = false;
    for (const char* command : {"register", "meetings"}) {
        runChild(cli, {QString::fromLatin1(command), file}, true); // warm the page cache
        QList<double> ours, anchor;
        for (int i = 0; i < 7; ++i) {
            const ChildRun run = runChild(cli, {QString::fromLatin1(command), file}, true);
            failed |= run.exitCode != 0;
            ours << run.totalMs;
            anchor << runChild(self, {QStringLiteral("--sqlite"), QString::fromLatin1(command), file}, true)
                          .totalMs;
        }
        report(QStringLiteral("cercles-cli %1 (median of 7, ms)").arg(QString::fromLatin1(command)),
               median(ours), median(anchor), QStringLiteral("ms"), QStringLiteral("<= 2x"));
    }

    // The register PDF of the whole file: one run (it is the long one), against the CSV of the same entries.
    const QString pdf = scratch.filePath(QStringLiteral("register.pdf"));
    const QString csv = scratch.filePath(QStringLiteral("register.csv"));
    const ChildRun pdfRun =
        runChild(cli, {QStringLiteral("register"), file, QStringLiteral("--output"), pdf}, true);
    const ChildRun csvRun =
        runChild(cli, {QStringLiteral("register"), file, QStringLiteral("--output"), csv}, true);
    failed |= pdfRun.exitCode != 0 || csvRun.exitCode != 0;
    report(QStringLiteral("register PDF, ms per decision (anchor: CSV)"),
           pdfRun.totalMs / std::max(1, decisions), csvRun.totalMs / std::max(1, decisions),
           QStringLiteral("ms"), QStringLiteral("<= 0.5 ms"));
    report(QStringLiteral("register PDF, peak RSS (anchor: CSV)"), pdfRun.peakRssMiB, csvRun.peakRssMiB,
           QStringLiteral("MiB"), QStringLiteral("<= 100 MiB"));
    return failed ? 1 : 0;
}
