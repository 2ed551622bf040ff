#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace cercles::ui {

/// Paints each cell's text on one line, elided to the cell, from a cache of laid-out lines: the decision
/// register shows a new page on every search keystroke, and Qt's default delegate lays each cell's text
/// out three times per paint (elide, lay out, draw), which cost most of a keystroke (issue 14). Plain
/// text only (QStaticText::PlainText), like every user text.
class OneLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    /// Takes a text, a width in pixels and a font; returns the line, elided with "…" to fit, laid out.
    const QStaticText& line(const QString& text, int width, const QFont& font) const;

    mutable QCache<QString, QStaticText> m_lines{4000};
    mutable QFont m_keyedFont;
    mutable QString m_fontKey = m_keyedFont.key();
};

} // namespace cercles::ui
