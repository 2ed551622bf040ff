// The application object of cercles-cli: a QCoreApplication, or a QGuiApplication on the offscreen
// platform for the commands that lay out documents (minutes, register export), so no display is needed.
#include "command.h"

#include <QGuiApplication>

namespace cercles::cli {

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv, bool gui)
{
    if (!gui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace cercles::cli
