#pragma once

#include "judgmentresult.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace cercles {

class GradeScale;

/// One option's judgments: the number of judgments per grade, index 0 = WORST grade (as in
/// shared/data/majority-judgment/cases.json). Counts go up to 2^63 - 1.
using Tally = QList<qint64>;

/// How missing judgments are completed before ranking (processes.md section 4, "Missing judgments").
enum class FillRule
{
    None,      ///< no completion: every tally must already have the same total
    Static,    ///< the missing judgments get a fixed grade (usually the worst, À rejeter)
    Median,    ///< the missing judgments get the option's own majority grade (low median)
    Normalize, ///< every tally is scaled to the least common multiple of the totals
};

/// The fill rule chosen for a vote, with its parameters.
struct Fill
{
    FillRule rule = FillRule::None;
    int grade = 0;           ///< Static only: the grade given to missing judgments (0 = worst)
    qint64 participants = 0; ///< the total every tally is completed to; 0 = the largest total
};

/// Takes a rule; returns its stable key ("none", "static", "median", "normalize").
QString fillRuleKey(FillRule rule);

/// Takes a key; returns the rule. An unknown key gives None and sets *ok to false.
FillRule fillRuleFromKey(const QString& key, bool* ok = nullptr);

/// Takes a fill and the vote's scale; returns the sentence shown with the result (processes.md section 4:
/// "The rule is shown with the result"), in the UI language.
QString describeFill(const Fill& fill, const GradeScale& scale);

/// Takes the options' tallies, the number of grades of the scale (3 to 10) and the fill rule; returns the
/// tallies completed so that every one has the same total (processes.md section 4, "Missing judgments"):
/// None and Static/Median complete to fill.participants (or the largest total when it is 0); Normalize scales
/// every tally by (LCM of the totals / its total) and ignores participants beyond checking it.
/// Arithmetic is exact on 64-bit counts; nothing wraps. Errors (JudgmentError::key):
/// "empty" no option, or no judgment at all, or an option without judgments under Median or Normalize;
/// "grade-count" a tally without exactly gradeCount grades, or gradeCount outside 3..10;
/// "incoherent" a negative count; "overflow" a total or the LCM above 2^63 - 1;
/// "grade-out-of-range" the Static grade is not on the scale;
/// "participants" participants is negative or smaller than a tally's total;
/// "unbalanced" rule None with totals that differ (or differ from participants).
JudgmentResult<QList<Tally>> completeTallies(const QList<Tally>& tallies, int gradeCount, const Fill& fill);

/// Takes a tally; returns its total, or std::nullopt when the sum exceeds 2^63 - 1 (negative counts
/// are the caller's to reject first).
std::optional<qint64> tallyTotal(const Tally& tally);

} // namespace cercles
