// The application object of cercles-cli: a QCoreApplication, or (cercles-cli-full) a QGuiApplication on
// the offscreen platform for the commands that lay out documents (minutes, register export), so no
// display is needed.
#include "command.h"

#ifdef CERCLES_CLI_FULL
#include <QGuiApplication>
#else
#include <QCoreApplication>
#endif

namespace cercles::cli {

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv, bool gui)
{
#ifdef CERCLES_CLI_FULL
    if (gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#else
    Q_UNUSED(gui); // main() hands such commands over to cercles-cli-full
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace cercles::cli
