#include "pagedtablepainter.h"

#include "exportfonts.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <limits>

namespace cercles {

/// A paragraph laid out at a width: its lines positioned from y = 0 down to `height`.
struct PagedTablePainter::Paragraph
{
    std::unique_ptr<QTextLayout> layout;
    qreal height = 0;
};

/// A cell laid out: its paragraphs one under the other (each one's top is the sum of those above).
struct PagedTablePainter::Cell
{
    QList<std::shared_ptr<const Paragraph>> paragraphs;
    qreal height = 0;
};

/// A column: where its text starts, how wide it is, and the paragraphs already laid out in it (a date, a
/// circle, a status, a name or a record head recurs from row to row; laid out once, drawn many times).
struct PagedTablePainter::Column
{
    qreal x = 0;
    qreal textWidth = 0;
    QHash<QString, std::shared_ptr<const Paragraph>> cache;
};

namespace {

/// Paragraphs kept per column for reuse; past it the column starts afresh (memory stays flat).
constexpr qsizetype cachedPerColumn = 256;
/// Longer paragraphs are hardly ever repeated (a decision's text): not kept.
constexpr qsizetype cachedLength = 80;

/// Takes a cell's text; returns its paragraphs: a line break (LF, CR, CRLF, paragraph separator) ends
/// one, as a new block of a text document would.
QStringList paragraphsOf(const QString& text)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\n' && c != u'\r' && c != QChar::ParagraphSeparator)
            continue;
        parts << text.mid(start, i - start);
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    parts << text.mid(start);
    return parts;
}

QString drawError()
{
    return QCoreApplication::translate("Export", "The document could not be drawn on the output.");
}

} // namespace

PagedTablePainter::PagedTablePainter(QPagedPaintDevice& device, PageDecoration decoration)
    : m_device(device), m_geometry(PageGeometry::of(device, decoration)),
      m_decorator(device, std::move(decoration), m_geometry)
{}

PagedTablePainter::~PagedTablePainter()
{
    if (m_painter.isActive())
        m_painter.end();
}

QFont PagedTablePainter::deviceFont(const TableTextStyle& style) const
{
    return QFont(exportFont(style.pointSize, style.bold, style.italic), &m_device);
}

Result<void> PagedTablePainter::begin()
{
    if (!m_painter.begin(&m_device)) {
        m_error = drawError();
        return Error{m_error};
    }
    m_begun = true;
    m_decorator.drawHeader(m_painter);
    m_painter.setPen(Qt::black);
    return {};
}

std::shared_ptr<const PagedTablePainter::Paragraph>
PagedTablePainter::layOut(QHash<QString, std::shared_ptr<const Paragraph>>* cache, const QFont& font,
                          qreal width, const QString& text) const
{
    const bool cached = cache && text.size() <= cachedLength;
    if (cached) {
        if (const auto found = cache->constFind(text); found != cache->constEnd())
            return *found;
    }
    auto p = std::make_shared<Paragraph>();
    p->layout = std::make_unique<QTextLayout>(text, font, &m_device);
    QTextOption option;
    // As a text document wraps: at word boundaries, or anywhere in a word longer than the width.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p->layout->setTextOption(option);
    p->layout->setCacheEnabled(true); // drawn from what the layout shaped, not shaped again
    p->layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = p->layout->createLine(); line.isValid(); line = p->layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    p->layout->endLayout();
    p->height = y;
    if (cached) {
        if (cache->size() >= cachedPerColumn)
            cache->clear();
        cache->insert(text, p);
    }
    return p;
}

PagedTablePainter::Cell PagedTablePainter::layOutCell(const QString& text, Column* column, const QFont& font,
                                                      qreal width) const
{
    Cell cell;
    const QStringList parts = paragraphsOf(text);
    cell.paragraphs.reserve(parts.size());
    for (const QString& part : parts) {
        std::shared_ptr<const Paragraph> p = layOut(column ? &column->cache : nullptr, font, width, part);
        cell.height += p->height;
        cell.paragraphs << std::move(p);
    }
    return cell;
}

Result<void> PagedTablePainter::paragraph(const QString& text, const TableTextStyle& style, qreal spaceBelow)
{
    if (!m_error.isEmpty())
        return Error{m_error};
    const Cell cell = layOutCell(text, nullptr, deviceFont(style), m_geometry.width);
    if (m_y > 0 && m_y + cell.height > m_geometry.bodyHeight) {
        if (Result<void> next = nextPage(); !next)
            return next;
    }
    qreal y = m_geometry.headerBand + m_y;
    for (const auto& p : cell.paragraphs) {
        p->layout->draw(&m_painter, QPointF(0, y));
        y += p->height;
    }
    m_y += cell.height;
    space(spaceBelow);
    return {};
}

