#include "onelinedelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

namespace cercles::ui {

void OneLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style paints the background, selection and focus; the text is ours
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // A plain cell (not selected, focused or hovered, no brush, icon or check box) has nothing for the
    // style to paint: the view has drawn its row's (alternating) base already. Asking the style anyway cost
    // a tenth of a search keystroke's repaint (issue 14).
    constexpr QStyle::State drawnStates =
        QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver;
    const bool plain =
        !(opt.state & drawnStates) && opt.backgroundBrush.style() == Qt::NoBrush &&
        !(opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration));
    if (!plain)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    // The same margins as the style's own text (QCommonStyle: the focus frame's margin, plus one).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QStaticText& shown = line(text, area.width(), opt.font);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    const qreal height = shown.size().height();
    const qreal x = opt.direction == Qt::RightToLeft ? area.right() + 1 - shown.size().width() : area.left();
    painter->drawStaticText(QPointF(x, area.top() + (area.height() - height) / 2), shown);
    painter->restore();
}

const QStaticText& OneLineDelegate::line(const QString& text, int width, const QFont& font) const
{
    // QFont::key() builds a string each call; the cells of a view share one font or two.
    if (font != m_keyedFont) {
        m_keyedFont = font;
        m_fontKey = font.key();
    }
    const QString key = QString::number(width) + QLatin1Char('|') + m_fontKey + QLatin1Char('|') + text;
    if (QStaticText* cached = m_lines.object(key))
        return *cached;
    QString single = text;
    single.replace(QLatin1Char('\n'), QLatin1Char(' '));
    auto* laidOut = new QStaticText(QFontMetrics(font).elidedText(single, Qt::ElideRight, width));
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut->prepare(QTransform(), font);
    m_lines.insert(key, laidOut);
    return *laidOut;
}

} // namespace cercles::ui
