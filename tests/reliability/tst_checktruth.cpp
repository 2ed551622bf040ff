// `cercles-cli check` tells the truth, and read-only commands create nothing beside the file (issue 11):
// a file left with a hot journal needs recovery (never "damaged") and `recover` brings it back as it was;
// a CHECK-constraint violation, a cut last byte, an extra view, a table replaced by a recursive view are
// all refused; a WAL-mode header is refused by read-only commands without creating -wal/-shm files.
// And one writer per file: the same file through a hard link or a symbolic link opens read-only.
#include "reliabilitysupport.h"
#include "services/demodata.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace cercles;
using namespace cercles::test;

namespace {

struct Run
{
    int code = -1;
    QString output;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CERCLES_CLI), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

bool exec(const QString& path, const QByteArray& sql)
{
    sqlite3* h = nullptr;
    const bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READWRITE,
                                    nullptr) == SQLITE_OK &&
                    sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(h);
    return ok;
}

/// Takes a file; leaves it with a hot journal, as a process killed in the middle of a transaction does: a
/// child changes every row of a table with a one-page cache (so pages reach the file) and dies.
bool leaveHotJournal(const QString& path)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        sqlite3* h = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(h,
                     "PRAGMA cache_size = 1; BEGIN IMMEDIATE; UPDATE person SET name = name || ' (changed)'; "
                     "UPDATE circle SET purpose = purpose || ' (changed)';",
                     nullptr, nullptr, nullptr);
        ::kill(::getpid(), SIGKILL);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return QFileInfo(path + QStringLiteral("-journal")).size() > 0;
}

} // namespace

class TestCheckTruth : public QObject
{
    Q_OBJECT
    TempDir m_dir;
    QString m_demo;
    Score m_tally;

