// cercles-cli meetings FILE: one line per meeting, its id first (for `minutes --meeting ID`).
#include "command.h"

#include <QHash>
#include <QTimeZone>

#include "services/document.h"
#include "services/minutesservice.h"

namespace {

using namespace cercles;
using namespace cercles::cli;

int runMeetings(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        err() << "usage: cercles-cli meetings FILE\n";
        return 2;
    }
    // A listing reads only what it lists; `check` reads the whole file.
    auto document = Document::open(args.first(), Database::Access::ReadOnly, Database::Check::Later);
    if (!document) {
        err() << "cercles-cli: " << document.error() << '\n';
        return 1;
    }
    Document& doc = *document.value();
    const auto meetings = doc.meetings().meetings();
    if (!meetings) {
        err() << "cercles-cli: " << meetings.error() << '\n';
        return 1;
    }
    MinutesService minutes(doc.database(), doc.meetings());
    // Approval dates only: the frozen minutes texts are never read to list meetings.
    const auto approved = minutes.approvalDates();
    if (!approved) {
        err() << "cercles-cli: " << approved.error() << '\n';
        return 1;
    }
    const Organisation& org = doc.organisation().organisation();
    QHash<QByteArray, QTimeZone> zones; // a decade of meetings shares a few zones
    for (const auto& m : meetings.value()) {
        auto zone = zones.find(m.timeZone);
        if (zone == zones.end()) {
            const QTimeZone z(m.timeZone);
            zone = zones.insert(m.timeZone, z.isValid() ? z : QTimeZone::utc());
        }
        const QDateTime local = m.start.toTimeZone(*zone);
        const Circle* circle = org.circle(m.circle);
        const auto approval = approved->constFind(m.id);
        const QString minutesStatus = approval == approved->cend() ? QStringLiteral("minutes-draft")
                                                                   : QStringLiteral("minutes-approved:") +
                                                                         approval->toString(Qt::ISODate);
        out() << m.id.value() << '\t' << local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
              << (circle ? circle->name : QString()) << '\t' << meetingStatusKey(m.status) << '\t'
              << minutesStatus << '\n';
    }
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(meetings,
                    {QStringLiteral("meetings"), QStringLiteral("meetings FILE"),
                     QStringLiteral("list the meetings: id, local date and time, circle, status, minutes "
                                    "(tab-separated)"),
                     runMeetings})
