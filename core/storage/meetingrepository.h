#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QSqlDatabase>

namespace cercles::MeetingRepository {

/// A line of the meetings list.
struct MeetingSummary
{
    MeetingId id;
    CircleId circle;
    QDateTime start; ///< UTC
    QByteArray timeZone;
    MeetingStatus status = MeetingStatus::Planned;
    QString place;
};

/// Takes a connection and a circle (invalid: all circles); returns the meetings, oldest first.
Result<QList<MeetingSummary>> list(const QSqlDatabase& db, CircleId circle = {});
/// A line of the meetings listing (`cercles-cli meetings`): what it prints, names joined.
struct MeetingLine
{
    MeetingId id;
    QDateTime start; ///< UTC
    QByteArray timeZone;
    QString circleName; ///< empty when the circle is missing
    MeetingStatus status = MeetingStatus::Planned;
    QDate minutesApproved; ///< the local day the minutes were approved; null while a draft
};
/// Takes a connection; returns every meeting, oldest first (then by id), with its circle's name and the
/// approval day of its minutes, in one query: the frozen minutes texts are never read.
Result<QList<MeetingLine>> listLines(const QSqlDatabase& db);

/// Takes a meeting id; returns the meeting with its attendance and agenda. Error: no such meeting.
Result<Meeting> load(const QSqlDatabase& db, MeetingId id);
/// Takes a meeting id; returns its circle (invalid when there is no such meeting). One indexed read, for
/// views that follow one circle and hear of every meeting's changes. Errors: storage errors.
Result<CircleId> circleOf(const QSqlDatabase& db, MeetingId id);
/// Takes a connection and a circle; returns the IANA time zone of that circle's latest meeting, or of the
/// organisation's latest meeting when the circle has none, or an empty id when there is no meeting.
Result<QByteArray> latestTimeZone(const QSqlDatabase& db, CircleId circle);

// Writes run inside the caller's transaction. A valid id is kept (undo/redo), an invalid one is assigned.
Result<MeetingId> insertMeeting(const QSqlDatabase& db, const Meeting& meeting);
/// Replaces the meeting's fields and its attendance list (not its agenda).
Result<void> updateMeeting(const QSqlDatabase& db, const Meeting& meeting);
Result<void> deleteMeeting(const QSqlDatabase& db, MeetingId id);

Result<AgendaItemId> insertAgendaItem(const QSqlDatabase& db, const AgendaItem& item, int position);
Result<void> updateAgendaItem(const QSqlDatabase& db, const AgendaItem& item);
Result<void> deleteAgendaItem(const QSqlDatabase& db, AgendaItemId id);
/// Takes a meeting's item ids in their new order; stores positions 0..n-1.
Result<void> reorderAgenda(const QSqlDatabase& db, const QList<AgendaItemId>& order);
/// Takes an item id; returns the item. Error: no such item.
Result<AgendaItem> loadAgendaItem(const QSqlDatabase& db, AgendaItemId id);

/// Takes a circle; returns its backlog items (open and taken up), oldest first.
Result<QList<BacklogItem>> backlog(const QSqlDatabase& db, CircleId circle);
Result<BacklogItem> loadBacklogItem(const QSqlDatabase& db, BacklogItemId id);
/// Takes a consent process; returns the backlog items its referral to the parent circle created.
Result<QList<BacklogItem>> backlogReferredFrom(const QSqlDatabase& db, ConsentProcessId process);
/// Takes an agenda item; returns the backlog items deferred from it (not those a referral created).
Result<QList<BacklogItem>> backlogDeferredFrom(const QSqlDatabase& db, AgendaItemId item);
/// Takes an agenda item; returns how many backlog items name it as their source (deferred or referred
/// from it): while one does, the item cannot be deleted (backlog_item.source_item_id).
Result<int> backlogItemsFrom(const QSqlDatabase& db, AgendaItemId item);
Result<BacklogItemId> insertBacklogItem(const QSqlDatabase& db, const BacklogItem& item);
Result<void> setBacklogTakenUp(const QSqlDatabase& db, BacklogItemId id, AgendaItemId by);
Result<void> deleteBacklogItem(const QSqlDatabase& db, BacklogItemId id);

/// Takes an agenda item; returns how many actions were decided on it (action_item.agenda_item_id).
Result<int> actionsOn(const QSqlDatabase& db, AgendaItemId item);
/// Takes a meeting; returns the actions decided in it, in agenda order.
Result<QList<Action>> actions(const QSqlDatabase& db, MeetingId meeting);
/// An action with where it was decided.
struct CircleAction
{
    Action action;
    MeetingId meeting;
    QString itemTitle;
};
/// Takes a circle; returns the actions decided in its meetings, oldest meeting first.
Result<QList<CircleAction>> circleActions(const QSqlDatabase& db, CircleId circle);
/// Takes an action and the local date it was done (null: open again) and when it was recorded (UTC);
/// stores its follow-up (table action_done, outside the sealed meeting record).
Result<void> setActionDone(const QSqlDatabase& db, ActionId id, QDate doneOn, const QDateTime& recordedAt);
/// Takes an action id; returns the action. Error: no such action.
Result<Action> loadAction(const QSqlDatabase& db, ActionId id);
Result<ActionId> insertAction(const QSqlDatabase& db, const Action& action);
Result<void> deleteAction(const QSqlDatabase& db, ActionId id);

} // namespace cercles::MeetingRepository
