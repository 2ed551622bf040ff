#include "tallyfill.h"

#include "gradescale.h"
#include "majorityjudgment.h"

#include <QCoreApplication>

#include <numeric>

namespace cercles {

namespace {

/// Translations of this file, in the "MajorityJudgment" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MajorityJudgment)
};

JudgmentError error(const char* key, const QString& message)
{
    return JudgmentError{QString::fromLatin1(key), message};
}

JudgmentError overflowError()
{
    return error("overflow", Text::tr("The counts are too large to be added exactly (more than 2^63 - 1)."));
}

// Least common multiple of a and b (both > 0), or nullopt when it exceeds 2^63 - 1.
std::optional<qint64> lcm(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_mul_overflow(a / std::gcd(a, b), b, &result))
        return std::nullopt;
    return result;
}

JudgmentResult<QList<Tally>> normalize(QList<Tally> tallies, const QList<qint64>& totals)
{
    qint64 common = 1;
    for (qint64 total : totals) {
        if (total == 0)
            return error("empty",
                         Text::tr("An option has no judgment, so it cannot be scaled to a common total."));
        const std::optional<qint64> next = lcm(common, total);
        if (!next)
            return overflowError();
        common = *next;
    }
    for (qsizetype option = 0; option < tallies.size(); ++option) {
        const qint64 factor = common / totals.at(option);
        for (qint64& count : tallies[option]) {
            if (__builtin_mul_overflow(count, factor, &count))
                return overflowError();
        }
    }
    return tallies;
}

} // namespace

QString fillRuleKey(FillRule rule)
{
    switch (rule) {
    case FillRule::None:
        return QStringLiteral("none");
    case FillRule::Static:
        return QStringLiteral("static");
    case FillRule::Median:
        return QStringLiteral("median");
    case FillRule::Normalize:
        return QStringLiteral("normalize");
    }
    return QString();
}

FillRule fillRuleFromKey(const QString& key, bool* ok)
{
    for (FillRule rule : {FillRule::None, FillRule::Static, FillRule::Median, FillRule::Normalize}) {
        if (fillRuleKey(rule) == key) {
            if (ok)
                *ok = true;
            return rule;
        }
    }
    if (ok)
        *ok = false;
    return FillRule::None;
}

QString describeFill(const Fill& fill, const GradeScale& scale)
{
    switch (fill.rule) {
    case FillRule::None:
        return Text::tr("Every option was judged by every voter; nothing was completed.");
    case FillRule::Static:
        return Text::tr("Missing judgments count as \"%1\".").arg(scale.name(fill.grade));
    case FillRule::Median:
        return Text::tr("Missing judgments count as the option's own majority grade.");
    case FillRule::Normalize:
        return Text::tr("Every option's judgments are scaled to a common total.");
    }
    return QString();
}

std::optional<qint64> tallyTotal(const Tally& tally)
{
    qint64 total = 0;
    for (qint64 count : tally) {
        if (__builtin_add_overflow(total, count, &total))
            return std::nullopt;
    }
    return total;
}

JudgmentResult<QList<Tally>> completeTallies(const QList<Tally>& tallies, int gradeCount, const Fill& fill)
{
    if (tallies.isEmpty())
        return error("empty", Text::tr("There is no option to rank."));
    if (gradeCount < GradeScale::minGrades || gradeCount > GradeScale::maxGrades) {
        return error("grade-count", Text::tr("A scale has %1 to %2 grades, not %3.")
                                        .arg(GradeScale::minGrades)
                                        .arg(GradeScale::maxGrades)
                                        .arg(gradeCount));
    }
    QList<qint64> totals;
    qint64 largest = 0;
    for (qsizetype option = 0; option < tallies.size(); ++option) {
        const Tally& tally = tallies.at(option);
        if (tally.size() != gradeCount) {
            return error("grade-count", Text::tr("Option %1 has %2 grades instead of %3.")
                                            .arg(option + 1)
                                            .arg(tally.size())
                                            .arg(gradeCount));
        }
        for (qint64 count : tally) {
            if (count < 0)
                return error("incoherent",
                             Text::tr("Option %1 has a negative number of judgments.").arg(option + 1));
        }
        const std::optional<qint64> total = tallyTotal(tally);
        if (!total)
            return overflowError();
        totals.append(*total);
        largest = std::max(largest, *total);
    }
    if (fill.rule == FillRule::Static && (fill.grade < 0 || fill.grade >= gradeCount)) {
        return error("grade-out-of-range",
                     Text::tr("Grade %1 is not on the scale (0 to %2).").arg(fill.grade).arg(gradeCount - 1));
    }
    if (fill.participants < 0)
        return error("participants", Text::tr("The number of participants cannot be negative."));
    if (fill.participants > 0 && fill.participants < largest) {
        return error("participants", Text::tr("An option has %1 judgments, more than the %2 participants.")
                                         .arg(largest)
                                         .arg(fill.participants));
    }
    if (largest == 0)
        return error("empty", Text::tr("No judgment was given."));
    const qint64 target = fill.participants > 0 ? fill.participants : largest;

    QList<Tally> completed = tallies;
    switch (fill.rule) {
    case FillRule::None:
        for (qint64 total : totals) {
            if (total != target) {
                return error("unbalanced",
                             Text::tr("The options do not have the same number of judgments (%1 and "
                                      "%2) and no rule completes the missing ones.")
                                 .arg(total)
                                 .arg(target));
            }
        }
        break;
    case FillRule::Static:
        for (qsizetype option = 0; option < completed.size(); ++option)
            completed[option][fill.grade] += target - totals.at(option);
        break;
    case FillRule::Median:
        for (qsizetype option = 0; option < completed.size(); ++option) {
            if (totals.at(option) == 0) {
                return error(
                    "empty",
                    Text::tr("Option %1 has no judgment, so it has no majority grade.").arg(option + 1));
            }
            completed[option][majorityGrade(tallies.at(option))] += target - totals.at(option);
        }
        break;
    case FillRule::Normalize:
        return normalize(completed, totals);
    }
    return completed;
}

} // namespace cercles
