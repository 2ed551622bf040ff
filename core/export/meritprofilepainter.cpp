#include "meritprofilepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace cercles {

namespace {
constexpr qreal rowFactor = 1.9;    ///< a bar row is this many lines high
constexpr qreal legendFactor = 2.6; ///< the legend: up to two lines
} // namespace

QColor meritGradeColor(int grade, int gradeCount)
{
    // Hue 0 (red) for the worst grade to 120 (green) for the best, evenly spaced.
    const qreal t = gradeCount > 1 ? qreal(std::clamp(grade, 0, gradeCount - 1)) / (gradeCount - 1) : 1.0;
    return QColor::fromHsvF(float(t * 120.0 / 360.0), 0.75f, 0.85f);
}

int meritLabelFlags()
{
    return Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap;
}

MeritProfileLayout meritProfileLayout(const MeritProfileData& data, const QFontMetricsF& metrics, qreal width)
{
    const MajorityJudgment& r = data.result;
    const qreal line = metrics.height();
    MeritProfileLayout layout;
    qreal longestWord = 0;
    for (int option : r.order) {
        const QString label =
            QCoreApplication::translate("MeritProfile", "%1. %2 \u2014 %3")
                .arg(r.ranks.value(option))
                .arg(data.options.value(option), data.scale.name(r.majorityGrades.value(option)));
        layout.labels << label;
        for (const QString& word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
    }
    layout.labelWidth = std::clamp(longestWord + line, width * 0.32, width * 0.5);
    const qreal textWidth = layout.labelWidth - line * 0.5;
    qreal top = 0;
    for (const QString& label : layout.labels) {
        const QRectF needed = metrics.boundingRect(QRectF(0, 0, textWidth, 1e6), meritLabelFlags(), label);
        const qreal rowHeight = std::max(line * rowFactor, needed.height() + line * 0.6);
        layout.rows << QRectF(0, top, width, rowHeight);
        layout.labelRects << QRectF(0, top, textWidth, rowHeight);
        top += rowHeight;
    }
    layout.height = top + (legendFactor + 0.5) * line;
    return layout;
}

void paintMeritProfiles(QPainter& painter, const QRectF& rect, const MeritProfileData& data)
{
    const MajorityJudgment& r = data.result;
    const int options = int(r.order.size());
    if (options == 0 || r.judgmentsPerOption <= 0 || rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal line = metrics.height();
    const MeritProfileLayout layout = meritProfileLayout(data, metrics, rect.width());
    const qreal labelWidth = layout.labelWidth;
    const QRectF bars(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth,
                      layout.rows.isEmpty() ? 0 : layout.rows.last().bottom());
    const int grades = data.scale.size();
    const QColor text = painter.pen().color();

    for (int row = 0; row < options; ++row) {
        const int option = r.order.at(row);
        const qreal top = rect.top() + layout.rows.at(row).top();
        const qreal rowHeight = layout.rows.at(row).height();
        const qreal barHeight = std::min(line * rowFactor, rowHeight) * 0.62;
        // Label: "1. Park — Assez bien", wrapped whole into its column.
        painter.setPen(text);
        painter.drawText(layout.labelRects.at(row).translated(rect.topLeft()), meritLabelFlags(),
                         layout.labels.at(row));
        // The bar, worst grade on the left.
        const Tally& profile = r.profiles.at(option);
        qreal x = bars.left();
        const qreal y = top + (rowHeight - barHeight) / 2;
        for (int grade = 0; grade < grades && grade < profile.size(); ++grade) {
            const qreal width =
                bars.width() * (long double)(profile.at(grade)) / (long double)(r.judgmentsPerOption);
            if (width <= 0)
                continue;
            const QRectF segment(x, y, width, barHeight);
            painter.fillRect(segment, meritGradeColor(grade, grades));
            const QString count = QString::number(profile.at(grade));
            if (metrics.horizontalAdvance(count) + line * 0.3 < width) {
                painter.setPen(Qt::black);
                painter.drawText(segment, Qt::AlignCenter, count);
            }
            x += width;
        }
        painter.setPen(QPen(text, 0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(bars.left(), y, bars.width(), barHeight));
    }
    // The median: the majority grade is the grade under this line.
    QPen median(text, std::max<qreal>(1.0, line / 12));
    median.setStyle(Qt::DashLine);
    painter.setPen(median);
    const qreal middle = bars.left() + bars.width() / 2;
    painter.drawLine(QPointF(middle, bars.top()), QPointF(middle, bars.bottom()));

    // Legend, worst to best, like the bars; wraps onto a second line when the names are long.
    qreal x = rect.left();
    qreal legendTop = bars.bottom() + line * 0.4;
    const qreal swatch = line * 0.8;
    for (int grade = 0; grade < grades; ++grade) {
        const QString name = data.scale.name(grade);
        const qreal width = swatch + line * 0.3 + metrics.horizontalAdvance(name) + line * 0.8;
        if (x + width > rect.right() && x > rect.left()) {
            x = rect.left();
            legendTop += line;
        }
        painter.fillRect(QRectF(x, legendTop + (line - swatch) / 2, swatch, swatch),
                         meritGradeColor(grade, grades));
        painter.setPen(text);
        painter.drawText(QRectF(x + swatch + line * 0.3, legendTop, width, line),
                         Qt::AlignVCenter | Qt::AlignLeft, name);
        x += width;
    }
    painter.restore();
}

} // namespace cercles
