// Hostile files (issue 11): a corpus of mutants generated from the demo file (byte flips, truncations,
// schema edits such as a recursive view in place of a table, oversized values), each given to one of
// `check`, `circles`, `register`, `meetings` in a child under a memory limit (RLIMIT_AS 1 GiB) and a
// time limit (30 s of wall clock and CPU): no crash, no hang, the file unchanged, nothing created
// beside it. 1,000 mutants in the normal run, 10,000 with CERCLES_LONG_TESTS=1.
#include "reliabilitysupport.h"
#include "services/demodata.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <deque>
#include <memory>

using namespace cercles;
using namespace cercles::test;

namespace {

bool exec(const QString& path, const QByteArray& sql)
{
    sqlite3* h = nullptr;
    const bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READWRITE,
                                    nullptr) == SQLITE_OK &&
                    sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(h);
    return ok;
}

/// Schema edits a hostile author could make with any SQLite tool; %1 is a table of the file.
const char* const schemaEdits[] = {
    // An endless recursive view where a table was.
    "PRAGMA writable_schema = ON; UPDATE sqlite_master SET type = 'view', sql = 'CREATE VIEW \"%1\" AS WITH "
    "RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id, n AS name FROM r' WHERE name "
    "= "
    "'%1'",
    // Ten million rows from a view of the same name, after the table is renamed away.
    "PRAGMA legacy_alter_table = ON; PRAGMA foreign_keys = OFF; ALTER TABLE \"%1\" RENAME TO \"%1_old\"; "
    "CREATE VIEW \"%1\" AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 10000000) "
    "SELECT * FROM \"%1_old\", r",
    // An extra trigger and an extra view.
    "CREATE VIEW spy AS SELECT * FROM \"%1\"; CREATE TRIGGER spy_t AFTER DELETE ON \"%1\" BEGIN SELECT 1; "
    "END",
    // A constraint changed in the stored SQL.
    "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = "
    "'%1'",
    // Values breaking their constraints.
    "PRAGMA ignore_check_constraints = ON; UPDATE \"%1\" SET rowid = -rowid",
    // The version stamped higher or lower.
    "PRAGMA user_version = 3",
    // A huge text in the first text column of every row (4 MiB and more).
    "UPDATE \"%1\" SET name = printf('%.*c', 6000000, 'x')",
};

} // namespace

class TestMutants : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    /// Batches of 1,000 mutants, each with its own seed and its own figures.
    void everyCommandOnEveryMutant_data()
    {
        QTest::addColumn<int>("batch");
        const int batches = qEnvironmentVariableIsSet("CERCLES_LONG_TESTS") ? 10 : 1;
        for (int b = 0; b < batches; ++b)
            QTest::addRow("mutants %d-%d", b * 1000 + 1, b * 1000 + 1000) << b;
    }

    void everyCommandOnEveryMutant()
    {
        QFETCH(int, batch);
        const int count = 1000;
        TempDir dir;
        const QString demo = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(demo));
        const QByteArray original = readBytes(demo);
        QStringList tables;
        for (const SchemaObject& o : readFileState(demo, false).schema) {
            if (o.type == QLatin1String("table"))
                tables << o.name;
        }
        const QStringList commands{QStringLiteral("check"), QStringLiteral("circles"),
                                   QStringLiteral("register"), QStringLiteral("meetings")};
        QRandomGenerator random(quint32(11 + batch));
        Score tally;
        QStringList problems;
        QMap<QString, int> refusedBy;
        /// One mutant being checked by a child.
        struct Pending
        {
            std::unique_ptr<TempDir> dir;
            QString path, kind, command;
            QByteArray before;
            QStringList listed;
            int index = 0;
            pid_t pid = 0;
        };
        const auto finish = [&](Pending& p) {
            const ChildEnd end = waitChild(p.pid);
            ++tally.tried;
            QString problem;
            if (!end.exited)
                problem = QStringLiteral("ended by signal %1").arg(end.signal);
            // 3: `check` found the file sound but a member breaking a red line (a flipped byte may move
            // a status onto a council member): a truthful answer too.
            else if (end.code != 0 && end.code != 1 &&
                     !(end.code == 3 && p.command == QLatin1String("check")))
                problem = QStringLiteral("exit code %1").arg(end.code);
            else if (readBytes(p.path) != p.before)
                problem = QStringLiteral("the file changed");
            else if (listing(QFileInfo(p.path).absolutePath()) != p.listed)
                problem = QStringLiteral("a file was created beside it");
            if (end.exited && end.code == 1)
                ++refusedBy[p.command];
            if (problem.isEmpty()) {
                ++tally.passed;
            } else {
                ++tally.lost;
                problems
                    << QStringLiteral("mutant %1 (%2), %3: %4").arg(p.index).arg(p.kind, p.command, problem);
                QFile::copy(p.path,
                            QDir::tempPath() + QStringLiteral("/cercles-mutant-%1.cercles").arg(p.index));
            }
        };
        std::deque<Pending> running; // two children at a time: the machine's two cores
        for (int i = 0; i < count; ++i) {
            Pending p;
            p.dir = std::make_unique<TempDir>();
            p.index = i;
            p.path = p.dir->file(QStringLiteral("mutant.cercles"));
            const int choice = int(random.bounded(100));
            if (choice < 10) { // schema edits
                QFile::copy(demo, p.path);
                QFile::setPermissions(p.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                const QString sql =
                    QString::fromLatin1(schemaEdits[random.bounded(int(std::size(schemaEdits)))]);
                const QString table = tables.at(int(random.bounded(int(tables.size()))));
                exec(p.path, (sql.contains(QLatin1String("%1")) ? sql.arg(table) : sql).toUtf8());
                p.kind = QStringLiteral("schema edit");
            } else {
                QByteArray bytes = original;
                if (choice < 30) {
                    bytes.truncate(int(random.bounded(int(bytes.size()))));
                    p.kind = QStringLiteral("truncation");
                } else {
                    const int flips = 1 + int(random.bounded(8));
                    for (int f = 0; f < flips; ++f) {
                        // Half the flips in the first pages (header, schema), where they matter most.
                        const int span = random.bounded(2) ? 8192 : int(bytes.size());
                        bytes[int(random.bounded(span))] ^= char(1 + random.bounded(255));
                    }
                    p.kind = QStringLiteral("byte flips");
                }
                QFile file(p.path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(bytes);
            }
            p.before = readBytes(p.path);
            p.listed = listing(QFileInfo(p.path).absolutePath());
            p.command = commands.at(i % commands.size());
            p.pid = spawnLimited(QStringLiteral(CERCLES_CLI), {p.command, p.path},
                                 ChildLimits{RLIM_INFINITY, 1024ULL * 1024 * 1024, 30});
            running.push_back(std::move(p));
            if (running.size() == 2) {
                finish(running.front());
                running.pop_front();
            }
        }
        for (Pending& p : running)
            finish(p);
        tally.print(QStringLiteral("mutants (check/circles/register/meetings refused %1/%2/%3/%4)")
                        .arg(refusedBy.value(commands[0]))
                        .arg(refusedBy.value(commands[1]))
                        .arg(refusedBy.value(commands[2]))
                        .arg(refusedBy.value(commands[3])));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

int main(int argc, char* argv[])
{
    // The long run (10,000 mutants) takes longer than Qt Test's default five minutes per function.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1800000");
    QCoreApplication app(argc, argv);
    TestMutants test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mutants.moc"
