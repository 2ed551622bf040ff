#pragma once

#include "domain/result.h"
#include "domain/vote.h"

#include <QObject>

#include <functional>

namespace cercles {

class Database;
class MeetingService;

/// What a vote is set up with (processes.md section 4).
struct VoteDefinition
{
    QString title;
    QStringList options;             ///< at least two, each non-empty and distinct
    QStringList gradeNamesBestFirst; ///< the vote's own scale (3 to 10 names); empty = default French scale
    Fill fill;                       ///< how missing judgments are completed
};

/// The use cases of a majority-judgment vote held in a meeting (processes.md section 4): create it with its
/// options and scale, cast ballots one voter after the other (a ballot is written only when cast: until then
/// the voter corrects it on screen), enter counts from a paper count, close it. The result exists only once
/// the vote is closed. Every call is one transaction committed before it returns.
class VoteService : public QObject
{
    Q_OBJECT
public:
    VoteService(Database& db, MeetingService& meetings, QObject* parent = nullptr);

    /// Replaces the clock that stamps ballots and closing (UTC). Tests use a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    /// Takes a majority-judgment agenda item of a meeting that is not closed and the definition; creates
    /// the vote, open. Errors: wrong item kind, meeting closed, a vote already on the item, a blank title,
    /// fewer than two options, blank or repeated options, an invalid scale, a fixed fill grade off the scale.
    Result<VoteId> createVote(AgendaItemId item, const VoteDefinition& definition);
    /// Takes a vote with no ballot and no paper count; deletes it (undo of createVote).
    Result<void> removeVote(VoteId id);

    /// Takes an agenda item; returns its vote id (invalid when none).
    Result<VoteId> voteOf(AgendaItemId item) const;
    /// Takes an id; returns the vote with its ballots and counts.
    Result<Vote> vote(VoteId id) const;

    /// Takes an open vote, the voter (a person present at the meeting, or invalid when the voter is not
    /// recorded) and one grade per option (0 = worst, -1 = no judgment); stores the ballot for good. The
    /// ballot names no voter; the voter is only recorded as having voted. Errors: vote closed, ballot not
    /// fitting the vote, voter not present, voter who has already voted.
    Result<void> castBallot(VoteId id, PersonId voter, const QList<int>& grades);
    /// Takes an open vote of a meeting that is not closed, the voter and the grades of a ballot cast
    /// earlier; takes that ballot back (the undo of castBallot: the voter may vote again). Errors: vote
    /// closed, meeting closed, no such ballot or voter in the vote.
    Result<void> withdrawBallot(VoteId id, PersonId voter, const QList<int>& grades);
    /// Takes an open vote and counts from a paper count (per option, per grade, index 0 = worst); replaces
    /// the vote's paper counts (all zeros: none; the undo of a count passes the counts it replaced).
    /// Errors: vote closed, meeting closed, counts of the wrong shape or negative.
    Result<void> setPaperTallies(VoteId id, const QList<Tally>& tallies);

    /// Takes an open vote; closes it and returns its result as computed by the engine. Refused, with the
    /// engine's message, when the judgments cannot be ranked (e.g. unbalanced totals with no fill rule).
    /// Closing is not undone: the way back is reopen(), which keeps the result shown in the record.
    Result<MajorityJudgment> close(VoteId id);
    /// Takes a closed vote of a meeting that is not closed and the reason (plain text, at most
    /// maxReasonLength characters once trimmed); opens the vote again, keeping in the record the result that
    /// was shown (its closing time and judgments) with the reason and the time of reopening (the service's
    /// clock, UTC). The minutes print both results. Errors: vote open, meeting closed, blank or too long
    /// reason.
    Result<void> reopen(VoteId id, const QString& reason);
    /// The longest reason for reopening a vote, in characters.
    static constexpr int maxReasonLength = 2000;
    /// Takes a vote; returns its result. Error while the vote is open: the result is shown only once the
    /// facilitator closes the vote.
    Result<MajorityJudgment> result(VoteId id) const;

signals:
    void voteChanged(cercles::VoteId id);

private:
    Result<Vote> editableVote(VoteId id) const;
    Database& m_db;
    MeetingService& m_meetings;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace cercles
