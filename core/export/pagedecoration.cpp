#include "pagedecoration.h"

#include "exportfonts.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace cercles {

QString PageDecoration::numberText(int page, int total, bool last) const
{
    if (lastPageNumber.isEmpty())
        return pageNumber.arg(page).arg(total);
    return last ? lastPageNumber.arg(page) : pageNumber.arg(page);
}

PageGeometry PageGeometry::of(QPagedPaintDevice& device, const PageDecoration& decoration)
{
    PageGeometry g;
    const qreal dpi = device.logicalDpiY();
    g.paint = device.pageLayout().paintRectPixels(int(dpi));
    g.mm = dpi / 25.4;
    g.headerBand = 9 * g.mm;
    g.footerBand = (decoration.footerAbove.isEmpty() ? 8 : 12) * g.mm; // room for the chain head
    g.width = g.paint.width();
    g.bodyHeight = g.paint.height() - g.headerBand - g.footerBand;
    return g;
}

PageDecorator::PageDecorator(QPagedPaintDevice& device, PageDecoration decoration,
                             const PageGeometry& geometry)
    : m_decoration(std::move(decoration)), m_geometry(geometry), m_font(exportFont(8)),
      m_metrics(m_font, &device)
{}

void PageDecorator::drawHeader(QPainter& painter) const
{
    const qreal mm = m_geometry.mm;
    const qreal width = m_geometry.width;
    painter.setFont(m_font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal baseline = m_metrics.ascent();
    const QString right = m_metrics.elidedText(m_decoration.headerRight, Qt::ElideRight, width / 3);
    const qreal rightWidth = m_metrics.horizontalAdvance(right);
    painter.drawText(QPointF(0, baseline), m_metrics.elidedText(m_decoration.headerLeft, Qt::ElideRight,
                                                                width - rightWidth - 4 * mm));
    painter.drawText(QPointF(width - rightWidth, baseline), right);
    painter.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 0.2 * mm));
    painter.drawLine(QPointF(0, m_metrics.height() + 1 * mm), QPointF(width, m_metrics.height() + 1 * mm));
}

void PageDecorator::drawFooter(QPainter& painter, int page, int total, bool last) const
{
    const qreal mm = m_geometry.mm;
    const qreal width = m_geometry.width;
    painter.setFont(m_font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal footerY = m_geometry.paint.height() - m_geometry.footerBand + 3 * mm + m_metrics.ascent();
    const QString number = m_decoration.numberText(page, total, last);
    painter.drawText(QPointF(0, footerY),
                     m_metrics.elidedText(m_decoration.footerLeft, Qt::ElideRight, width * 0.7));
    painter.drawText(QPointF(width - m_metrics.horizontalAdvance(number), footerY), number);
    if (!m_decoration.footerAbove.isEmpty())
        painter.drawText(QPointF(0, footerY - m_metrics.height()), m_decoration.footerAbove);
}

} // namespace cercles
