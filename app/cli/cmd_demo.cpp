// cercles-cli demo FILE: writes the reference organisation to a new file.
#include "command.h"

#include "services/demodata.h"

#include <QFileInfo>

namespace {

int runDemo(const QStringList& args)
{
    using namespace cercles::cli;
    if (args.size() != 1) {
        err() << "usage: cercles-cli demo FILE\n";
        return 2;
    }
    if (QFileInfo::exists(args.first())) {
        err() << "cercles-cli: " << args.first() << " already exists; it was not changed.\n";
        return 1;
    }
    const cercles::Result<void> created = cercles::createDemoFile(args.first());
    if (!created) {
        err() << "cercles-cli: " << created.error() << '\n';
        return 1;
    }
    out() << "Created the demo organisation in " << QFileInfo(args.first()).absoluteFilePath() << '\n';
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(demo, {QStringLiteral("demo"), QStringLiteral("demo FILE"),
                           QStringLiteral("create the reference organisation file at FILE"), runDemo})
