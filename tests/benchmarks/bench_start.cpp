// bench_start: from launching the app on a file to its main window painted with the file shown and
// usable, against a bare QMainWindow painted once; both run as child processes, offscreen, and the peak
// RSS of each is read from the kernel. The child writes one byte on stdout at the measured moment (the
// whole-file check may still run in its worker thread then: the window does not wait for it).
#include "benchsupport.h"
#include "common/firstpaint.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QThreadPool>

using namespace cercles;
using namespace cercles::bench;

namespace {

void ready()
{
    std::fputc('.', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        QApplication app(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("Cercles"));
        QApplication::setApplicationName(QStringLiteral("Cercles"));
        if (qstrcmp(argv[2], "bare") == 0) {
            QMainWindow window;
            window.setCentralWidget(new QLabel(QStringLiteral("Cercles"), &window));
            window.resize(1280, 800);
            window.show();
            ui::afterFirstPaint(&window, [] {
                ready();
                QApplication::quit();
            });
            return QApplication::exec();
        }
        // As app/gui/main.cpp does: the schema check prepared on the other core, the window first, the file
        // after its first paint.
        QThreadPool::globalInstance()->start([] { Database::prepareSchemaCheck(); });
        ui::MainWindow window;
        window.resize(1280, 800);
        const QString file = QString::fromLocal8Bit(argv[3]);
        window.showOpening(file);
        window.show();
        ui::afterFirstPaint(&window, [&window, file] {
            if (!window.openFile(file))
                QApplication::exit(1);
            ui::afterFirstPaint(&window, [] {
                ready();
                QApplication::quit();
            });
        });
        return QApplication::exec();
    }

    QCoreApplication app(argc, argv);
    qputenv("XDG_CONFIG_HOME", QDir::tempPath().toLocal8Bit() + "/cercles-bench-config");
    QTemporaryDir scratch;
    const QString file = organisationFile(QCoreApplication::arguments(), scratch);
    const QString self = QCoreApplication::applicationFilePath();
    runChild(self, {QStringLiteral("--child"), QStringLiteral("app"), file}); // warm the page cache
    QList<double> appMs, bareMs, appRss, bareRss;
    bool failed = false;
    for (int i = 0; i < 7; ++i) {
        const ChildRun bare = runChild(self, {QStringLiteral("--child"), QStringLiteral("bare")});
        const ChildRun run = runChild(self, {QStringLiteral("--child"), QStringLiteral("app"), file});
        failed |= run.exitCode != 0 || bare.exitCode != 0;
        bareMs << bare.readyMs;
        bareRss << bare.peakRssMiB;
        appMs << run.readyMs;
        appRss << run.peakRssMiB;
    }
    out() << "bench_start on " << file << " (" << QFileInfo(file).size() / 1048576 << " MiB), 7 runs each\n";
    report(QStringLiteral("start to a painted, usable main window, median (ms)"), median(appMs),
           median(bareMs), QStringLiteral("ms"), QStringLiteral("<= 3x, <= 2x on the demo"));
    report(QStringLiteral("peak RSS, median (MiB)"), median(appRss), median(bareRss), QStringLiteral("MiB"),
           QStringLiteral("<= bare + 60 MiB"));
    return failed ? 1 : 0;
}
