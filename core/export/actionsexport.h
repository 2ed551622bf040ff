#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace cercles {

class MeetingService;

/// One line of a circle's actions list, names resolved.
struct ActionLine
{
    ActionId id;
    QDate meetingDate; ///< local date of the meeting that decided it
    QString item;      ///< the agenda item's title
    QString person;    ///< who; empty for nobody named
    QString text;      ///< what
    QDate due;         ///< by when (local); may be null
    QDate doneOn;      ///< local date it was done; null while open
};

/// Takes the meeting service and a circle; returns the actions decided in its meetings, oldest meeting
/// first, names resolved (a person no longer in the organisation shows as "#id"). Errors: SQL errors.
Result<QList<ActionLine>> actionLines(MeetingService& meetings, CircleId circle);

/// Takes an action line and today's local date; returns "done", "late" or "open".
QString actionStatusKey(const ActionLine& line, QDate today);

/// Takes the lines of a circle's actions list, today's local date and the language of the columns ("fr" or
/// "en"); returns them as CSV (export/csvwriter.h: RFC 4180, UTF-8, a field a spreadsheet would run as a
/// formula is neutralised, like the register's CSV): a header row, then one row per action: meeting date,
/// item, who, what, by when, status (open, done, late), done on; dates in ISO 8601.
QByteArray actionsCsv(const QList<ActionLine>& lines, QDate today, const QString& language);

} // namespace cercles
