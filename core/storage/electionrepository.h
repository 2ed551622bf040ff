#pragma once

#include "domain/election.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <optional>

namespace cercles::ElectionRepository {

/// A stored election: its setup and its event log, in order.
struct StoredElection
{
    ElectionId id;
    AgendaItemId agendaItem;
    ElectionSetup setup;
    QList<ElectionEvent> events;
    QList<qint64> eventRowIds; ///< election_event.id of each event, same order
};

// Writes run inside the caller's transaction (Database::transact).

/// Takes a setup and the agenda item it fills a role for; stores them (members in order). Returns the id.
Result<ElectionId> insertElection(const QSqlDatabase& db, AgendaItemId item, const ElectionSetup& setup);
/// Deletes an election that has no events yet (undo of its start).
Result<void> deleteElection(const QSqlDatabase& db, ElectionId id);
/// Takes an id; returns the election with its events. Error: no such election.
Result<StoredElection> load(const QSqlDatabase& db, ElectionId id);
/// Takes an agenda item; returns the id of its election, invalid when it has none.
Result<ElectionId> electionOf(const QSqlDatabase& db, AgendaItemId item);

/// Takes an election and an event; appends the event after the last one. Returns the event's row id.
Result<qint64> appendEvent(const QSqlDatabase& db, ElectionId election, const ElectionEvent& event);
/// Takes an election; deletes its last event (the database refuses once the meeting is closed).
Result<void> deleteLastEvent(const QSqlDatabase& db, ElectionId election);

/// The mandate (and role, when new) created by the event that elected someone, so undo can remove them.
struct Effect
{
    qint64 eventRowId = 0;
    MandateId mandate;
    RoleId role;
    bool roleCreated = false;
};
Result<void> insertEffect(const QSqlDatabase& db, const Effect& effect);
/// Takes an event row id; returns its effect, if any.
Result<std::optional<Effect>> effectOf(const QSqlDatabase& db, qint64 eventRowId);
Result<void> deleteEffect(const QSqlDatabase& db, qint64 eventRowId);

} // namespace cercles::ElectionRepository
