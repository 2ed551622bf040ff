// cercles-cli generate FILE: writes an organisation with years of history, recorded through the services,
// for scale tests, benchmarks and trying the app on a long record.
#include "command.h"

#include "export/minutessnapshotbuilder.h"
#include "services/document.h"
#include "services/historygenerator.h"
#include "services/minutesservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {

using namespace cercles;
using namespace cercles::cli;

const char* const usage =
    "usage: cercles-cli generate FILE [--years N] [--circles N] [--people N] [--meetings-per-year N] "
    "[--seed N]\n";

/// Takes the arguments after the command name; returns the file and size, or std::nullopt on bad usage.
std::optional<std::pair<QString, HistorySize>> parseArgs(QStringList args)
{
    QString file;
    HistorySize size;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (!arg.startsWith(QLatin1Char('-'))) {
            if (!file.isEmpty())
                return std::nullopt;
            file = arg;
            continue;
        }
        if (args.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qulonglong value = args.takeFirst().toULongLong(&ok);
        // Bounded, so a typo cannot ask for a file of a billion meetings.
        if (!ok || value > 1000000)
            return std::nullopt;
        if (arg == QLatin1String("--years") && value >= 1 && value <= 50)
            size.years = int(value);
        else if (arg == QLatin1String("--circles") && value >= 2 && value <= 500)
            size.circles = int(value);
        else if (arg == QLatin1String("--people") && value >= 10 && value <= 20000)
            size.people = int(value);
        else if (arg == QLatin1String("--meetings-per-year") && value >= 1 && value <= 5000)
            size.meetingsPerYear = int(value);
        else if (arg == QLatin1String("--seed"))
            size.seed = value;
        else
            return std::nullopt;
    }
    if (file.isEmpty())
        return std::nullopt;
    return std::pair{file, size};
}

int runGenerate(const QStringList& args)
{
    const auto parsed = parseArgs(args);
    if (!parsed) {
        err() << usage;
        return 2;
    }
    const auto& [file, size] = *parsed;
    if (QFileInfo::exists(file)) {
        err() << "cercles-cli: " << file << " already exists; it was not changed.\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Result<HistoryCounts> counts = HistoryCounts{};
    {
        auto created = Document::create(file);
        if (!created) {
            err() << "cercles-cli: " << created.error() << '\n';
            return 1;
        }
        Document& doc = *created.value();
        MinutesService minutes(doc.database(), doc.meetings());
        const auto approve = [&](MeetingId meeting, QDate approvedOn) {
            minutes.setClock([approvedOn] { return QDateTime(approvedOn, QTime(20, 0), QTimeZone::utc()); });
            return approveMinutes(doc.meetings(), doc.consent(), minutes, meeting, approvedOn,
                                  &doc.elections(), &doc.votes());
        };
        counts = generateHistory(doc, size, approve);
    }
    if (!counts) {
        QFile::remove(file);
        err() << "cercles-cli: " << counts.error() << '\n';
        return 1;
    }
    out() << QFileInfo(file).absoluteFilePath() << ": " << size.years << " years, " << size.circles
          << " circles, " << size.people << " people, " << counts->meetings << " meetings, "
          << counts->processes << " consent processes, " << counts->events << " consent events, "
          << counts->elections << " elections, " << counts->votes << " votes, " << counts->approvedMinutes
          << " approved minutes, in " << timer.elapsed() / 1000.0 << " s\n";
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(generate,
                    {QStringLiteral("generate"),
                     QStringLiteral("generate FILE [--years N] [--circles N] [--people N] [--seed N]"),
                     QStringLiteral("create an organisation file with years of generated history (same seed, "
                                    "same content)"),
                     runGenerate})
