#pragma once

#include "domain/minutesrecord.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace cercles {

class Database;
class MeetingService;

/// The approval of a meeting's minutes and the amendments made after it (processes.md section 5:
/// "Minutes are approved by the circle and then frozen; a later correction is a new, recorded amendment,
/// never a silent edit"). Each call is one transaction; errors leave the file unchanged and say why.
class MinutesService : public QObject
{
    Q_OBJECT
public:
    /// Takes the open database and the meeting service (both must outlive this object).
    MinutesService(Database& db, MeetingService& meetings, QObject* parent = nullptr);

    /// Replaces the clock that stamps records (UTC). Tests use a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// Takes a meeting; returns whether its minutes are a draft or approved, with the amendments.
    Result<MinutesStatus> status(MeetingId meeting) const;
    /// Returns the approval date (local calendar date) of every meeting whose minutes are approved; reads
    /// no frozen text, so listing a decade of meetings stays cheap.
    Result<QHash<MeetingId, QDate>> approvalDates() const;

    /// Takes a closed meeting, the local date the circle approved its minutes (not before the meeting's own
    /// date) and the minutes as approved (the export layer's serialised snapshot, non-empty); freezes them:
    /// stores the date, the frozen copy and its SHA-256. Errors: the meeting is not closed, the minutes are
    /// already approved, the date is before the meeting, the copy is empty.
    Result<void> approve(MeetingId meeting, QDate approvedOn, const QByteArray& frozen);

    /// Takes a meeting with approved minutes, the local date of the correction (not before the approval),
    /// its text (non-empty after trimming) and who made it (may be invalid); records an amendment.
    /// Returns its id. Errors: the minutes are still a draft (correct the record instead), empty text, a
    /// date before the approval.
    Result<qint64> amend(MeetingId meeting, QDate date, const QString& text, PersonId by = {});

    /// Takes bytes; returns their SHA-256 as lowercase hex (64 characters).
    static QByteArray sha256Hex(const QByteArray& bytes);

signals:
    /// Emitted after an approval or an amendment is committed.
    void minutesChanged(cercles::MeetingId meeting);

private:
    Database& m_db;
    MeetingService& m_meetings;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace cercles
