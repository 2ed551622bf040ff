// The test harness itself: a Qt warning that a test did not announce fails that test, an announced one
// does not. Checked by running this executable again as a child on the functions that warn.
#include "testsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

constexpr char childMode[] = "CERCLES_HARNESS_CHILD";

struct Run
{
    QByteArray out;
    int exitCode = -1;
};

/// Runs this executable on one test function, in child mode.
Run runChild(const QString& function)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childMode), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), {function});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.readAll(), process.exitCode()};
}

} // namespace

class TestHarness : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    // The two functions the child runs; in a normal run they do nothing.
    void childUnexpectedWarning()
    {
        if (qEnvironmentVariableIsSet(childMode))
            qWarning("the code under test complains");
    }
    void childAnnouncedWarning()
    {
        if (!qEnvironmentVariableIsSet(childMode))
            return;
        QTest::ignoreMessage(QtWarningMsg, "an expected complaint");
        qWarning("an expected complaint");
    }

    void unexpectedWarningFailsTheTest()
    {
        if (qEnvironmentVariableIsSet(childMode))
            QSKIP("child");
        const Run run = runChild(QStringLiteral("childUnexpectedWarning"));
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QVERIFY2(run.out.contains("the code under test complains"), run.out.constData());
        QVERIFY2(run.out.contains("FAIL!  : TestHarness::childUnexpectedWarning()"), run.out.constData());
    }
    void announcedWarningPasses()
    {
        if (qEnvironmentVariableIsSet(childMode))
            QSKIP("child");
        const Run run = runChild(QStringLiteral("childAnnouncedWarning"));
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY2(run.out.contains("PASS   : TestHarness::childAnnouncedWarning()"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestHarness)
#include "tst_testharness.moc"