    QString copyOfDemo(const TempDir& dir)
    {
        const QString path = dir.file(QStringLiteral("org.cercles"));
        QFile::copy(m_demo, path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }
    void count(bool passed)
    {
        ++m_tally.tried;
        ++(passed ? m_tally.passed : m_tally.lost);
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase()
    {
        m_demo = m_dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(m_demo));
        QCOMPARE(cli({QStringLiteral("check"), m_demo}).code, 0);
    }
    void cleanupTestCase() { m_tally.print(QStringLiteral("check, recover and one writer per file")); }

    void hotJournalNeedsRecoveryNotDamaged()
    {
        TempDir dir;
        const QString path = copyOfDemo(dir);
        const FileState before = readFileState(path, false);
        QVERIFY(leaveHotJournal(path));
        const QStringList listed = listing(QFileInfo(path).absolutePath());
        const Run check = cli({QStringLiteral("check"), path});
        const Run circles = cli({QStringLiteral("circles"), path});
        const bool truthful = check.code == 1 && check.output.contains(QLatin1String("NEEDS RECOVERY")) &&
                              !check.output.contains(QLatin1String("damaged")) && circles.code == 1 &&
                              circles.output.contains(QLatin1String("recover")) &&
                              listing(QFileInfo(path).absolutePath()) == listed;
        const Run recover = cli({QStringLiteral("recover"), path});
        const Run after = cli({QStringLiteral("check"), path});
        const bool recovered = recover.code == 0 && after.code == 0 &&
                               !QFileInfo::exists(path + QStringLiteral("-journal")) &&
                               readFileState(path, false).contentSha == before.contentSha;
        count(truthful && recovered);
        QVERIFY2(truthful, qPrintable(check.output + circles.output));
        QVERIFY2(recovered, qPrintable(recover.output + after.output));
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        // Schema damage makes every command refuse the file; row damage is found by check (the reading
        // commands still show what can be read).
        QTest::newRow("CHECK constraint")
            << "PRAGMA ignore_check_constraints = ON; UPDATE circle SET entry_basis = 'anyone'"
            << "CHECK constraint failed";
        QTest::newRow("extra view") << "CREATE VIEW everyone AS SELECT * FROM person"
                                    << "unexpected view";
        QTest::newRow("extra index") << "CREATE INDEX person_name ON person(name)"
                                     << "unexpected index";
        QTest::newRow("dropped trigger")
            << "SELECT 1" // replaced below by dropping the first trigger of the schema
            << "is missing";
        QTest::newRow("recursive view instead of a table")
            << "PRAGMA writable_schema = ON; UPDATE sqlite_master SET type = 'view', sql = 'CREATE VIEW "
               "circle AS "
               "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id, ''x'' AS "
               "name FROM "
               "r' WHERE name = 'circle'"
            << "circle";
        QTest::newRow("cut last byte") << ""
                                       << "NOT OK";
    }

    void damagedFilesAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const bool rowDamage = QByteArray(QTest::currentDataTag()) == "CHECK constraint" ||
                               QByteArray(QTest::currentDataTag()) == "cut last byte";
        TempDir dir;
        const QString path = copyOfDemo(dir);
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("dropped trigger")) {
            QString trigger;
            for (const SchemaObject& o : expectedSchema(Database::latestSchemaVersion()))
                if (o.type == QLatin1String("trigger") && trigger.isEmpty())
                    trigger = o.name;
            sql = QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger);
        }
        if (sql.isEmpty()) {
            QFile file(path);
            QVERIFY(file.resize(file.size() - 1));
        } else {
            QVERIFY(exec(path, sql.toUtf8()));
        }
        const QByteArray bytes = readBytes(path);
        const QStringList listed = listing(QFileInfo(path).absolutePath());
        QElapsedTimer clock;
        clock.start();
        const Run check = cli({QStringLiteral("check"), path});
        const Run circles = cli({QStringLiteral("circles"), path});
        const Run meetings = cli({QStringLiteral("meetings"), path});
        const bool refused = check.code == 1 && check.output.startsWith(QLatin1String("NOT OK")) &&
                             check.output.contains(expected) &&
                             (rowDamage || (circles.code == 1 && meetings.code == 1)) &&
                             readBytes(path) == bytes && listing(QFileInfo(path).absolutePath()) == listed &&
                             clock.elapsed() < 30000;
        count(refused);
        QVERIFY2(refused, qPrintable(check.output + circles.output + meetings.output));
    }

    void oneDamagedDecisionLeavesTheRest()
    {
        // A log the consent engine refuses (a round closed twice) spoils that decision only.
        TempDir dir;
        const QString path = copyOfDemo(dir);
        const Run before = cli({QStringLiteral("register"), path});
        QCOMPARE(before.code, 0);
        QVERIFY(exec(path, "INSERT INTO consent_event (process_id, seq, kind, at_utc) VALUES (3, 999, "
                           "'consent-round-closed', '2026-11-03T21:00:00Z')"));
        const Run reg = cli({QStringLiteral("register"), path});
        const QStringList lines = reg.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype damaged = std::count_if(lines.cbegin(), lines.cend(), [](const QString& l) {
            return l.contains(QLatin1String("\tdamaged\t"));
        });
        const bool shown = reg.code == 1 && damaged == 1 &&
                           lines.size() == before.output.count(QLatin1Char('\n')) + 1; // + the stderr summary
        count(shown);
        QVERIFY2(shown, qPrintable(reg.output));
    }

    void walHeaderCreatesNothing()
    {
        TempDir dir;
        const QString path = copyOfDemo(dir);
        QVERIFY(exec(path, "PRAGMA journal_mode = WAL"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        const QByteArray bytes = readBytes(path);
        const QStringList listed = listing(QFileInfo(path).absolutePath());
        const Run check = cli({QStringLiteral("check"), path});
        const Run circles = cli({QStringLiteral("circles"), path});
        const Run reg = cli({QStringLiteral("register"), path});
        const bool untouched = check.code == 1 && check.output.contains(QLatin1String("NEEDS RECOVERY")) &&
                               circles.code == 1 && reg.code == 1 && readBytes(path) == bytes &&
                               listing(QFileInfo(path).absolutePath()) == listed;
        const Run recover = cli({QStringLiteral("recover"), path});
        const Run after = cli({QStringLiteral("circles"), path});
        const bool recovered =
            recover.code == 0 && after.code == 0 && listing(QFileInfo(path).absolutePath()) == listed;
        count(untouched && recovered);
        QVERIFY2(untouched, qPrintable(check.output + circles.output + reg.output));
        QVERIFY2(recovered, qPrintable(recover.output + after.output));
    }

    void runawayQueriesAreStopped_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("endless recursion")
            << "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r";
        QTest::newRow("huge value") << "SELECT length(zeroblob(50000000))";
        QTest::newRow("huge sort")
            << "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 100000000) "
               "SELECT n FROM r ORDER BY random() LIMIT 1";
    }

    void runawayQueriesAreStopped()
    {
        // What a hostile file could make a query do is bounded in time (budget), size and memory.
        auto db = Database::open(m_demo, Database::Access::ReadOnly);
        QVERIFY2(db, qPrintable(db.error()));
        Database::setStatementTimeBudget(500);
        QFETCH(QString, sql);
        QElapsedTimer clock;
        clock.start();
        Result<QSqlQuery> q = sql::exec(db.value()->connection(), sql);
        QSqlQuery rows = q ? std::move(q).value() : QSqlQuery();
        const bool ran = q && rows.next();
        const qint64 elapsed = clock.elapsed();
        Database::setStatementTimeBudget(10000);
        // What the user reads says why, in words, never SQLite's bare "interrupted".
        const QString said = !q ? q.error() : sql::describe(rows.lastError());
        const bool explained = said.contains(QLatin1String("cercles-cli check"));
        count(!ran && elapsed < 5000 && explained);
        QVERIFY2(!ran, "the query should have been stopped");
        QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("stopped after %1 ms").arg(elapsed)));
        QVERIFY2(explained, qPrintable(said));
    }

    void hugeStoredValueIsRefused()
    {
        // A 50 MB name (written with another tool) is refused when read, not laid out.
        TempDir dir;
        const QString path = copyOfDemo(dir);
        QVERIFY(exec(path, "UPDATE circle SET name = printf('%.*c', 50000000, 'x') WHERE id = 1"));
        QElapsedTimer clock;
        clock.start();
        const Run circles = cli({QStringLiteral("circles"), path});
        const Run reg = cli({QStringLiteral("register"), path});
        const bool refused = circles.code == 1 && reg.code == 1 &&
                             circles.output.contains(QLatin1String("far larger than Cercles ever writes")) &&
                             clock.elapsed() < 20000;
        count(refused);
        QVERIFY2(refused, qPrintable(circles.output + reg.output));
    }

    void ownerOnAnotherComputer_data()
    {
        QTest::addColumn<int>("heartbeatAge"); // seconds
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("writable");
        QTest::newRow("live owner on another computer") << 10 << "other-computer" << false;
        QTest::newRow("owner from the future (clocks apart)") << -60 << "other-computer" << false;
        QTest::newRow("silent owner on another computer") << 600 << "other-computer" << true;
        QTest::newRow("dead owner on this computer") << 10 << QSysInfo::machineHostName() << true;
    }

    void ownerOnAnotherComputer()
    {
        // A shared folder may not pass the lock on to another computer: the owner record does.
        QFETCH(int, heartbeatAge);
        QFETCH(QString, host);
        QFETCH(bool, writable);
        TempDir dir;
        const QString path = copyOfDemo(dir);
        const QByteArray heartbeat =
            QDateTime::currentDateTimeUtc().addSecs(-heartbeatAge).toString(Qt::ISODate).toUtf8();
        QVERIFY(
            exec(path, "INSERT INTO file_owner VALUES (1, '" + host.toUtf8() + "', 1, '" + heartbeat + "')"));
        bool right = false;
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db.error()));
            right = db.value()->isReadOnly() != writable &&
                    (writable || db.value()->readOnlyReason().contains(QLatin1String("other-computer")));
            if (writable) { // the file is now ours
                QSqlQuery q(db.value()->connection());
                right = right && q.exec(QStringLiteral("SELECT host, pid FROM file_owner")) && q.next() &&
                        q.value(0).toString() == QSysInfo::machineHostName() &&
                        q.value(1).toLongLong() == QCoreApplication::applicationPid();
            }
        }
        count(right);
        QVERIFY(right);
    }

    void sameFileThroughAnyPathHasOneWriter_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("hard link") << "hard";
        QTest::newRow("symbolic link") << "symbolic";
        QTest::newRow("same path") << "same";
    }

    void sameFileThroughAnyPathHasOneWriter()
    {
        QFETCH(QString, how);
        TempDir dir;
        const QString path = copyOfDemo(dir);
        QString other = path;
        if (how == QLatin1String("hard")) {
            other = dir.file(QStringLiteral("link.cercles"));
            QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
        } else if (how == QLatin1String("symbolic")) {
            other = dir.file(QStringLiteral("symlink.cercles"));
            QVERIFY(QFile::link(path, other));
        }
        bool oneWriter = false, freedAfterClose = false;
        {
            auto first = Database::open(path);
            QVERIFY2(first, qPrintable(first.error()));
            auto second = Database::open(other);
            QVERIFY2(second, qPrintable(second.error()));
            oneWriter = !first.value()->isReadOnly() && second.value()->isReadOnly() &&
                        second.value()->readOnlyReason().contains(QLatin1String("already open"));
            // A read-only second window does not disturb the writer.
            QVERIFY(first.value()->transact([] { return Result<void>(); }));
        }
        {
            auto again = Database::open(other);
            freedAfterClose = again && !again.value()->isReadOnly();
        }
        count(oneWriter && freedAfterClose);
        QVERIFY(oneWriter);
        QVERIFY(freedAfterClose);
    }
};

QTEST_GUILESS_MAIN(TestCheckTruth)
#include "tst_checktruth.moc"
