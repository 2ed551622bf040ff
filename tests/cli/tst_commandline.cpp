// `cercles --help`, `cercles --version` and the same for cercles-cli print and exit without a display
// (over ssh, in a package test), in the language asked for.
#include "testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

/// Runs the program with no display at all: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
Run runWithoutDisplay(const QString& program, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.readAllStandardOutput(), process.readAllStandardError(), process.exitCode()};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void printsWithoutDisplay_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        const QString app = QStringLiteral(CERCLES_APP);
        const QString cli = QStringLiteral(CERCLES_CLI);
        QTest::newRow("cercles --version")
            << app << QStringList{"--version"} << QByteArray("Cercles " CERCLES_VERSION);
        QTest::newRow("cercles -v") << app << QStringList{"-v"} << QByteArray(CERCLES_VERSION);
        QTest::newRow("cercles --help, English")
            << app << QStringList{"--language", "en", "--help"} << QByteArray("User interface language");
        QTest::newRow("cercles --help, French") << app << QStringList{"--language", "fr", "--help"}
                                                << QByteArray("Langue de l\xE2\x80\x99interface");
        QTest::newRow("cercles-cli --version")
            << cli << QStringList{"--version"} << QByteArray("cercles-cli " CERCLES_VERSION);
        QTest::newRow("cercles-cli --help") << cli << QStringList{"--help"} << QByteArray("check FILE");
    }
    void printsWithoutDisplay()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const Run run = runWithoutDisplay(program, args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(expected), run.out.constData());
        QVERIFY2(!run.err.contains("could not connect to display"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
