#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextFormat>

class QTextDocument;

namespace cercles {

/// Properties the page layout (PagedRenderer) reads from the document.
namespace LayoutProperty {
/// On a block: never end a page with this block (headings stay with what follows).
inline constexpr int KeepWithNext = QTextFormat::UserProperty + 1;
/// On a table: never split the table across pages (when it fits on one page).
inline constexpr int KeepTogether = QTextFormat::UserProperty + 2;
} // namespace LayoutProperty

/// Writes a document block by block through QTextCursor only (insertText, insertTable, formats): user text
/// is always inserted as text, never parsed as HTML or Markdown, so no markup it contains is interpreted
/// and no resource (image, file) is ever loaded into the document.
class TextComposer
{
public:
    enum class Style
    {
        Normal,
        Bold,
        Italic,
        Small
    };

    /// Takes an empty document; sets its default font (the export font, 10 pt) and margins.
    explicit TextComposer(QTextDocument* document);

    void title(const QString& text);
    void subtitle(const QString& text);
    /// A section heading; kept on the same page as what follows.
    void heading(const QString& text);
    /// A heading inside a section (an agenda item); kept with what follows.
    void subheading(const QString& text);
    /// A paragraph; `indent` in levels of 6 mm. Newlines in `text` start new paragraphs.
    void paragraph(const QString& text, Style style = Style::Normal, int indent = 0);
    /// Takes what goes between a label and its value (": " in English, " : " in French).
    void setLabelSeparator(const QString& separator) { m_separator = separator; }
    /// A paragraph "label: value", the label in bold. Nothing when `value` is empty and `skipEmpty`.
    void labelled(const QString& label, const QString& value, int indent = 0, bool skipEmpty = true);
    /// A framed text (the exact text of a decision), indented, with a left rule.
    void quote(const QString& text);
    /// A table with a header row (bold, shaded) and rows of plain text; `widths` in percent of the page.
    /// `keepTogether`: the table moves to the next page as a whole rather than being split between rows.
    /// `lastRowSpace`: blank space (in points) below the last row's text, e.g. room for signatures.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths,
               bool keepTogether = false, bool borders = true, qreal lastRowSpace = 0);
    /// An image the document itself generated (a chart), already added to the document as a resource
    /// under `name`; shown on its own line, indented, `width` x `height` in 1/96 inch. One line: the
    /// page layout never cuts it across a page break.
    void image(const QString& name, qreal width, qreal height, int indent = 0);
    /// Keeps the last block written on the same page as what follows (a label above a table or chart).
    void keepWithNext();
    /// Vertical space (in points).
    void space(qreal points);

    /// Takes a table's header, its column widths (percent of the page) and the cells' style; returns the
    /// widths with every column at least as wide as its longest header word, so that no header word is
    /// ever split ("Responsab/le"). The room comes from the widest column.
    static QList<qreal> headerFitting(const QStringList& header, const QList<int>& widths, Style style);

private:
    QTextCursor nextBlock(const QTextBlockFormat& block);
    static QTextCharFormat charFormat(Style style);

    QTextDocument* m_doc;
    QTextCursor m_cursor;
    QString m_separator = QStringLiteral(": ");
    bool m_reuseCurrent = true; ///< the block at the end is empty and unused (start, after a table)
};

} // namespace cercles
