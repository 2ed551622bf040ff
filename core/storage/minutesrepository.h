#pragma once

#include "domain/minutesrecord.h"
#include "domain/result.h"

#include <QHash>
#include <QSqlDatabase>

namespace cercles::MinutesRepository {

/// Takes a meeting; returns its approval, or std::nullopt while the minutes are a draft.
Result<std::optional<MinutesApproval>> approval(const QSqlDatabase& db, MeetingId meeting);
/// Returns the approval date (local calendar date) of every meeting whose minutes are approved, without
/// reading the frozen texts.
Result<QHash<MeetingId, QDate>> approvalDates(const QSqlDatabase& db);
/// Takes a meeting; returns its amendments, oldest first.
Result<QList<MinutesAmendment>> amendments(const QSqlDatabase& db, MeetingId meeting);

/// Takes a circle; returns when its latest approval was recorded (UTC), invalid when none.
Result<QDateTime> latestApprovalRecorded(const QSqlDatabase& db, CircleId circle);

// Writes run inside the caller's transaction. The tables are append-only (triggers refuse changes).
Result<void> insertApproval(const QSqlDatabase& db, const MinutesApproval& approval);
/// Returns the new amendment's id.
Result<qint64> insertAmendment(const QSqlDatabase& db, const MinutesAmendment& amendment);

} // namespace cercles::MinutesRepository
