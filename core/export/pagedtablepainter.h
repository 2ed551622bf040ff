#pragma once

#include "domain/result.h"
#include "pagedecoration.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QTextLayout;

namespace cercles {

/// How a text of PagedTablePainter is set: the export font (exportFont(): DejaVu Sans with its fallbacks
/// for Chinese, Japanese, Korean and emoji) at a size in points, bold or italic.
struct TableTextStyle
{
    qreal pointSize = 10;
    bool bold = false;
    bool italic = false;
};

/// Paints a long table of plain text on a paged device (QPdfWriter) page by page, as its rows come,
/// without building a document: memory does not grow with the number of rows, and each cell is laid out
/// once (QTextLayout, wrapped at its column's width, at word boundaries or anywhere in a word too long
/// for its column) and drawn once. A few paragraphs may come before the table (a title block), set at the
/// page's width. Each row is as tall as its tallest cell; a row that does not fit the rest of a page starts
/// the next one, so no row is ever cut across pages unless it is taller than a whole page (then it is cut
/// between lines, never through one, and counted in cutRows()). The column headings (bold, on a shaded
/// band) open the table on every page. Rules: one line under each row and one line per column edge per
/// page, in grey, instead of four borders per cell. Every page gets the header and footer of its
/// PageDecoration (PageDecorator); with a lastPageNumber the last page says it is the last.
///
/// Use: begin(), paragraph()..., startTable(), addRow()..., finish(). Every step after an error returns it
/// again. Lengths are in points (1/72 inch); user text is drawn as plain text (never markup).
class PagedTablePainter
{
public:
    /// Takes the device (already set to its page size and margins; the painter begins on it in begin())
    /// and what every page shows around the table.
    PagedTablePainter(QPagedPaintDevice& device, PageDecoration decoration);
    ~PagedTablePainter();
    PagedTablePainter(const PagedTablePainter&) = delete;
    PagedTablePainter& operator=(const PagedTablePainter&) = delete;

    /// Starts painting on the device: the first page and its header. Errors: the painter cannot start on
    /// the device (e.g. the output cannot be written).
    Result<void> begin();
    /// Takes a text (line breaks start new lines), its style and the space below it (points); draws it
    /// at the page's width below what is already drawn (on the next page when it does not fit).
    Result<void> paragraph(const QString& text, const TableTextStyle& style, qreal spaceBelow = 0);
    /// Takes vertical space (points) to leave below what is drawn, e.g. between a title block and the table.
    void space(qreal points);
    /// Takes the column headings, the columns' widths (percent of the page's width; they should add up to
    /// 100) and the style of the cells (the headings are set in it, bold); starts the table below what is
    /// drawn.
    void startTable(const QStringList& headings, const QList<qreal>& widths, const TableTextStyle& cellStyle);
    /// Takes the texts of a row, one per column (a missing one is empty; line breaks start new lines in
    /// the cell); draws the row. Errors: a new page could not be started.
    Result<void> addRow(const QStringList& cells);
    /// Ends the last page (its footer says it is the last) and the painter. Returns the number of pages.
    /// Errors: any earlier error.
    Result<int> finish();

    /// Returns the rows drawn so far.
    int rows() const { return m_rows; }
    /// Returns how many rows were taller than a page and had to be cut (between lines) so far.
    int cutRows() const { return m_cutRows; }

private:
    struct Paragraph;
    struct Cell;
    struct Column;
    struct LineRef;

    /// Returns the font of a style, for the device's resolution.
    QFont deviceFont(const TableTextStyle& style) const;
    /// Takes a column's cache (nullptr: none), a font, a width and a paragraph's text; returns it laid out.
    std::shared_ptr<const Paragraph> layOut(QHash<QString, std::shared_ptr<const Paragraph>>* cache,
                                            const QFont& font, qreal width, const QString& text) const;
    /// Takes a cell's text, its column (nullptr: the headings' row); returns its paragraphs laid out.
    Cell layOutCell(const QString& text, Column* column, const QFont& font, qreal width) const;
    /// Draws the headings' row at the current position.
    void drawHeadings();
    /// Draws a row of cells at the current position: the lines that end below `drawnTo` (drawn on an
    /// earlier page) and at or above `to` (the rest is for the next page), shifted up by `from` (device
    /// units from the top of the cells' text). Returns the height drawn, from `from`.
    qreal drawRow(const QList<Cell>& cells, qreal from, qreal drawnTo, qreal to);
    /// Draws the rules of the table on the current page.
    void drawRules();
    /// Ends the current page (rules, footer) and starts the next one (header).
    Result<void> nextPage();

    QPagedPaintDevice& m_device;
    PageGeometry m_geometry;
    PageDecorator m_decorator;
    QPainter m_painter;
    QString m_error;
    bool m_begun = false;
    int m_page = 1;
    qreal m_y = 0; ///< where the next thing goes, from the body's top (device units)
    int m_rows = 0;
    int m_cutRows = 0;

    // The table.
    bool m_inTable = false;
    QList<Column> m_columns;
    QList<qreal> m_edges; ///< the columns' left edges and the table's right edge (device units)
    QFont m_cellFont;
    QFont m_headingFont;
    QList<Cell> m_headings;
    qreal m_headingsHeight = 0;
    qreal m_padding = 0;       ///< between a cell's rules and its text (device units)
    qreal m_rule = 0;          ///< the rules' width (device units)
    qreal m_tableTop = -1;     ///< where the table starts on this page (-1: not on this page yet)
    QList<qreal> m_rowBottoms; ///< the rules under the rows drawn on this page
};

} // namespace cercles
