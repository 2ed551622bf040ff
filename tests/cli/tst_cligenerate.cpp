// cercles-cli generate FILE: a history recorded through the services, the same for the same seed, that
// passes `check`, whose stored register is what replaying every log gives.
#include "../ui/databasedump.h"
#include "clirun.h"
#include "services/document.h"
#include "storage/registerrepository.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace cercles;
using cercles::test::CliRun;
using cercles::test::runCli;

namespace {

QStringList small(const QString& path, int seed)
{
    return {QStringLiteral("generate"),
            path,
            QStringLiteral("--years"),
            QStringLiteral("1"),
            QStringLiteral("--circles"),
            QStringLiteral("6"),
            QStringLiteral("--people"),
            QStringLiteral("80"),
            QStringLiteral("--meetings-per-year"),
            QStringLiteral("40"),
            QStringLiteral("--seed"),
            QString::number(seed)};
}

QByteArray dump(const QString& path)
{
    auto db = Database::openForInspection(path);
    return db ? test::dumpDatabase(db.value()->connection()) : QByteArray();
}

qint64 scalar(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    return q.exec(statement) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCliGenerate : public QObject
{
    Q_OBJECT
    test::TempDir dir;
    QString first;

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase()
    {
        first = dir.file(QStringLiteral("first.cercles"));
        const CliRun run = runCli(small(first, 7));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.both().contains("meetings"), run.both().constData());
    }

    void sameSeedSameContent()
    {
        const QString again = dir.file(QStringLiteral("again.cercles"));
        QCOMPARE(runCli(small(again, 7)).exitCode, 0);
        const QByteArray a = dump(first);
        QVERIFY(a.size() > 100000);
        QCOMPARE(dump(again), a);
    }

    void otherSeedOtherContent()
    {
        const QString other = dir.file(QStringLiteral("other.cercles"));
        QCOMPARE(runCli(small(other, 8)).exitCode, 0);
        QVERIFY(dump(other) != dump(first));
    }

    void passesCheck()
    {
        const CliRun run = runCli({QStringLiteral("check"), first});
        QVERIFY2(run.exitCode == 0, run.both().constData());
    }

    void holdsEveryKindOfRecord_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("meetings, closed") << "SELECT count(*) FROM meeting WHERE status = 'closed'";
        QTest::newRow("objections") << "SELECT count(*) FROM consent_event WHERE kind = 'objection-raised'";
        QTest::newRow("integrations")
            << "SELECT count(*) FROM consent_event WHERE kind = 'objection-integrated'";
        QTest::newRow("referrals")
            << "SELECT count(*) FROM backlog_item WHERE referred_from_process_id IS NOT NULL";
        QTest::newRow("entries") << "SELECT count(*) FROM consent_effect WHERE created = 1";
        QTest::newRow("exits") << "SELECT count(*) FROM consent_effect WHERE created = 0";
        QTest::newRow("elections, with a mandate") << "SELECT count(*) FROM election_effect";
        QTest::newRow("votes, closed") << "SELECT count(*) FROM vote WHERE status = 'closed'";
        QTest::newRow("approved minutes") << "SELECT count(*) FROM minutes_approval";
        QTest::newRow("register rows") << "SELECT count(*) FROM consent_register";
    }
    void holdsEveryKindOfRecord()
    {
        QFETCH(QString, statement);
        auto db = Database::openForInspection(first);
        QVERIFY(db);
        QVERIFY2(scalar(db.value()->connection(), statement) > 0, qPrintable(statement));
    }

    void storedRegisterIsTheReplayedOne()
    {
        // Rebuilding the projection from the logs changes nothing: each event kept it up to date.
        const QString copy = dir.file(QStringLiteral("rebuilt.cercles"));
        QVERIFY(QFile::copy(first, copy));
        auto doc = Document::open(copy);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error()));
        const QSqlDatabase db = doc.value()->database().connection();
        const auto registerRows = [&db] {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM consent_register ORDER BY process_id"));
            QByteArray rows;
            while (q.next()) {
                for (int i = 0; i < 16; ++i)
                    rows += q.value(i).toString().toUtf8() + '\t';
                rows += '\n';
            }
            return rows;
        };
        const QByteArray before = registerRows();
        QVERIFY(!before.isEmpty());
        QVERIFY(doc.value()->database().transact([&] { return RegisterRepository::rebuild(db); }));
        QCOMPARE(registerRows(), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM consent_register")),
                 scalar(db, QStringLiteral("SELECT count(*) FROM consent_process")));
    }
};

QTEST_MAIN(TestCliGenerate)
#include "tst_cligenerate.moc"
