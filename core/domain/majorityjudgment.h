#pragma once

#include "judgmentresult.h"
#include "tallyfill.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cercles {

class GradeScale;

/// What decided between two options of equal total (processes.md section 4, tie-breaking).
enum class Decision
{
    MajorityGrade, ///< the majority grades differ
    Adhesion,      ///< same majority grade; the group of judgments above `grade` decided
    Contestation,  ///< same majority grade; the group of judgments below `grade` decided
    Tied,          ///< identical merit profiles: the options share a rank
};

/// The outcome of comparing two options, seen from the first one.
struct Comparison
{
    int order = 0; ///< > 0: the first option is ahead; < 0: the second is; 0: tied
    Decision decision = Decision::Tied;
    /// MajorityGrade: the majority grade of the option ahead. Adhesion/Contestation: the grade around which
    /// the deciding group was counted. Tied: -1.
    int grade = -1;
    int behindGrade = -1;   ///< MajorityGrade only: the majority grade of the option behind
    qint64 aheadCount = 0;  ///< Adhesion: judgments above `grade` of the option ahead; Contestation: below
    qint64 behindCount = 0; ///< the same count for the option behind
};

/// Why option `ahead` is ranked before option `next` (indices in input order): a Comparison with names.
struct Explanation
{
    int ahead = -1;
    int next = -1;
    Comparison comparison; ///< seen from `ahead` (order >= 0)
};

/// The result of a majority-judgment vote. Every list is in input order unless said otherwise.
struct MajorityJudgment
{
    QList<Tally> profiles;         ///< merit profiles: the completed tallies, index 0 = worst grade
    qint64 judgmentsPerOption = 0; ///< the common total of every profile
    QList<int> majorityGrades;     ///< low-median grade of each option, 0 = worst
    QList<int> ranks;              ///< 1-based; equal options share a rank and the next is skipped (1, 1, 3)
    QList<int> order;              ///< option indices, best first; tied options keep their input order
    QList<Explanation> explanations; ///< for each consecutive pair of `order`: why the first is ahead
};

/// Takes a tally with a positive total (no overflow); returns its majority grade: the low median, i.e. with
/// an even number of judgments the lower of the two middle grades (processes.md section 4). Returns -1 for
/// an empty tally.
int majorityGrade(const Tally& tally);

/// Takes two tallies of the same total (completed, without overflow); returns which option is ahead and why.
/// Rule (processes.md section 4): repeatedly set aside one judgment at the median grade and take the median
/// again; the options are ordered by the resulting sequences of grades. Equivalently, around the median the
/// larger of the group above (adhesion) and below (contestation) decides, contestation winning equal groups.
/// Works on counts in O(number of grades): the sequence reads the sorted judgments outwards from the low
/// median (low side first), so the first difference is found per grade without expanding ballots.
/// Tallies of different sizes or totals are not comparable and give a Tied comparison.
Comparison compareProfiles(const Tally& a, const Tally& b);

/// Takes the options' tallies (index 0 = worst grade), the number of grades (3 to 10) and the fill rule;
/// returns the merit profiles, majority grades, shared ranks and an explanation per consecutive pair
/// (processes.md section 4). Errors: those of completeTallies (JudgmentError::key "empty", "grade-count",
/// "incoherent", "overflow", "grade-out-of-range", "participants", "unbalanced").
JudgmentResult<MajorityJudgment> judge(const QList<Tally>& tallies, int gradeCount, const Fill& fill);

/// Takes an explanation, the options' names (input order) and the scale; returns a sentence in the UI
/// language saying why the first option is ahead of the next, or that they are tied, e.g.
/// "Library is ahead of Park: same majority grade, but Park has more judgments below "Insufficient"
/// (4 against 3); the contestation group decided." (the "two close options" case of cases.json).
QString describeExplanation(const Explanation& explanation, const QStringList& optionNames,
                            const GradeScale& scale);

} // namespace cercles
