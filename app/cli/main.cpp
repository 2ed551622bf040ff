// cercles-cli: the command-line companion. Links the core only; needs no display.
#include "command.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace cercles::cli {

namespace {
QList<Command>& registry()
{
    static QList<Command> list;
    return list;
}

void printUsage(QTextStream& stream)
{
    stream << "Usage: cercles-cli COMMAND [ARGS...]\n\nCommands:\n";
    for (const Command& command : commands())
        stream << "  " << command.synopsis.leftJustified(42) << ' ' << command.description << '\n';
    stream << "\nExit status: 0 done; 1 could not (a refused or damaged file, an output not written whole); "
              "2 wrong command line; 3 (check) the file is sound but a member breaks a red line.\n";
}
} // namespace

bool registerCommand(Command command)
{
    registry().append(std::move(command));
    return true;
}

QList<Command> commands()
{
    QList<Command> list = registry();
    std::sort(list.begin(), list.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    return list;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace cercles::cli

int main(int argc, char* argv[])
{
    using namespace cercles::cli;
    bool needsGui = false;
    QStringList rawArgs;
    for (int i = 2; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    for (const Command& command : commands()) {
        if (argc > 1 && command.name == QString::fromLocal8Bit(argv[1]) && command.needsGui)
            needsGui = command.needsGui(rawArgs);
    }
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv, needsGui);
    QCoreApplication::setApplicationName(QStringLiteral("cercles-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERCLES_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err() : out());
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out() << "cercles-cli " << CERCLES_VERSION << '\n';
        return 0;
    }
    const QString name = args.takeFirst();
    for (const Command& command : commands()) {
        if (command.name == name) {
            const int code = command.run(args);
            out().flush();
            // Output that could not be written (a full disk, a closed pipe) is a failure too.
            const bool written =
                out().status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout);
            if (!written)
                err() << "cercles-cli: the output could not be written\n";
            err().flush();
            return written || code != 0 ? code : 1;
        }
    }
    err() << "cercles-cli: unknown command \"" << name << "\"\n";
    printUsage(err());
    return 2;
}
