#pragma once

#include "domain/ids.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

class AgendaModel;

/// A meeting's agenda with its edits, while the meeting is not closed: add an item, edit its title or kind
/// (the kind only while nothing is recorded on it), remove one, move it up or down (also Alt+Up and
/// Alt+Down), defer it to the backlog, add the action follow-up (suivi des actions). Every edit is an undo
/// command on the given stack.
class AgendaEditor : public QWidget
{
    Q_OBJECT
public:
    AgendaEditor(Document& document, QUndoStack& stack, QWidget* parent = nullptr);

    /// Takes a meeting (invalid: nothing to edit); shows its agenda.
    void setMeeting(MeetingId meeting);
    MeetingId meeting() const;
    /// Takes whether the file can be changed.
    void setEditable(bool editable);

    /// Opens the dialog that adds an item after the selected one (or last).
    void addItem();
    /// Asks for the selected item's new title and kind, then stores them.
    void editSelected();
    /// Adds, first on the agenda, an information item listing the circle's open actions.
    void addActionFollowUp();
    /// Takes a step (-1 up, +1 down); moves the selected item.
    void moveSelected(int step);
    /// Defers the selected item to the circle's backlog.
    void deferSelected();
    /// Removes the selected item (refused when a proposal is recorded on it).
    void removeSelected();
    /// Takes an item; selects it.
    void select(AgendaItemId item);
    AgendaItemId selectedItem() const;

    QTableView* view() const { return m_view; }
    AgendaModel* model() const { return m_model; }

private:
    void updateButtons();

    Document& m_document;
    QUndoStack& m_stack;
    bool m_editable = true;
    AgendaModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_defer;
    QPushButton* m_edit;
    QPushButton* m_followUp;
};

} // namespace cercles::ui
