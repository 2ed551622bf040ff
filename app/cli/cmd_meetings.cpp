// cercles-cli meetings FILE: one line per meeting, its id first (for `minutes --meeting ID`).
#include "command.h"

#include <string>

#include <QHash>
#include <QTimeZone>

#include "storage/database.h"
#include "storage/meetingrepository.h"

namespace {

using namespace cercles;
using namespace cercles::cli;

/// Takes a buffer, a number (>= 0) and a width; appends the number's digits, zero-padded to the width.
void digits(std::string& to, int value, int width)
{
    char text[12];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        text[i] = char('0' + value % 10);
    to.append(text, size_t(width));
}

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
    std::string text;                   // UTF-8, written at once
    text.reserve(size_t(meetings->size()) * 96);
    const auto append = [&text](QByteArrayView bytes) { text.append(bytes.data(), size_t(bytes.size())); };
    for (const MeetingRepository::MeetingLine& m : meetings.value()) {
        auto zone = zones.find(m.timeZone);
        if (zone == zones.end()) {
            const QTimeZone z(m.timeZone);
            zone = zones.insert(m.timeZone, z.isValid() ? z : QTimeZone::utc());
        }
        // The local wall-clock time: the instant shifted by the zone's offset then.
        const QDateTime local = m.start.addSecs(zone->offsetFromUtc(m.start));
        const QDate day = local.date();
        const QTime time = local.time();
        append(QByteArray::number(m.id.value()));
        text += '\t';
        if (local.isValid() && day.year() >= 0 && day.year() <= 9999) {
            digits(text, day.year(), 4);
            text += '-';
            digits(text, day.month(), 2);
            text += '-';
            digits(text, day.day(), 2);
            text += ' ';
            digits(text, time.hour(), 2);
            text += ':';
            digits(text, time.minute(), 2);
        } else { // what Qt prints for it
            append(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toUtf8());
        }
        text += '\t';
        append(m.circleName.toUtf8());
        text += '\t';
        append(meetingStatusKey(m.status).toUtf8());
        text += '\t';
        append(m.minutesApproved.isValid() ? "minutes-approved:" + isoDate(m.minutesApproved).toUtf8()
                                           : QByteArray("minutes-draft"));
        text += '\n';
    }
    writeOut(QByteArrayView(text.data(), qsizetype(text.size())));
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(meetings,
                    {QStringLiteral("meetings"), QStringLiteral("meetings FILE"),
                     QStringLiteral("list the meetings: id, local date and time, circle, status, minutes "
                                    "(tab-separated)"),
                     runMeetings})
