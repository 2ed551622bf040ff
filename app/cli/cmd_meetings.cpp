// cercles-cli meetings FILE: one line per meeting, its id first (for `minutes --meeting ID`).
#include "command.h"

#include <QHash>
#include <QTimeZone>

#include "storage/database.h"
#include "storage/meetingrepository.h"

namespace {

using namespace cercles;
using namespace cercles::cli;

int runMeetings(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        err() << "usage: cercles-cli meetings FILE\n";
        return 2;
    }
    // A listing reads only what it lists (one query: no organisation, no frozen minutes text); `check`
    // reads the whole file.
    auto db = Database::open(args.first(), Database::Access::ReadOnly, Database::Check::Later);
    if (!db) {
        err() << "cercles-cli: " << db.error() << '\n';
        return 1;
    }
    const auto meetings = MeetingRepository::listLines(db.value()->connection());
    if (!meetings) {
        err() << "cercles-cli: " << meetings.error() << '\n';
        return 1;
    }
    QHash<QByteArray, QTimeZone> zones; // a decade of meetings shares a few zones
    QString text;
    for (const MeetingRepository::MeetingLine& m : meetings.value()) {
        auto zone = zones.find(m.timeZone);
        if (zone == zones.end()) {
            const QTimeZone z(m.timeZone);
            zone = zones.insert(m.timeZone, z.isValid() ? z : QTimeZone::utc());
        }
        // The local wall-clock time: the instant shifted by the zone's offset then.
        const QDateTime local = m.start.addSecs(zone->offsetFromUtc(m.start));
        const QTime time = local.time();
        text +=
            QString::number(m.id.value()) + QLatin1Char('\t') + isoDate(local.date()) + QLatin1Char(' ') +
            QString::number(time.hour()).rightJustified(2, QLatin1Char('0')) + QLatin1Char(':') +
            QString::number(time.minute()).rightJustified(2, QLatin1Char('0')) + QLatin1Char('\t') +
            m.circleName + QLatin1Char('\t') + meetingStatusKey(m.status) + QLatin1Char('\t') +
            (m.minutesApproved.isValid() ? QStringLiteral("minutes-approved:") + isoDate(m.minutesApproved)
                                         : QStringLiteral("minutes-draft")) +
            QLatin1Char('\n');
    }
    out() << text; // one write
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(meetings,
                    {QStringLiteral("meetings"), QStringLiteral("meetings FILE"),
                     QStringLiteral("list the meetings: id, local date and time, circle, status, minutes "
                                    "(tab-separated)"),
                     runMeetings})