void PagedTablePainter::space(qreal points)
{
    m_y += points * m_device.logicalDpiY() / 72;
}

void PagedTablePainter::startTable(const QStringList& headings, const QList<qreal>& widths,
                                   const TableTextStyle& cellStyle)
{
    const qreal unit = m_device.logicalDpiY() / 72; // device units per point
    m_padding = 2.25 * unit;
    m_rule = 0.2 * m_geometry.mm;
    m_cellFont = deviceFont(cellStyle);
    TableTextStyle bold = cellStyle;
    bold.bold = true;
    m_headingFont = deviceFont(bold);
    // Rules are drawn on the edges, half their width on each side: the outer ones inside the page.
    const qreal left = m_rule / 2;
    const qreal span = m_geometry.width - m_rule;
    m_columns.clear();
    m_edges.clear();
    qreal x = left;
    for (qreal w : widths) {
        m_edges << x;
        Column c;
        c.x = x + m_rule / 2 + m_padding;
        const qreal width = span * w / 100;
        c.textWidth = std::max<qreal>(1, width - m_rule - 2 * m_padding);
        m_columns << c;
        x += width;
    }
    m_edges << std::min(x, m_geometry.width - left);
    m_headings.clear();
    m_headingsHeight = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_headings << layOutCell(headings.value(i), nullptr, m_headingFont, m_columns[i].textWidth);
        m_headingsHeight = std::max(m_headingsHeight, m_headings.last().height);
    }
    m_headingsHeight += 2 * m_padding + m_rule;
    m_inTable = true;
    m_tableTop = -1;
    m_rowBottoms.clear();
    m_y += m_rule / 2;
}

void PagedTablePainter::drawHeadings()
{
    m_tableTop = m_y;
    const qreal top = m_geometry.headerBand + m_y;
    m_painter.fillRect(QRectF(m_edges.first(), top, m_edges.last() - m_edges.first(), m_headingsHeight),
                       QColor(0xe6, 0xea, 0xf0));
    drawRow(m_headings, 0, -1, std::numeric_limits<qreal>::max());
    m_y += m_headingsHeight;
    m_rowBottoms << m_y;
}

qreal PagedTablePainter::drawRow(const QList<Cell>& cells, qreal from, qreal drawnTo, qreal to)
{
    const qreal top = m_geometry.headerBand + m_y + m_rule / 2 + m_padding;
    qreal bottom = 0; // of what is drawn, from `from`
    for (qsizetype c = 0; c < cells.size() && c < m_columns.size(); ++c) {
        const qreal x = m_columns[c].x;
        qreal y = 0; // the paragraph's top in the cell
        for (const auto& p : cells[c].paragraphs) {
            if (from <= 0 && drawnTo < 0 && y + p->height <= to) {
                // The whole paragraph on this page (every row but those taller than a page).
                p->layout->draw(&m_painter, QPointF(x, top + y));
                bottom = std::max(bottom, y + p->height);
            } else {
                for (int i = 0; i < p->layout->lineCount(); ++i) {
                    const QTextLine line = p->layout->lineAt(i);
                    const qreal lineBottom = y + line.y() + line.height();
                    if (lineBottom <= drawnTo || lineBottom > to)
                        continue;
                    line.draw(&m_painter, QPointF(x, top + y - from));
                    bottom = std::max(bottom, lineBottom - from);
                }
            }
            y += p->height;
        }
    }
    return bottom;
}

