// cercles-cli verify FILE [--head HEX]: checks the record's hash chain, and that a head printed on minutes
// sent out still covers the record as it is.
#include "command.h"

#include "storage/database.h"
#include "storage/recordchain.h"

#include <QElapsedTimer>

namespace {

int runVerify(const QStringList& args)
{
    using namespace cercles;
    using namespace cercles::cli;
    QString file;
    QByteArray head;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--head") && i + 1 < args.size()) {
            const QByteArray hex = args.at(++i).trimmed().toLatin1();
            head = QByteArray::fromHex(hex);
            if (hex.size() != 64 || head.toHex() != hex.toLower()) {
                err() << "cercles-cli verify: --head takes the 64 hexadecimal characters printed on the "
                         "minutes\n";
                return 2;
            }
        } else if (file.isEmpty() && !args.at(i).startsWith(QLatin1String("--"))) {
            file = args.at(i);
        } else {
            err() << "usage: cercles-cli verify FILE [--head HEX]\n";
            return 2;
        }
    }
    if (file.isEmpty()) {
        err() << "usage: cercles-cli verify FILE [--head HEX]\n";
        return 2;
    }
    auto db = Database::open(file, Database::Access::ReadOnly);
    if (!db) {
        out() << "NOT OK: " << db.error() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto record = RecordChain::verify(db.value()->connection(), head);
    if (!record) {
        out() << "NOT OK: " << record.error() << '\n';
        return 1;
    }
    if (!record->ok()) {
        out() << "NOT OK: the record was altered.\n" << record->firstBreak << '\n';
        return 1;
    }
    out() << "OK: " << record->chains << " chains, " << record->links << " links verified in "
          << timer.elapsed() << " ms";
    if (!head.isEmpty())
        out() << "; the head " << head.toHex() << " covers the record as it is now";
    out() << '\n';
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(
    verify, {QStringLiteral("verify"), QStringLiteral("verify FILE [--head HEX]"),
             QStringLiteral("check the record's hash chain; with --head (printed on approved minutes), "
                            "prove nothing it covers was rewritten"),
             runVerify})
