#include "majorityjudgment.h"

#include "gradescale.h"

#include <QCoreApplication>

#include <algorithm>

namespace cercles {

namespace {

/// Translations of this file, in the "MajorityJudgment" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MajorityJudgment)
};

// Running totals: cumulative[g] = number of judgments at grade g or worse. Callers pass completed tallies,
// whose totals fit in 64 bits, so no partial sum can overflow.
QList<qint64> cumulative(const Tally& tally)
{
    QList<qint64> sums;
    qint64 sum = 0;
    for (qint64 count : tally)
        sums.append(sum += count);
    return sums;
}

// The grade of the judgment at 1-based position `position` once the judgments are sorted worst first.
int gradeAt(const QList<qint64>& cumulative, qint64 position)
{
    const auto it = std::lower_bound(cumulative.cbegin(), cumulative.cend(), position);
    return int(it - cumulative.cbegin());
}

// Position of the low median among `total` sorted judgments; written so that total = 2^63 - 1 cannot
// overflow.
qint64 lowMedianPosition(qint64 total)
{
    return total / 2 + total % 2;
}

} // namespace

int majorityGrade(const Tally& tally)
{
    const QList<qint64> sums = cumulative(tally);
    if (sums.isEmpty() || sums.last() <= 0)
        return -1;
    return gradeAt(sums, lowMedianPosition(sums.last()));
}

// Why this works on counts: sort an option's N judgments worst first, x_1 <= ... <= x_N, and let p be the
// low-median position. Setting aside the median again and again yields x_p, then alternately the next one
// down and the next one up: x_p, x_p+1, x_p-1, x_p+2, ... for even N and x_p, x_p-1, x_p+1, x_p-2, ... for
// odd N. So the first difference between two options of equal N is the nearer of: the highest differing
// position at or below p (the low side, read downwards) and the lowest differing position above p (the high
// side, read upwards). Positions where the options differ are exactly those between their running totals at
// some grade, so both are found grade by grade.
Comparison compareProfiles(const Tally& a, const Tally& b)
{
    const QList<qint64> sumsA = cumulative(a);
    const QList<qint64> sumsB = cumulative(b);
    Comparison result;
    if (sumsA.isEmpty() || sumsA.size() != sumsB.size() || sumsA.last() != sumsB.last())
        return result;
    const qint64 total = sumsA.last();
    const qint64 median = lowMedianPosition(total);

    qint64 lowSide = 0;  // highest differing position <= median, 0 if none
    qint64 highSide = 0; // lowest differing position > median, 0 if none
    for (qsizetype grade = 0; grade < sumsA.size(); ++grade) {
        const qint64 low = std::min(sumsA.at(grade), sumsB.at(grade));
        const qint64 high = std::max(sumsA.at(grade), sumsB.at(grade));
        if (low == high)
            continue; // positions low+1 .. high hold grade <= `grade` in one option only
        if (low < median)
            lowSide = std::max(lowSide, std::min(high, median));
        if (high > median) {
            const qint64 first = std::max(low, median) + 1;
            highSide = highSide == 0 ? first : std::min(highSide, first);
        }
    }
    if (lowSide == 0 && highSide == 0)
        return result; // identical profiles

    // Steps from the median on each side (1 = the median itself / the first judgment above it).
    const qint64 lowStep = median + 1 - lowSide;
    const qint64 highStep = highSide - median;
    bool lowDecides = highSide == 0;
    if (lowSide != 0 && highSide != 0)
        lowDecides = total % 2 == 0 ? lowStep <= highStep : lowStep <= highStep + 1;

    const qint64 position = lowDecides ? lowSide : highSide;
    const int gradeA = gradeAt(sumsA, position);
    const int gradeB = gradeAt(sumsB, position);
    const bool aAhead = gradeA > gradeB;
    const QList<qint64>& ahead = aAhead ? sumsA : sumsB;
    const QList<qint64>& behind = aAhead ? sumsB : sumsA;
    result.order = aAhead ? 1 : -1;
    if (lowDecides && position == median) {
        result.decision = Decision::MajorityGrade;
        result.grade = std::max(gradeA, gradeB);
        result.behindGrade = std::min(gradeA, gradeB);
    } else if (lowDecides) {
        // The option behind has more judgments below the grade of the one ahead.
        result.decision = Decision::Contestation;
        result.grade = std::max(gradeA, gradeB);
        result.aheadCount = ahead.at(result.grade - 1);
        result.behindCount = behind.at(result.grade - 1);
    } else {
        // The option ahead has more judgments above the grade of the one behind.
        result.decision = Decision::Adhesion;
        result.grade = std::min(gradeA, gradeB);
        result.aheadCount = total - ahead.at(result.grade);
        result.behindCount = total - behind.at(result.grade);
    }
    return result;
}

JudgmentResult<MajorityJudgment> judge(const QList<Tally>& tallies, int gradeCount, const Fill& fill)
{
    JudgmentResult<QList<Tally>> completed = completeTallies(tallies, gradeCount, fill);
    if (!completed)
        return completed.error();

    MajorityJudgment result;
    result.profiles = std::move(completed).value();
    result.judgmentsPerOption = tallyTotal(result.profiles.first()).value_or(0);
    for (int option = 0; option < int(result.profiles.size()); ++option) {
        result.majorityGrades.append(majorityGrade(result.profiles.at(option)));
        result.order.append(option);
    }
    const QList<Tally>& profiles = result.profiles;
    std::stable_sort(result.order.begin(), result.order.end(), [&profiles](int left, int right) {
        return compareProfiles(profiles.at(left), profiles.at(right)).order > 0;
    });

    result.ranks = QList<int>(profiles.size(), 0);
    for (int place = 0; place < int(result.order.size()); ++place) {
        const int option = result.order.at(place);
        if (place == 0) {
            result.ranks[option] = 1;
            continue;
        }
        const int previous = result.order.at(place - 1);
        const Comparison comparison = compareProfiles(profiles.at(previous), profiles.at(option));
        result.ranks[option] = comparison.order == 0 ? result.ranks.at(previous) : place + 1;
        result.explanations.append(Explanation{previous, option, comparison});
    }
    return result;
}

QString describeExplanation(const Explanation& explanation, const QStringList& optionNames,
                            const GradeScale& scale)
{
    const QString ahead = optionNames.value(explanation.ahead);
    const QString next = optionNames.value(explanation.next);
    const Comparison& c = explanation.comparison;
    switch (c.decision) {
    case Decision::MajorityGrade:
        return Text::tr("%1 is ahead of %2: its majority grade \"%3\" is better than \"%4\".")
            .arg(ahead, next, scale.name(c.grade), scale.name(c.behindGrade));
    case Decision::Adhesion:
        return Text::tr("%1 is ahead of %2: same majority grade, but %1 has more judgments above \"%3\" "
                        "(%4 against %5); the adhesion group decided.")
            .arg(ahead, next, scale.name(c.grade), QString::number(c.aheadCount),
                 QString::number(c.behindCount));
    case Decision::Contestation:
        return Text::tr("%1 is ahead of %2: same majority grade, but %2 has more judgments below \"%3\" "
                        "(%4 against %5); the contestation group decided.")
            .arg(ahead, next, scale.name(c.grade), QString::number(c.behindCount),
                 QString::number(c.aheadCount));
    case Decision::Tied:
        break;
    }
    return Text::tr("%1 and %2 are tied: their merit profiles are identical.").arg(ahead, next);
}

} // namespace cercles
