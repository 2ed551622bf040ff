// cercles-cli upgrade FILE: a file from an older Cercles, which the reading commands refuse (saying how to
// upgrade it), is brought to the current format with a verified copy of it saved first; then it reads.
#include "clirun.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace cercles;
using cercles::test::CliRun;
using cercles::test::runCli;

namespace {} // namespace

class TestCliUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void anOlderFileIsUpgradedThenRead()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("old.cercles"));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("reference-v1.cercles")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray original = test::readBytes(path);
        const QByteArray latest = QByteArray::number(Database::latestSchemaVersion());

        // A reading command refuses it, changes nothing, and says what to run.
        CliRun run = runCli({QStringLiteral("circles"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cercles-cli upgrade old.cercles"), run.err.constData());
        QCOMPARE(test::readBytes(path), original);

        run = runCli({QStringLiteral("upgrade"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("upgraded from format 1 to " + latest), run.out.constData());
        const QString backup = path + QStringLiteral(".v1.bak");
        QVERIFY2(run.out.contains(QFile::encodeName(backup)), run.out.constData());
        // The copy is the file as it was, page for page.
        auto old = Database::openForInspection(backup);
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), 1);

        run = runCli({QStringLiteral("circles"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Conseil de Coordination"), run.out.constData());
        run = runCli({QStringLiteral("upgrade"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("already at format " + latest), run.out.constData());
    }

    void whatCannotBeUpgradedIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("not an SQLite file") << QByteArray("hello\n") << QByteArray("cercles-cli: ");
        QTest::newRow("empty file") << QByteArray() << QByteArray("cercles-cli: ");
    }
    void whatCannotBeUpgradedIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, said);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("other.cercles"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const CliRun run = runCli({QStringLiteral("upgrade"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(said), run.err.constData());
        QCOMPARE(test::readBytes(path), content); // left as it was
        QVERIFY(!QFile::exists(path + QStringLiteral(".v0.bak")));
    }
};

QTEST_GUILESS_MAIN(TestCliUpgrade)
#include "tst_cliupgrade.moc"
