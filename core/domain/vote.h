#pragma once

#include "gradescale.h"
#include "ids.h"
#include "majorityjudgment.h"
#include "result.h"
#include "tallyfill.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cercles {

using VoteId = Id<struct VoteTag>;

/// Where a vote stands: ballots are accepted while Open; the result exists only once Closed.
enum class VoteStatus
{
    Open,
    Closed
};

/// A cast ballot: one grade per option (index 0 = worst grade), or -1 for an option left without a judgment.
/// Ballots are secret: they carry no voter and no time (a cast time would match the order of voting).
struct CastBallot
{
    QList<int> grades;

    friend bool operator==(const CastBallot&, const CastBallot&) = default;
};

/// A result shown to the room and then set aside because the vote was reopened (issue 9): kept in the
/// record with the reason, and printed in the minutes before the final result.
struct VoteReopening
{
    QDateTime closedAt;   ///< when that result was shown (UTC)
    QDateTime reopenedAt; ///< when the vote was reopened (UTC)
    QString reason;       ///< why, as the facilitator typed it
    QList<Tally> tallies; ///< the judgments that result was computed from, per option, index 0 = worst

    friend bool operator==(const VoteReopening&, const VoteReopening&) = default;
};

/// A majority-judgment vote on an agenda item (processes.md section 4), as stored.
struct Vote
{
    VoteId id;
    AgendaItemId agendaItem;
    QString title;
    QStringList options;             ///< in the order shown
    QStringList gradeNamesBestFirst; ///< the vote's own scale; empty = the default French scale
    Fill fill;
    VoteStatus status = VoteStatus::Open;
    QList<CastBallot> ballots; ///< sorted by their grades, never in the order cast (secrecy)
    QList<PersonId> voters;    ///< who has cast a ballot (not which one)
    QList<Tally> paperTallies; ///< counts from a paper count, per option, index 0 = worst; empty when none
    QDateTime createdAt;
    QDateTime closedAt;              ///< the last closing; invalid while open
    QList<VoteReopening> reopenings; ///< earlier closings set aside, oldest first

    /// Returns the vote's grade scale (the default one when gradeNamesBestFirst is empty or invalid).
    GradeScale scale() const;
    /// Returns the judgments per option and grade: every cast ballot plus the paper counts (empty when a
    /// sum would pass 2^63 - 1; judgment() then reports "overflow").
    QList<Tally> tallies() const;
    /// Takes a ballot's grades; returns whether it fits the vote: one entry per option, each -1 (no
    /// judgment) or a grade of the scale, and at least one judgment. Error sentences are translated.
    Result<void> checkBallot(const QList<int>& grades) const;
    /// Takes paper counts; returns whether they fit: one tally per option with one count per grade, none
    /// negative.
    Result<void> checkPaperTallies(const QList<Tally>& tallies) const;
    /// Returns the result computed by the engine from tallies() (judge(), processes.md section 4). Does not
    /// look at the status: the service shows it only once the vote is closed.
    JudgmentResult<MajorityJudgment> judgment() const;
    /// Takes a reopening of this vote; returns the result that was shown before it, computed by the engine
    /// from the judgments kept then, with the vote's scale and fill rule.
    JudgmentResult<MajorityJudgment> judgmentBefore(const VoteReopening& reopening) const;
};

/// Takes a status; returns its storage key ("open", "closed").
QString voteStatusKey(VoteStatus status);

} // namespace cercles

Q_DECLARE_METATYPE(cercles::VoteId)
