// cercles-cli recover FILE: undoes the unfinished change a crash left in an organisation file.
#include "command.h"

#include "storage/database.h"

namespace {

int runRecover(const QStringList& args)
{
    using namespace cercles;
    using namespace cercles::cli;
    if (args.size() != 1) {
        err() << "usage: cercles-cli recover FILE\n";
        return 2;
    }
    const bool needed = Database::needsRecovery(args.first());
    if (Result<void> recovered = Database::recover(args.first()); !recovered) {
        err() << "cercles-cli: " << recovered.error() << '\n';
        return 1;
    }
    out() << args.first()
          << (needed ? ": recovered (the unfinished change was undone)\n" : ": nothing to recover\n");
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(recover, {QStringLiteral("recover"), QStringLiteral("recover FILE"),
                              QStringLiteral("undo the unfinished change left by a crash (hot journal or "
                                             "WAL), so read-only commands can read the file"),
                              runRecover})
