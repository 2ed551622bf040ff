#pragma once

#include "domain/gradescale.h"
#include "domain/majorityjudgment.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

class QFontMetricsF;
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

/// Where the chart puts each option's label: the label column is wide enough for the longest word of any
/// label (up to half the chart) and each row tall enough for its label wrapped whole, so an option's name is
/// never cut or elided.
struct MeritProfileLayout
{
    QStringList labels;       ///< one per row, best-ranked first: "1. Park — Assez bien"
    QList<QRectF> labelRects; ///< where each label is drawn (word-wrapped), relative to the chart's top left
    QList<QRectF> rows;       ///< each row's band, relative to the chart's top left
    qreal labelWidth = 0;
    qreal height = 0; ///< the rows and the legend
};

/// The flags labels are drawn with (left-aligned, vertically centred, wrapped at word boundaries).
int meritLabelFlags();

/// Takes the data, the metrics of the font the chart is painted with (in the painter's device units) and the
/// chart's width; returns where its labels and rows go and the height it needs.
MeritProfileLayout meritProfileLayout(const MeritProfileData& data, const QFontMetricsF& metrics,
                                      qreal width);

/// Takes a painter, the rectangle to fill (device units) and the data; paints one horizontal stacked bar per
/// option, best-ranked first, each labelled with its rank, name and majority grade, the judgments of each
/// grade coloured from the worst on the left to the best on the right, a line at the median (50 %), and a
/// legend of the grades. Uses the painter's font and only Qt Gui, so the app's widget and the minutes PDF
/// draw the same chart. Leaves the painter's state as it found it.
void paintMeritProfiles(QPainter& painter, const QRectF& rect, const MeritProfileData& data);

} // namespace cercles
