#pragma once

#include "documentchange.h"
#include "domain/consentprocess.h"
#include "domain/result.h"
#include "storage/consentrepository.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace cercles {

class Database;
class MeetingService;
class OrganisationService;

/// The use cases of a live consent process (processes.md sections 1 and 2): start a proposal on an agenda
/// item, record each question, reaction, consent, objection and integration as it happens, undo the last
/// record while the meeting is open. Every record is one transaction, committed (and synced) before the
/// call returns: pulling the power cord loses nothing already recorded.
class ConsentService : public QObject
{
    Q_OBJECT
public:
    ConsentService(Database& db, OrganisationService& organisation, MeetingService& meetings,
                   QObject* parent = nullptr);

    /// Replaces the clock that stamps events (UTC). Tests use a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// The current time by the service's clock, UTC.
    QDateTime now() const { return m_clock(); }

    /// Takes a consent-kind agenda item of an open or planned meeting and the proposal; starts its consent
    /// process with the circle's rule for the kind (decision, entry or exit) and the circle's members on
    /// the meeting's date. Errors: the item already has a process; an entry whose person crosses one of
    /// the circle's red lines (checked before the proposal can be put to any round, processes.md section 2);
    /// an exit of a non-member. `referredFrom` links a proposal referred by a sub-circle; when it is not
    /// given and the item continues a deferred or referred proposal (continuationOf), the link is that one.
    Result<ConsentProcessId> startProcess(AgendaItemId item, const Proposal& proposal,
                                          ConsentProcessId referredFrom = {});
    /// A proposal that continues an earlier one: deferred in an earlier meeting of the circle, or referred by
    /// a sub-circle. The earlier process keeps its log (its versions, questions, reactions, answers), which
    /// the minutes and the facilitation window show as this proposal's history.
    struct Continuation
    {
        ConsentProcessId from; ///< the earlier process
        Proposal proposal;     ///< its last version: text, review date, reason, responsible, scope item
        bool referral = false; ///< referred by a sub-circle (otherwise deferred in this circle)
    };
    /// Takes an agenda item; returns what it continues when it was taken up from a backlog item that came
    /// from a deferred or referred proposal, std::nullopt otherwise. Errors: SQL errors, a log that cannot be
    /// replayed.
    Result<std::optional<Continuation>> continuationOf(AgendaItemId item) const;
    /// Takes a process; returns the processes that continue it (after a deferral or a referral).
    Result<QList<ConsentProcessId>> continuationsOf(ConsentProcessId id) const;

    /// Takes a process with no recorded event; deletes it (undo of startProcess). Refused once the
    /// meeting is closed.
    Result<void> cancelProcess(ConsentProcessId id);

    /// Takes an agenda item; returns its process id (invalid when none).
    Result<ConsentProcessId> processOf(AgendaItemId item) const;
    /// Takes an id; returns the stored setup and log.
    Result<ConsentRepository::StoredProcess> stored(ConsentProcessId id) const;
    /// Takes an id; returns the process as its log leaves it (kept in memory between records, rebuilt
    /// from the log when the file holds a log the memory has not seen).
    Result<ConsentProcess> process(ConsentProcessId id) const;

    /// Takes a process and an event; stamps the event with now() when its time is unset, checks it with
    /// the consent engine, and appends it in one transaction. When the event makes a membership entry or
    /// exit adopted, the membership starts or ends on the decision date (the meeting's local date, or the
    /// late consent's date) in the same transaction. A referral to the parent circle puts the proposal on
    /// the parent's backlog; a deferral puts it on its own circle's backlog (a resumption in the same
    /// meeting takes it off again). Errors: the engine's refusal (e.g. "an objection needs a reason"), a red
    /// line crossed at the start of a consent round or at adoption, the meeting being closed (except
    /// responses given after the meeting), a referral to a circle other than the parent circle. The process's
    /// register entry is written in the same transaction. The cost does not grow with the length of the log:
    /// the process stays in memory and only the new event is applied and stored.
    Result<void> record(ConsentProcessId id, ConsentEvent event);
    /// Takes a process; deletes its last event and reverts what it did (membership, backlog referral).
    /// Refused once the meeting is closed, except for a response given after the meeting.
    Result<void> undoLast(ConsentProcessId id);

signals:
    void processChanged(cercles::ConsentProcessId id);
    /// The same change, typed: how the process changed and where it stands (see DocumentChange).
    void changed(const cercles::DocumentChange& change);

private:
    /// A process as the service last saw its log end; valid while the log still ends there.
    struct Live
    {
        int lastSeq = 0;
        qint64 lastEventRow = 0;
        ConsentProcess process;
        ConsentProcessId referredFrom; ///< the process this one continues, if any
    };
    /// Takes a process's context; returns its live state, replaying the log only when the memory is stale.
    Result<Live*> live(ConsentProcessId id, const ConsentRepository::Context& context) const;
    Result<void> checkRedLines(const ConsentSetup& setup, QDate day) const;
    /// Takes an item; deletes the open backlog items its deferral created (inside the caller's transaction).
    /// Error: one was already taken up by a later meeting.
    Result<void> removeDeferral(AgendaItemId item);
    /// Emits processChanged and changed. `entryChanged`: whether the process's register entry changed.
    void publish(ConsentProcessId id, DocumentChange::How how, std::optional<ConsentEventKind> event,
                 std::optional<ConsentPhase> phase, bool entryChanged = true);
    mutable QHash<ConsentProcessId, Live> m_live; ///< the processes of the meetings being recorded
    Database& m_db;
    OrganisationService& m_org;
    MeetingService& m_meetings;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace cercles
