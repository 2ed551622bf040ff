#pragma once

#include "domain/result.h"
#include "domain/vote.h"

#include <QSqlDatabase>

namespace cercles::VoteRepository {

// Writes run inside the caller's transaction (Database::transact).

/// Takes a vote (title, options, scale, fill, created time) and stores it, open, on vote.agendaItem.
/// Returns its id.
Result<VoteId> insertVote(const QSqlDatabase& db, const Vote& vote);
/// Deletes a vote that has no ballot and no paper count (undo of its creation).
Result<void> deleteVote(const QSqlDatabase& db, VoteId id);
/// Takes an id; returns the vote with its ballots, voters and paper counts. Error: no such vote.
Result<Vote> load(const QSqlDatabase& db, VoteId id);
/// Takes an agenda item; returns the id of its vote, invalid when it has none.
Result<VoteId> voteOf(const QSqlDatabase& db, AgendaItemId item);

/// Takes a vote, the voter (invalid: not recorded) and a ballot; stores the ballot after the last one and
/// records that the voter has voted, without linking them (secret ballot).
Result<void> insertBallot(const QSqlDatabase& db, VoteId vote, PersonId voter, const CastBallot& ballot);
/// Takes a vote and paper counts (per option, per grade); replaces the stored paper counts.
Result<void> replacePaperTallies(const QSqlDatabase& db, VoteId vote, const QList<Tally>& tallies);
/// Takes a vote, a status and the closing time (invalid when reopening); stores them.
Result<void> setStatus(const QSqlDatabase& db, VoteId vote, VoteStatus status, const QDateTime& closedAt);

} // namespace cercles::VoteRepository
