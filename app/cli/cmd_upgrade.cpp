// cercles-cli upgrade FILE: brings an organisation file written by an older Cercles to the current format,
// as opening it in the app does (a verified copy of the file as it was is saved beside it first).
#include "command.h"

#include "storage/database.h"
#include "storage/fileheader.h"

namespace {

int runUpgrade(const QStringList& args)
{
    using namespace cercles;
    using namespace cercles::cli;
    if (args.size() != 1) {
        err() << "usage: cercles-cli upgrade FILE\n";
        return 2;
    }
    const QString& file = args.first();
    const Result<FileHeader> header = readFileHeader(file);
    if (!header) {
        err() << "cercles-cli: " << header.error() << '\n';
        return 1;
    }
    // Opening for writing upgrades, after checking the whole file; a newer or foreign file is refused.
    auto db = Database::open(file, Database::Access::ReadWrite, Database::Check::AtOpen);
    if (!db) {
        err() << "cercles-cli: " << db.error() << '\n';
        return 1;
    }
    const int now = db.value()->schemaVersion();
    if (db.value()->upgradeBackup().isEmpty()) {
        out() << file << ": already at format " << now << ", nothing to upgrade\n";
        return 0;
    }
    out() << file << ": upgraded from format " << header->userVersion << " to " << now
          << "; the file as it was: " << db.value()->upgradeBackup() << '\n';
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(upgrade,
                    {QStringLiteral("upgrade"), QStringLiteral("upgrade FILE"),
                     QStringLiteral("bring a file written by an older Cercles to the current format, "
                                    "as opening it in the app does (a verified copy of it is saved "
                                    "first, as FILE.vN.bak)"),
                     runUpgrade})
