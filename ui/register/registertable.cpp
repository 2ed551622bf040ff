#include "registertable.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace cercles::ui {

RegisterTable::RegisterTable(RegisterModel* model, QWidget* parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    // "Bottom" from the scroll bar's menu (and Ctrl+End on it).
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderToMaximum)
            toEnd();
    });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != RegisterModel::Text)
            fitText();
    });
}

void RegisterTable::fitText()
{
    QHeaderView* header = horizontalHeader();
    int others = 0;
    for (int column = 0; column < RegisterModel::ColumnCount; ++column) {
        if (column != RegisterModel::Text)
            others += header->sectionSize(column);
    }
    const int useful = 40 * fontMetrics().averageCharWidth();
    const bool room = viewport()->width() - others >= useful;
    const QHeaderView::ResizeMode mode = room ? QHeaderView::Stretch : QHeaderView::Interactive;
    if (header->sectionResizeMode(RegisterModel::Text) != mode)
        header->setSectionResizeMode(RegisterModel::Text, mode);
    if (!room && header->sectionSize(RegisterModel::Text) < useful)
        header->resizeSection(RegisterModel::Text, useful);
}

QModelIndex RegisterTable::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveEnd && modifiers.testFlag(Qt::ControlModifier))
        m_model->fetchAll();
    return QTableView::moveCursor(action, modifiers);
}

void RegisterTable::verticalScrollbarValueChanged(int value)
{
    // Dragged to the end: the whole register. Scrolled there by wheel or keys: the next page only.
    if (verticalScrollBar()->isSliderDown() && value == verticalScrollBar()->maximum() &&
        m_model->canFetchMore({})) {
        toEnd();
        return;
    }
    QTableView::verticalScrollbarValueChanged(value);
}

bool RegisterTable::viewportEvent(QEvent* event)
{
    const bool handled = QTableView::viewportEvent(event);
    if (event->type() == QEvent::Resize)
        fitText();
    return handled;
}

void RegisterTable::toEnd()
{
    m_model->fetchAll();
    scrollToBottom();
}

int registerColumnWidth(RegisterModel::Column column, int contents, int charWidth)
{
    int chars = 0;
    switch (column) {
    case RegisterModel::Circle:
    case RegisterModel::Scope:
        chars = 20;
        break;
    case RegisterModel::Status:
        chars = 26;
        break;
    case RegisterModel::Title:
        chars = 28;
        break;
    case RegisterModel::Responsible:
        chars = 18;
        break;
    default:
        return contents;
    }
    return std::min(contents, chars * charWidth);
}

} // namespace cercles::ui
