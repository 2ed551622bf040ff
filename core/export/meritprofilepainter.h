#pragma once

#include "domain/gradescale.h"
#include "domain/majorityjudgment.h"

#include <QColor>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace cercles {

/// What a merit-profile chart shows (processes.md section 4, "profil de mérites"): a closed vote's result
/// with its options' names and the vote's scale.
struct MeritProfileData
{
    MajorityJudgment result;
    QStringList options; ///< input order, like the result's lists
    GradeScale scale = GradeScale::frenchDefault();
};

/// Takes a grade (0 = worst) and the scale's size; returns its colour, from red for the worst grade
/// (À rejeter) through orange and yellow to green for the best (Excellent).
QColor meritGradeColor(int grade, int gradeCount);

/// Takes the number of options and the font's line height (pixels or points, as the painter's device);
/// returns the height the chart needs at that size: one bar per option and the legend.
qreal meritProfileHeight(int optionCount, qreal lineHeight);

/// Takes a painter, the rectangle to fill (device units) and the data; paints one horizontal stacked bar per
/// option, best-ranked first, each labelled with its rank, name and majority grade, the judgments of each
/// grade coloured from the worst on the left to the best on the right, a line at the median (50 %), and a
/// legend of the grades. Uses the painter's font and only Qt Gui, so the app's widget and the minutes PDF
/// draw the same chart. Leaves the painter's state as it found it.
void paintMeritProfiles(QPainter& painter, const QRectF& rect, const MeritProfileData& data);

} // namespace cercles
