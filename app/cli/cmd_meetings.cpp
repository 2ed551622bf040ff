// cercles-cli meetings FILE: one line per meeting, its id first (for `minutes --meeting ID`).
#include "command.h"

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
    auto document = Document::open(args.first(), Database::Access::ReadOnly);
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
    const Organisation& org = doc.organisation().organisation();
    int unreadable = 0;
    for (const auto& m : meetings.value()) {
        QTimeZone zone(m.timeZone);
        const QDateTime local = m.start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        const Circle* circle = org.circle(m.circle);
        const auto status = minutes.status(m.id);
        QString minutesStatus = QStringLiteral("minutes-draft");
        if (!status) {
            minutesStatus = QStringLiteral("minutes-unknown");
            ++unreadable;
        } else if (status->isApproved())
            minutesStatus =
                QStringLiteral("minutes-approved:") + status->approval->approvedOn.toString(Qt::ISODate);
        out() << m.id.value() << '\t' << local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
              << (circle ? circle->name : QString()) << '\t' << meetingStatusKey(m.status) << '\t'
              << minutesStatus << '\n';
    }
    if (unreadable > 0)
        err() << "cercles-cli: the minutes of " << unreadable << " meeting(s) cannot be read\n";
    return unreadable > 0 ? 1 : 0;
}

} // namespace

CERCLES_CLI_COMMAND(meetings,
                    {QStringLiteral("meetings"), QStringLiteral("meetings FILE"),
                     QStringLiteral("list the meetings: id, local date and time, circle, status, minutes "
                                    "(tab-separated)"),
                     runMeetings})
