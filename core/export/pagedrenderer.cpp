#include "pagedrenderer.h"

#include "textcomposer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace cercles {

namespace {

/// A vertical slice of the laid-out document that must not be cut: a line, a table row, or a group of
/// them kept together (a heading with what follows, a table marked KeepTogether). `parts` holds the
/// group's members, used when the group is taller than a page.
struct Unit
{
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false;
    QList<Unit> parts;

    qreal height() const { return bottom - top; }
};

Unit group(const QList<Unit>& parts, bool keepWithNext)
{
    Unit u{parts.first().top, parts.last().bottom, keepWithNext, parts};
    for (const Unit& p : parts)
        u.bottom = std::max(u.bottom, p.bottom);
    return u;
}

QList<Unit> blockLines(QAbstractTextDocumentLayout* layout, const QTextBlock& block)
{
    QList<Unit> lines;
    const QTextLayout* tl = block.layout();
    const QRectF box = layout->blockBoundingRect(block);
    const qreal origin = box.top() - tl->boundingRect().top();
    for (int i = 0; i < tl->lineCount(); ++i) {
        const QTextLine line = tl->lineAt(i);
        lines << Unit{origin + line.y(), origin + line.y() + line.height(), false, {}};
    }
    if (lines.isEmpty())
        lines << Unit{box.top(), box.bottom(), false, {}};
    return lines;
}

/// A table's rows found cell by cell (any table, merged cells included).
QList<Unit> tableRowsByCell(QAbstractTextDocumentLayout* layout, QTextTable* table)
{
    QList<Unit> rows;
    for (int r = 0; r < table->rows(); ++r) {
        Unit row{1e300, -1e300, false, {}};
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue;
            const QTextBlock last = cell.lastCursorPosition().block();
            for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
                const QRectF box = layout->blockBoundingRect(b);
                row.top = std::min(row.top, box.top());
                row.bottom = std::max(row.bottom, box.bottom());
                if (b == last)
                    break;
            }
        }
        if (row.bottom > row.top)
            rows << row;
    }
    // The last row ends with the table's frame (its cells' bottom padding and border included).
    if (!rows.isEmpty())
        rows.last().bottom = std::max(rows.last().bottom, layout->frameBoundingRect(table).bottom());
    return rows;
}

/// A table's rows: with no cell reaching down from the row above into its first column, each row's cells
/// are consecutive in the document, so its rows are found in one walk over its blocks, each row ending
/// where the next one's first cell starts (a long table: a tenth of the time of looking up
/// every cell); otherwise cell by cell.
QList<Unit> tableRows(QAbstractTextDocumentLayout* layout, QTextTable* table)
{
    const int count = table->rows();
    QList<int> starts;
    starts.reserve(count);
    for (int r = 0; r < count; ++r) {
        const QTextTableCell first = table->cellAt(r, 0);
        if (first.row() != r || (r > 0 && first.firstPosition() <= starts.last()))
            return tableRowsByCell(layout, table);
        starts << first.firstPosition();
    }
    QList<Unit> rows;
    Unit row{1e300, -1e300, false, {}};
    const auto close = [&rows, &row] {
        if (row.bottom > row.top)
            rows << row;
        row = Unit{1e300, -1e300, false, {}};
    };
    int r = 0;
    const int end = table->lastPosition();
    for (QTextBlock b = table->firstCursorPosition().block(); b.isValid() && b.position() <= end;
         b = b.next()) {
        while (r + 1 < count && b.position() >= starts[r + 1]) {
            close();
            ++r;
        }
        const QRectF box = layout->blockBoundingRect(b);
        row.top = std::min(row.top, box.top());
        row.bottom = std::max(row.bottom, box.bottom());
    }
    close();
    // The last row ends with the table's frame (its cells' bottom padding and border included).
    if (!rows.isEmpty())
        rows.last().bottom = std::max(rows.last().bottom, layout->frameBoundingRect(table).bottom());
    return rows;
}

