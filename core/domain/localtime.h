#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace cercles {

/// What a local date and time means in a time zone. Around a daylight-saving change a wall-clock time
/// may not exist (the clocks jump over it: a gap) or exist twice (the clocks go back: an overlap); the
/// meeting dialog says so rather than store another time silently (issue 11).
struct LocalTimeResolution
{
    enum class Kind
    {
        Valid,     ///< exactly one instant: `instant`
        Gap,       ///< no such time; `instant` is the first valid time after the gap (the change itself)
        Ambiguous, ///< two instants: `instant` (the first, before the change) and `secondInstant`
        UnknownZone
    };
    Kind kind = Kind::UnknownZone;
    QDateTime instant;       ///< UTC
    QDateTime secondInstant; ///< UTC; Ambiguous only
    /// Offsets from UTC in seconds of `instant` and `secondInstant` (e.g. 7200 and 3600 in Paris in October).
    int offset = 0, secondOffset = 0;
};

/// Takes a local calendar date, a wall-clock time and an IANA zone id (e.g. "Europe/Paris"); returns the
/// instant(s) it names under that zone's rules (tz database through QTimeZone). A zone unknown to the
/// system gives UnknownZone with no instant.
LocalTimeResolution resolveLocalTime(QDate date, QTime time, const QByteArray& zoneId);

/// Takes a UTC offset in seconds; returns it as "UTC+02:00" / "UTC-05:00" (minutes shown always).
QString utcOffsetText(int offsetSeconds);

} // namespace cercles
