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

/// Takes a vote, the voter (invalid: not recorded) and a ballot; puts the ballot in the vote's ballot box and
/// the voter in its list of voters, both kept in a canonical order (ballots by content, voters by id), so
/// nothing stored tells which ballot came when or from whom (secret ballot).
Result<void> insertBallot(const QSqlDatabase& db, VoteId vote, PersonId voter, const CastBallot& ballot);
/// Takes a vote, the voter (invalid: not recorded) and a ballot cast earlier; takes one ballot with exactly
/// these grades out of the box and the voter out of the list (the undo of insertBallot; the box stays in
/// its canonical order). Errors: no such ballot or voter in the vote.
Result<void> removeBallot(const QSqlDatabase& db, VoteId vote, PersonId voter, const CastBallot& ballot);
/// Takes a closed vote and a reopening (the closing time, the time of reopening, the reason, the judgments
/// shown); stores it after the vote's earlier reopenings and sets the vote open again.
Result<void> insertReopening(const QSqlDatabase& db, VoteId vote, const VoteReopening& reopening);
/// Takes tallies (per option, per grade); returns them as stored in vote_reopening.tallies: one line per
/// option, the counts worst grade first, separated by spaces.
QString encodeTallies(const QList<Tally>& tallies);
/// Takes ballots (one grade per option, -1 for none); returns the ballot box's text as stored: one
/// fixed-width line per ballot ('a' + grade per option, '-' for none), lines sorted by content. The upgrade
/// to the record_chain format moves older ballots with it.
QString ballotBox(const QList<QList<int>>& ballots);
/// Takes person ids; returns the list of voters as stored: 19-digit lines, sorted.
QString voterList(const QList<qint64>& voters);
/// Takes a vote and paper counts (per option, per grade); replaces the stored paper counts.
Result<void> replacePaperTallies(const QSqlDatabase& db, VoteId vote, const QList<Tally>& tallies);
/// Takes a vote, a status and the closing time (invalid when reopening); stores them.
Result<void> setStatus(const QSqlDatabase& db, VoteId vote, VoteStatus status, const QDateTime& closedAt);

} // namespace cercles::VoteRepository
