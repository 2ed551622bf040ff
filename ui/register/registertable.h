#pragma once

#include "registermodel.h"

#include <QTableView>

namespace cercles::ui {

/// The register's table: going to the end means the last decision, not the next page. Qt's view fetches
/// one page whenever its last row shows, so Ctrl+End and the scroll bar dragged to its end stopped 50
/// rows further each time.
class RegisterTable : public QTableView
{
public:
    /// Takes the register's model (kept, not owned) and the parent; shows the model.
    RegisterTable(RegisterModel* model, QWidget* parent);

    /// The decision text takes the room the other columns leave, but never less than a readable line
    /// (40 average characters): a stretched column in a narrow window shrank to the header's minimum.
    /// Then the table scrolls sideways instead.
    void fitText();

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void verticalScrollbarValueChanged(int value) override;
    bool viewportEvent(QEvent* event) override;

private:
    /// Reads every decision left and shows the last one.
    void toEnd();
    RegisterModel* m_model;
};

/// Takes a column, the width of its contents and the font's average character width (pixels); returns its
/// width: the contents, but never so wide that the decision text is squeezed (a long referral status, a
/// long item title). What is cut shows whole in the tooltip and in the detail pane.
int registerColumnWidth(RegisterModel::Column column, int contents, int charWidth);

} // namespace cercles::ui
