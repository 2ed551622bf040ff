// cercles-cli: the command-line companion; needs no display. Built twice: cercles-cli links the core
// only and hands what it does not run itself over to cercles-cli-full, which has every command.
#include "command.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <unistd.h>

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

void writeOut(QByteArrayView bytes)
{
    out().flush();
    if (!bytes.isEmpty())
        std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

#ifndef CERCLES_CLI_FULL
namespace {
/// Takes main()'s arguments; runs cercles-cli-full with them in this process (exec: same process id,
/// standard streams, limits and exit status), found beside this program (the build tree) or at
/// CERCLES_CLI_FULL_RELATIVE from its folder (installed). Returns only when it cannot be run: 1.
int handOver(char* argv[])
{
    char self[PATH_MAX] = {};
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    QByteArray folder = length > 0 ? QByteArray(self, length) : QByteArray(argv[0]);
    folder.truncate(std::max<qsizetype>(0, folder.lastIndexOf('/')));
    const QByteArray candidates[] = {folder + "/cercles-cli-full",
                                     folder + "/" CERCLES_CLI_FULL_RELATIVE "/cercles-cli-full"};
    for (const QByteArray& path : candidates) {
        if (access(path.constData(), X_OK) == 0) {
            execv(path.constData(), argv);
            std::fprintf(stderr, "cercles-cli: %s cannot be run: %s\n", path.constData(),
                         std::strerror(errno));
            return 1;
        }
    }
    std::fprintf(stderr, "cercles-cli: %s is missing: documents, the generator and --help need it\n",
                 candidates[1].constData());
    return 1;
}
} // namespace
#endif

} // namespace cercles::cli

int main(int argc, char* argv[])
{
    using namespace cercles::cli;
    bool needsGui = false;
    QStringList rawArgs;
    for (int i = 2; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    bool known = false;
    for (const Command& command : commands()) {
        if (argc > 1 && command.name == QString::fromLocal8Bit(argv[1])) {
            known = true;
            if (command.needsGui)
                needsGui = command.needsGui(rawArgs);
        }
    }
#ifndef CERCLES_CLI_FULL
    // Run here: the commands built in that need no document, and --version. The rest (documents, the
    // generator, help, unknown commands) is cercles-cli-full's.
    if (!(known && !needsGui) && !(argc == 2 && qstrcmp(argv[1], "--version") == 0))
        return handOver(argv);
#else
    Q_UNUSED(known);
#endif
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
