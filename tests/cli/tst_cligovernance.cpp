// cercles-cli check FILE: a sound file whose member comes to break a red line of their circle is reported
// as a governance warning (who, which circle, which red line) with exit status 3, apart from a damaged
// file's 1 (processes.md section 2: "a member who comes to fall under one is reported as a violation").
#include "clirun.h"
#include "services/document.h"
#include "services/organisationservice.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace cercles;
using cercles::test::CliRun;
using cercles::test::runCli;

namespace {} // namespace

class TestCliGovernance : public QObject
{
    Q_OBJECT
    test::TempDir dir;

    /// Takes a file name; creates the demo organisation there and returns its path.
    QString demo(const QString& name)
    {
        const QString path = dir.file(name);
        const CliRun created = runCli({QStringLiteral("demo"), path});
        if (created.exitCode != 0)
            qFatal("demo failed: %s", qPrintable(created.text()));
        return path;
    }

    /// Takes a file and a person's name; records, as the app does, that the person became an employee.
    void becomesEmployee(const QString& path, const char* name)
    {
        auto opened = Document::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        std::unique_ptr<Document> doc = std::move(opened).value();
        OrganisationService& org = doc->organisation();
        Person person = *org.organisation().personNamed(QString::fromUtf8(name));
        person.statuses |= PersonStatus::Employee;
        const Result<void> updated = org.updatePerson(person);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error()));
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void soundFileWithoutViolationIsOk()
    {
        const CliRun check = runCli({QStringLiteral("check"), demo(QStringLiteral("sound.cercles"))});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.text().startsWith(QLatin1String("OK")), qPrintable(check.text()));
        QVERIFY2(!check.text().contains(QLatin1String("GOVERNANCE")), qPrintable(check.text()));
    }

    void brokenRedLineIsAGovernanceWarning()
    {
        const QString path = demo(QStringLiteral("employee.cercles"));
        becomesEmployee(path, "Denise Faure");
        const CliRun check = runCli({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.text().startsWith(QLatin1String("OK")), qPrintable(check.text()));
        QVERIFY2(
            check.text().contains(QStringLiteral("GOVERNANCE WARNING: 1 red line(s) broken\n  Denise Faure "
                                                 "is a member of Conseil de Coordination but falls "
                                                 "under its red line \u201cemployee\u201d.")),
            qPrintable(check.text()));

        // Resolved once the status is taken back: nothing is left to warn of.
        {
            std::unique_ptr<Document> doc = std::move(Document::open(path)).value();
            OrganisationService& org = doc->organisation();
            Person denise = *org.organisation().personNamed(QStringLiteral("Denise Faure"));
            denise.statuses = {};
            QVERIFY(org.updatePerson(denise));
        }
        QCOMPARE(runCli({QStringLiteral("check"), path}).exitCode, 0);
    }

    void damagedFileIsNotAGovernanceWarning()
    {
        const QString path = dir.file(QStringLiteral("damaged.cercles"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const CliRun check = runCli({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.text().startsWith(QLatin1String("NOT OK")), qPrintable(check.text()));
    }

    void helpTellsTheExitStatus()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.text().contains(QLatin1String("3 (check) the file is sound but a member breaks a red "
                                                    "line")),
                 qPrintable(help.text()));
    }
};

QTEST_GUILESS_MAIN(TestCliGovernance)
#include "tst_cligovernance.moc"
