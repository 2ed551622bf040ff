#include "vote.h"

#include <QCoreApplication>

#include <optional>

namespace cercles {

namespace {
/// Translations of this file, in the "Vote" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Vote)
};
} // namespace

QString voteStatusKey(VoteStatus status)
{
    return status == VoteStatus::Open ? QStringLiteral("open") : QStringLiteral("closed");
}

GradeScale Vote::scale() const
{
    if (gradeNamesBestFirst.isEmpty())
        return GradeScale::frenchDefault();
    JudgmentResult<GradeScale> custom = GradeScale::custom(gradeNamesBestFirst);
    return custom ? std::move(custom).value() : GradeScale::frenchDefault();
}

namespace {
/// Takes a vote; returns its judgments per option and grade, or std::nullopt when a count would pass 2^63
/// - 1.
std::optional<QList<Tally>> sumTallies(const Vote& vote)
{
    const QStringList& options = vote.options;
    const QList<Tally>& paperTallies = vote.paperTallies;
    const QList<CastBallot>& ballots = vote.ballots;
    const int grades = vote.scale().size();
    QList<Tally> result(options.size(), Tally(grades, 0));
    for (const CastBallot& ballot : ballots) {
        for (qsizetype option = 0; option < options.size() && option < ballot.grades.size(); ++option) {
            const int grade = ballot.grades.at(option);
            if (grade >= 0 && grade < grades)
                ++result[option][grade];
        }
    }
    for (qsizetype option = 0; option < options.size() && option < paperTallies.size(); ++option) {
        for (int grade = 0; grade < grades && grade < paperTallies.at(option).size(); ++grade)
            if (__builtin_add_overflow(result[option][grade], paperTallies.at(option).at(grade),
                                       &result[option][grade]))
                return std::nullopt;
    }
    return result;
}
} // namespace

QList<Tally> Vote::tallies() const
{
    return sumTallies(*this).value_or(QList<Tally>());
}

Result<void> Vote::checkBallot(const QList<int>& grades) const
{
    if (grades.size() != options.size())
        return Error{Text::tr("The ballot must give one grade per option.")};
    const int count = scale().size();
    bool any = false;
    for (int grade : grades) {
        if (grade < -1 || grade >= count)
            return Error{Text::tr("A grade is not on the vote's scale.")};
        any = any || grade >= 0;
    }
    if (!any)
        return Error{Text::tr("The ballot grades no option.")};
    return {};
}

Result<void> Vote::checkPaperTallies(const QList<Tally>& counts) const
{
    const int grades = scale().size();
    if (counts.size() != options.size())
        return Error{Text::tr("Give the counts of every option.")};
    for (const Tally& tally : counts) {
        if (tally.size() != grades)
            return Error{Text::tr("Give one count per grade.")};
        for (qint64 count : tally) {
            if (count < 0)
                return Error{Text::tr("A count cannot be negative.")};
        }
    }
    return {};
}

JudgmentResult<MajorityJudgment> Vote::judgment() const
{
    const std::optional<QList<Tally>> sums = sumTallies(*this);
    if (!sums)
        return JudgmentError{QStringLiteral("overflow"), Text::tr("The counts are too large to add up.")};
    return judge(*sums, scale().size(), fill);
}

JudgmentResult<MajorityJudgment> Vote::judgmentBefore(const VoteReopening& reopening) const
{
    return judge(reopening.tallies, scale().size(), fill);
}

} // namespace cercles