/// The document's units from top to bottom, headings grouped with what follows them.
QList<Unit> collectUnits(QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QList<Unit> units;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                QList<Unit> rows = tableRows(layout, table);
                if (rows.isEmpty())
                    continue;
                if (table->format().property(LayoutProperty::KeepTogether).toBool())
                    units << group(rows, false);
                else
                    units << rows;
            } else {
                const QRectF box = layout->frameBoundingRect(frame);
                units << Unit{box.top(), box.bottom(), false, {}};
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        QList<Unit> lines = blockLines(layout, block);
        if (block.blockFormat().property(LayoutProperty::KeepWithNext).toBool())
            units << group(lines, true);
        else if (block.blockFormat().nonBreakableLines())
            units << group(lines, false);
        else
            units << lines;
    }
    // Glue each keep-with-next unit to the one after it (repeatedly: a title, a heading, then text).
    QList<Unit> glued;
    for (qsizetype i = 0; i < units.size(); ++i) {
        Unit u = units[i];
        while (u.keepWithNext && i + 1 < units.size()) {
            ++i;
            u = group({u, units[i]}, units[i].keepWithNext);
        }
        glued << u;
    }
    return glued;
}

} // namespace

PagedRenderer::PagedRenderer(QTextDocument& document, PageDecoration decoration)
    : m_doc(document), m_decoration(std::move(decoration))
{}

Pagination PagedRenderer::paginate(QTextDocument& document, qreal pageHeight)
{
    QList<Unit> units = collectUnits(document);
    Pagination p;
    p.end = document.documentLayout()->documentSize().height();
    p.pageHeight = pageHeight;
    qreal pageTop = 0;
    p.pageTops << pageTop;
    constexpr qreal epsilon = 0.01;
    qsizetype i = 0;
    qreal previousBottom = 0;
    while (i < units.size()) {
        const Unit& u = units[i];
        if (u.bottom - pageTop <= pageHeight + epsilon) {
            previousBottom = u.bottom;
            ++i;
            continue;
        }
        // The unit does not fit: start a new page between it and the previous one...
        const qreal gapBreak = i > 0 ? (previousBottom + u.top) / 2 : u.top;
        if (gapBreak > pageTop + epsilon && u.top > pageTop + epsilon) {
            pageTop = std::min({gapBreak, u.top, pageTop + pageHeight}); // never past the page's end
            p.pageTops << pageTop;
            continue;
        }
        // ...unless it already starts the page: a group is split into its parts, a single line or row
        // taller than a page is cut (counted, so a caller can tell).
        if (!u.parts.isEmpty()) {
            const QList<Unit> parts = u.parts;
            units.remove(i);
            for (qsizetype k = 0; k < parts.size(); ++k)
                units.insert(i + k, parts[k]);
            continue;
        }
        ++p.cutUnits;
        pageTop += pageHeight;
        p.pageTops << pageTop;
        if (u.bottom - pageTop <= pageHeight + epsilon) {
            previousBottom = u.bottom;
            ++i;
        }
    }
    return p;
}

Pagination PagedRenderer::layOut(QTextDocument& document, QPagedPaintDevice& device, const PageGeometry& g)
{
    // A document lays itself out whole when its layout is created, unless its page size is null, and
    // again at each change of page size: null first, the device set, then the real size lays it out once,
    // for the device (half the time of a long document).
    document.setPageSize(QSizeF(0, 0));
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(QSizeF(g.width, -1)); // one tall page: this class cuts it
    return paginate(document, g.bodyHeight);
}

Result<void> PagedRenderer::paintPages(QPainter& painter, QPagedPaintDevice& device, const Pagination& pages,
                                       const PageGeometry& g)
{
    const PageDecorator decorator(device, m_decoration, g);
    const int count = pages.pageCount();
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device.newPage())
            return Error{QCoreApplication::translate("Export", "A new page could not be started.")};
        const qreal top = pages.pageTops[i];
        const qreal bottom = i + 1 < count ? pages.pageTops[i + 1] : pages.end;
        decorator.drawHeader(painter);
        decorator.drawFooter(painter, i + 1, count, i + 1 == count);

        painter.save();
        painter.translate(0, g.headerBand - top);
        // The slice's edges are excluded: a line touching a break (two lines of one paragraph meet there)
        // would otherwise be drawn, clipped but present in the PDF's text, on both pages.
        constexpr qreal edge = 0.1;
        m_doc.drawContents(&painter, QRectF(0, top + edge, g.width, bottom - top - 2 * edge));
        painter.restore();
    }
    return {};
}

Result<Pagination> PagedRenderer::render(QPagedPaintDevice& device)
{
    const PageGeometry g = PageGeometry::of(device, m_decoration);
    const Pagination pages = layOut(m_doc, device, g);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{QCoreApplication::translate("Export", "The document could not be drawn on the output.")};
    Result<void> painted = paintPages(painter, device, pages, g);
    painter.end();
    if (!painted)
        return Error{painted.error()};
    return pages;
}

} // namespace cercles
