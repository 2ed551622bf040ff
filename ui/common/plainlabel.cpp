#include "plainlabel.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cercles::ui {

namespace {
/// What a label adds around its text, horizontally and vertically (its margin and contents margins).
QSize frameOf(const QLabel& label)
{
    const QMargins m = label.contentsMargins();
    return {m.left() + m.right() + 2 * label.margin(), m.top() + m.bottom() + 2 * label.margin()};
}

/// Takes a shaped layout and a width (pixels); breaks its lines as QLabel wraps (at word boundaries; a line
/// break ends a line), stacked from y = 0. Returns
/// their height and the widest line's natural width, in pixels.
std::pair<int, int> breakLines(QTextLayout& layout, qreal width)
{
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {int(std::ceil(height)), int(std::ceil(widest))};
}
} // namespace

PlainLabel::PlainLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

PlainLabel::Measure& PlainLabel::measureAt(int width) const
{
    Measure& m = m_measure;
    const Qt::Alignment horizontal = alignment() & Qt::AlignHorizontal_Mask;
    if (!m.layout || m.text != text() || m.font != font() || m.horizontal != horizontal) {
        m.text = text();
        m.font = font();
        m.horizontal = horizontal;
        QString lines = m.text;
        lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
        m.layout = std::make_unique<QTextLayout>(lines, m.font);
        QTextOption option(horizontal);
        option.setWrapMode(QTextOption::WordWrap); // as QLabel: a word too long for the width overflows
        m.layout->setTextOption(option);
        m.layout->setCacheEnabled(true); // shaped once, for every width
        m.widest = breakLines(*m.layout, std::numeric_limits<int>::max() / 4).second;
        m.width = -1;
    }
    if (m.width != width) {
        m.width = width;
        m.height = m.text.isEmpty() ? QFontMetrics(m.font).height() : breakLines(*m.layout, width).first;
    }
    return m;
}

int PlainLabel::heightForWidth(int width) const
{
    if (!wordWrap() || text().isEmpty())
        return QLabel::heightForWidth(width);
    const QSize frame = frameOf(*this);
    return measureAt(std::max(1, width - frame.width())).height + frame.height();
}

QSize PlainLabel::sizeHint() const
{
    if (!wordWrap() || text().isEmpty())
        return QLabel::sizeHint();
    const QFontMetrics metrics(font());
    const int widest = measureAt(std::max(1, m_measure.width)).widest;
    // As QLabel: a long text wraps at about 80 average characters rather than stretching the window.
    const int width = std::min(widest + 1, 80 * metrics.averageCharWidth()) + frameOf(*this).width();
    return {width, heightForWidth(width)};
}

QSize PlainLabel::minimumSizeHint() const
{
    if (!wordWrap() || text().isEmpty())
        return QLabel::minimumSizeHint();
    // A few words wide and one line high: the layout gives the height the width needs (heightForWidth).
    const QFontMetrics metrics(font());
    const QSize frame = frameOf(*this);
    return {std::min(sizeHint().width(), 10 * metrics.averageCharWidth() + frame.width()),
            metrics.height() + frame.height()};
}

void PlainLabel::paintEvent(QPaintEvent* event)
{
    if (!wordWrap() || hasSelectedText() || text().isEmpty()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    drawFrame(&painter);
    const int m = margin();
    const QRect area = contentsRect().adjusted(m, m, -m, -m);
    const Measure& laidOut = measureAt(std::max(1, area.width()));
    // Placed in the label as QLabel places it: top, bottom or (its default) centred.
    int top = area.top();
    if (alignment() & Qt::AlignBottom)
        top = area.bottom() + 1 - laidOut.height;
    else if (alignment() & Qt::AlignVCenter)
        top = area.top() + (area.height() - laidOut.height) / 2;
    painter.setPen(palette().color(foregroundRole())); // the palette follows the enabled state
    laidOut.layout->draw(&painter, QPointF(area.left(), top));
}

} // namespace cercles::ui
