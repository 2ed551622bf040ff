#pragma once

#include "domain/consentprocess.h"
#include "domain/meeting.h"
#include "domain/result.h"

#include <QSqlDatabase>

namespace cercles::ConsentRepository {

/// A stored consent process: its setup and its event log, in order.
struct StoredProcess
{
    ConsentProcessId id;
    AgendaItemId agendaItem;
    ConsentSetup setup;
    QList<ConsentEvent> events;
    QList<qint64> eventRowIds; ///< consent_event.id of each event, same order
    /// The process this one continues, if any: the sub-circle's referred proposal, or this circle's
    /// proposal deferred in an earlier meeting (consent_process.referred_from_id).
    ConsentProcessId referredFrom;
};

/// Takes a setup and the agenda item it decides; stores them (members in order). Returns the process id.
Result<ConsentProcessId> insertProcess(const QSqlDatabase& db, AgendaItemId item, const ConsentSetup& setup,
                                       ConsentProcessId referredFrom = {});
/// Takes a process; returns the processes that continue it (taken up after a deferral, or by the parent
/// circle after a referral), oldest first.
Result<QList<ConsentProcessId>> continuationsOf(const QSqlDatabase& db, ConsentProcessId process);
/// Deletes a process that has no events yet (undo of its creation).
Result<void> deleteProcess(const QSqlDatabase& db, ConsentProcessId id);

/// Takes a process id; returns it with its events. Error: no such process.
Result<StoredProcess> load(const QSqlDatabase& db, ConsentProcessId id);
/// Takes an agenda item; returns the id of its process, invalid when it has none.
Result<ConsentProcessId> processOf(const QSqlDatabase& db, AgendaItemId item);
/// Returns the ids of every process, oldest first.
Result<QList<ConsentProcessId>> allProcesses(const QSqlDatabase& db);

/// Takes a process and an event; appends the event after the last one. Returns the event's row id.
Result<qint64> appendEvent(const QSqlDatabase& db, ConsentProcessId process, const ConsentEvent& event);
/// Takes a process; deletes its last event (the database refuses once the meeting is closed, except for
/// responses given after the meeting).
Result<void> deleteLastEvent(const QSqlDatabase& db, ConsentProcessId process);

/// A membership change made by an adopted entry or exit, recorded so undo can revert it.
struct Effect
{
    qint64 eventRowId = 0;
    MembershipId membership;
    QDate previousTo;     ///< for an exit: the membership's end date before (null: ongoing)
    bool created = false; ///< entry: the membership row was created by the decision
};
Result<void> insertEffect(const QSqlDatabase& db, const Effect& effect);
/// Takes an event row id; returns its effect, if any.
Result<std::optional<Effect>> effectOf(const QSqlDatabase& db, qint64 eventRowId);
Result<void> deleteEffect(const QSqlDatabase& db, qint64 eventRowId);

/// What recording an event needs besides the log, read in one statement: the process's agenda item, its
/// meeting (no attendance or agenda) and where its log ends.
struct Context
{
    AgendaItem item;
    Meeting meeting;         ///< id, circle, start, time zone and status only
    int lastSeq = 0;         ///< seq of the last event, 0 when none
    qint64 lastEventRow = 0; ///< consent_event.id of the last event, 0 when none
};
/// Takes a process id; returns its context. Error: no such process.
Result<Context> context(const QSqlDatabase& db, ConsentProcessId id);
/// Takes a meeting id; returns the meeting's id, circle, start, time zone and status (no attendance or
/// agenda). Error: no such meeting.
Result<Meeting> meetingOf(const QSqlDatabase& db, MeetingId id);

} // namespace cercles::ConsentRepository
