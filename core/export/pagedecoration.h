#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace cercles {

/// What each page shows around the text: a header line (left and right) and a footer with the page number.
struct PageDecoration
{
    QString headerLeft;  ///< e.g. "Organisation — Circle"
    QString headerRight; ///< e.g. the meeting date
    QString footerLeft;  ///< e.g. "Draft" / "Approved on ..."
    QString
        footerAbove; ///< a line above the footer, whole (never elided): the chain head of approved minutes
    QString pageNumber = QStringLiteral("page %1 / %2"); ///< %1 the page, %2 the page count
    /// When set, the document is drawn in one pass (the page count is not known beforehand): pageNumber
    /// then takes only %1, and the last page reads this instead (%1 the page), so a reader can still tell
    /// that no page is missing, between (the numbers) or at the end.
    QString lastPageNumber;

    /// Takes a page number (from 1), the page count (ignored when lastPageNumber is set) and whether the
    /// page is the document's last; returns what its footer says on the right ("page 3 / 12", "page 3",
    /// "page 12 (last page)").
    QString numberText(int page, int total, bool last) const;
};

/// The page geometry of a paged device (QPdfWriter, QPrinter) already set to its page size and margins, in
/// device units with the origin at the top left of the printable area: the printable width, the header
/// band at the top, the body below it and the footer band at the bottom.
struct PageGeometry
{
    QRectF paint;         ///< the printable area (device units)
    qreal mm = 0;         ///< device units per millimetre
    qreal headerBand = 0; ///< the header's height; the body starts there
    qreal footerBand = 0; ///< the footer's height, at the bottom of the printable area
    qreal width = 0;      ///< the printable width
    qreal bodyHeight = 0; ///< the body's height, between the bands

    /// Takes a device and what its pages show (a footer with a line above it is taller); returns its
    /// geometry.
    static PageGeometry of(QPagedPaintDevice& device, const PageDecoration& decoration);
};

/// Draws a page's header (left and right, elided to fit, and a rule under them) and footer (left, the page
/// number on the right, and the line above it when set) in the export font, 8 pt grey. Every paged export
/// (PagedRenderer, PagedTablePainter) draws its pages' decoration through this, so they all look alike.
class PageDecorator
{
public:
    /// Takes the device drawn on (for the font's resolution), what the pages show and the page geometry.
    PageDecorator(QPagedPaintDevice& device, PageDecoration decoration, const PageGeometry& geometry);

    /// Takes a painter on the device, on the page to decorate, with no transformation; draws the header.
    /// Leaves the painter's font and pen changed.
    void drawHeader(QPainter& painter) const;
    /// Takes a painter as drawHeader does, the page number (from 1), the page count (ignored when the
    /// decoration has a lastPageNumber) and whether the page is the document's last; draws the footer.
    void drawFooter(QPainter& painter, int page, int total, bool last) const;

    const PageDecoration& decoration() const { return m_decoration; }

private:
    PageDecoration m_decoration;
    PageGeometry m_geometry;
    QFont m_font;
    QFontMetricsF m_metrics;
};

} // namespace cercles