Result<void> PagedTablePainter::addRow(const QStringList& cells)
{
    if (!m_error.isEmpty())
        return Error{m_error};
    QList<Cell> laidOut;
    laidOut.reserve(m_columns.size());
    qreal content = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        laidOut << layOutCell(cells.value(c), &m_columns[c], m_cellFont, m_columns[c].textWidth);
        content = std::max(content, laidOut.last().height);
    }
    const qreal frame = 2 * m_padding + m_rule; // a row's height beyond its text
    const qreal body = m_geometry.bodyHeight;
    // Headings first when the table is not on this page yet; a row that does not fit starts a new page
    // (unless the page is still empty: the row is then taller than a page, and cut).
    const auto fits = [&](qreal height) {
        return m_y + (m_tableTop < 0 ? m_headingsHeight : 0) + height + m_rule / 2 <= body + 0.01;
    };
    const bool pageIsEmpty = m_tableTop < 0 && m_y <= m_rule / 2 + 0.01;
    if (!fits(content + frame) && !pageIsEmpty) {
        if (Result<void> next = nextPage(); !next)
            return next;
    }
    if (m_tableTop < 0)
        drawHeadings();
    if (fits(content + frame)) {
        drawRow(laidOut, 0, -1, std::numeric_limits<qreal>::max());
        m_y += content + frame;
        m_rowBottoms << m_y;
        ++m_rows;
        return {};
    }
    // Taller than a page: cut between lines, page after page, each part under the headings. A line is
    // drawn on the page where it ends at or above the page's room, once; each part starts at the highest
    // line left. A single line taller than the room is drawn whole, past the page's end, so that the row
    // always moves on.
    ++m_cutRows;
    const auto highestLeft = [&laidOut](qreal drawnTo) { // the top and bottom of the highest line left
        std::pair<qreal, qreal> highest{std::numeric_limits<qreal>::max(), 0};
        for (const Cell& cell : laidOut) {
            qreal y = 0;
            for (const auto& p : cell.paragraphs) {
                for (int i = 0; i < p->layout->lineCount(); ++i) {
                    const QTextLine line = p->layout->lineAt(i);
                    const qreal top = y + line.y();
                    if (top + line.height() > drawnTo && top < highest.first)
                        highest = {top, top + line.height()};
                }
                y += p->height;
            }
        }
        return highest;
    };
    qreal drawnTo = -1; // lines ending at or above this were drawn
    auto [from, firstBottom] = highestLeft(drawnTo);
    while (true) {
        const qreal room = body - m_y - frame - m_rule / 2;
        const qreal to = std::max(from + room, firstBottom);
        const qreal drawn = drawRow(laidOut, from, drawnTo, to);
        drawnTo = to;
        std::tie(from, firstBottom) = highestLeft(drawnTo);
        const bool last = from == std::numeric_limits<qreal>::max();
        m_y += (last ? drawn : std::max(drawn, room)) + frame; // a part but the last fills its page
        m_rowBottoms << m_y;
        if (last)
            break;
        if (Result<void> page = nextPage(); !page)
            return page;
        drawHeadings();
    }
    ++m_rows;
    return {};
}

void PagedTablePainter::drawRules()
{
    if (m_tableTop < 0 || m_rowBottoms.isEmpty())
        return;
    const qreal band = m_geometry.headerBand;
    QList<QLineF> lines;
    lines.reserve(m_rowBottoms.size() + m_edges.size() + 1);
    lines << QLineF(m_edges.first() - m_rule / 2, band + m_tableTop, m_edges.last() + m_rule / 2,
                    band + m_tableTop);
    for (qreal y : std::as_const(m_rowBottoms))
        lines << QLineF(m_edges.first() - m_rule / 2, band + y, m_edges.last() + m_rule / 2, band + y);
    for (qreal x : std::as_const(m_edges))
        lines << QLineF(x, band + m_tableTop, x, band + m_rowBottoms.last());
    QPen pen(QColor(0x88, 0x88, 0x88), m_rule);
    pen.setCapStyle(Qt::FlatCap);
    m_painter.setPen(pen);
    m_painter.drawLines(lines);
}

Result<void> PagedTablePainter::nextPage()
{
    drawRules();
    m_decorator.drawFooter(m_painter, m_page, 0, false);
    if (!m_device.newPage()) {
        m_error = QCoreApplication::translate("Export", "A new page could not be started.");
        return Error{m_error};
    }
    ++m_page;
    m_decorator.drawHeader(m_painter);
    m_painter.setPen(Qt::black);
    m_y = m_inTable ? m_rule / 2 : 0;
    m_tableTop = -1;
    m_rowBottoms.clear();
    return {};
}

Result<int> PagedTablePainter::finish()
{
    if (!m_begun && m_error.isEmpty())
        m_error = drawError();
    if (!m_error.isEmpty()) {
        if (m_painter.isActive())
            m_painter.end();
        return Error{m_error};
    }
    drawRules();
    m_decorator.drawFooter(m_painter, m_page, m_page, true);
    if (!m_painter.end())
        return Error{drawError()};
    return m_page;
}

} // namespace cercles
