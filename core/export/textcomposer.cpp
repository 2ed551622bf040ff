#include "textcomposer.h"

#include "exportfonts.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QTextTable>

namespace cercles {

namespace {
constexpr qreal indentStep = 22.7; // 6 mm at 96 dpi, the document's unit for margins

} // namespace

TextComposer::TextComposer(QTextDocument* document) : m_doc(document), m_cursor(document)
{
    m_doc->setDefaultFont(exportFont(10));
    m_doc->setDocumentMargin(0);
    m_doc->setUndoRedoEnabled(false);
    QTextFrameFormat root = m_doc->rootFrame()->frameFormat();
    root.setMargin(0);
    root.setPadding(0);
    m_doc->rootFrame()->setFrameFormat(root);
}

QTextCharFormat TextComposer::charFormat(Style style)
{
    QTextCharFormat f;
    f.setFontFamilies(exportFontFamilies());
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    f.setFontPointSize(style == Style::Small ? 8.5 : 10);
    f.setFontWeight(style == Style::Bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(style == Style::Italic);
    return f;
}

QTextCursor TextComposer::nextBlock(const QTextBlockFormat& block)
{
    m_cursor.movePosition(QTextCursor::End);
    if (m_reuseCurrent) {
        m_cursor.setBlockFormat(block);
        m_reuseCurrent = false;
    } else {
        m_cursor.insertBlock(block);
    }
    return m_cursor;
}

void TextComposer::title(const QString& text)
{
    QTextBlockFormat block;
    block.setBottomMargin(2);
    block.setProperty(LayoutProperty::KeepWithNext, true);
    QTextCharFormat f = charFormat(Style::Bold);
    f.setFontPointSize(17);
    nextBlock(block).insertText(text, f);
}

void TextComposer::subtitle(const QString& text)
{
    QTextBlockFormat block;
    block.setBottomMargin(6);
    QTextCharFormat f = charFormat(Style::Normal);
    f.setFontPointSize(12);
    nextBlock(block).insertText(text, f);
}

void TextComposer::heading(const QString& text)
{
    QTextBlockFormat block;
    block.setTopMargin(14);
    block.setBottomMargin(5);
    block.setProperty(LayoutProperty::KeepWithNext, true);
    QTextCharFormat f = charFormat(Style::Bold);
    f.setFontPointSize(13);
    f.setForeground(QColor(0x1f, 0x3a, 0x5f));
    nextBlock(block).insertText(text, f);
}

void TextComposer::subheading(const QString& text)
{
    QTextBlockFormat block;
    block.setTopMargin(10);
    block.setBottomMargin(3);
    block.setProperty(LayoutProperty::KeepWithNext, true);
    QTextCharFormat f = charFormat(Style::Bold);
    f.setFontPointSize(11);
    nextBlock(block).insertText(text, f);
}

void TextComposer::paragraph(const QString& text, Style style, int indent)
{
    QTextBlockFormat block;
    block.setLeftMargin(indent * indentStep);
    block.setBottomMargin(3);
    nextBlock(block).insertText(text, charFormat(style));
}

void TextComposer::labelled(const QString& label, const QString& value, int indent, bool skipEmpty)
{
    if (skipEmpty && value.trimmed().isEmpty())
        return;
    QTextBlockFormat block;
    block.setLeftMargin(indent * indentStep);
    block.setBottomMargin(2);
    QTextCursor c = nextBlock(block);
    c.insertText(label + m_separator, charFormat(Style::Bold));
    c.insertText(value, charFormat(Style::Normal));
}

void TextComposer::image(const QString& name, qreal width, qreal height, int indent)
{
    QTextBlockFormat block;
    block.setLeftMargin(indent * indentStep);
    block.setTopMargin(3);
    block.setBottomMargin(4);
    QTextImageFormat f;
    f.setName(name);
    f.setWidth(width);
    f.setHeight(height);
    nextBlock(block).insertImage(f);
}

void TextComposer::keepWithNext()
{
    m_cursor.movePosition(QTextCursor::End);
    QTextBlockFormat f = m_cursor.blockFormat();
    f.setProperty(LayoutProperty::KeepWithNext, true);
    m_cursor.setBlockFormat(f);
}

void TextComposer::quote(const QString& text)
{
    QTextBlockFormat block;
    block.setLeftMargin(indentStep);
    block.setRightMargin(indentStep / 2);
    block.setTopMargin(3);
    block.setBottomMargin(6);
    block.setBackground(QColor(0xf2, 0xf4, 0xf7));
    QTextCharFormat f = charFormat(Style::Normal);
    f.setFontPointSize(10.5);
    nextBlock(block).insertText(text, f);
}

QList<qreal> TextComposer::headerFitting(const QStringList& header, const QList<int>& widths, Style style)
{
    // The text width of an A4 page less the 18 mm side margins exportfile.cpp sets.
    constexpr qreal textWidthMm = 210 - 2 * 18;
    constexpr qreal slackMm = 2.5; // cell padding and borders, and hinting at the printer's resolution
    QTextCharFormat bold = charFormat(style);
    bold.setFontWeight(QFont::Bold);
    const QFontMetricsF metrics(bold.font());
    const qreal mmPerPixel = 25.4 / metrics.fontDpi();
    QList<qreal> result;
    QList<qreal> needed;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        qreal widest = 0;
        for (const QString& word : header.value(c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        result << widths[c];
        needed << (widest * mmPerPixel * 1.1 + slackMm) / textWidthMm * 100;
    }
    // A column too narrow for a header word takes the room from the widest column.
    for (qsizetype c = 0; c < result.size(); ++c) {
        const qreal missing = needed[c] - result[c];
        if (missing <= 0)
            continue;
        const auto donor = std::max_element(result.begin(), result.end()) - result.begin();
        if (donor == c || result[donor] - missing < needed[donor])
            continue;
        result[c] += missing;
        result[donor] -= missing;
    }
    return result;
}

void TextComposer::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths,
                         bool keepTogether, bool borders, qreal lastRowSpace)
{
    if (rows.isEmpty())
        return;
    // A table is inserted after a block: make that block a thin spacer.
    QTextBlockFormat before;
    before.setLineHeight(4, QTextBlockFormat::FixedHeight);
    before.setProperty(LayoutProperty::KeepWithNext, true);
    nextBlock(before);

    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(borders ? 1 : 0);
    format.setBorderStyle(borders ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setBorderBrush(QColor(0x88, 0x88, 0x88));
    format.setBorderCollapse(false);
    format.setMargin(0);
    format.setBottomMargin(4);
    format.setHeaderRowCount(header.isEmpty() ? 0 : 1);
    format.setProperty(LayoutProperty::KeepTogether, keepTogether);
    QList<QTextLength> constraints;
    for (qreal w : headerFitting(header, widths, Style::Normal))
        constraints << QTextLength(QTextLength::PercentageLength, w);
    format.setColumnWidthConstraints(constraints);

    const int columns = int(widths.size());
    const int headerRows = header.isEmpty() ? 0 : 1;
    QTextTable* t = m_cursor.insertTable(int(rows.size()) + headerRows, columns, format);
    auto fill = [t](int row, int column, const QString& text, const QTextCharFormat& f) {
        QTextCursor c = t->cellAt(row, column).firstCursorPosition();
        c.insertText(text, f);
    };
    if (headerRows) {
        QTextCharFormat shaded;
        shaded.setBackground(QColor(0xe6, 0xea, 0xf0));
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextCharFormat cf = cell.format();
            cf.setBackground(shaded.background());
            cell.setFormat(cf);
            QTextCharFormat bold = charFormat(Style::Normal);
            bold.setFontWeight(QFont::Bold);
            fill(0, c, header.value(c), bold);
        }
    }
    const QTextCharFormat cellFormat =
        charFormat(Style::Normal); // made once: a format costs more than a cell
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns; ++c)
            fill(r + headerRows, c, rows[r].value(c), cellFormat);
    }
    if (lastRowSpace > 0) { // room to sign under the last row's label
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(int(rows.size()) + headerRows - 1, c);
            QTextTableCellFormat room = cell.format().toTableCellFormat();
            room.setBottomPadding(lastRowSpace);
            cell.setFormat(room);
        }
    }
    // The document always has a block after a table: the next paragraph is written into it.
    m_cursor.movePosition(QTextCursor::End);
    m_reuseCurrent = true;
}

void TextComposer::space(qreal points)
{
    QTextBlockFormat block;
    block.setLineHeight(points, QTextBlockFormat::FixedHeight);
    QTextCharFormat f = charFormat(Style::Normal);
    f.setFontPointSize(2);
    nextBlock(block).insertText(QString(), f);
}

} // namespace cercles
