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

class BacklogModel;

/// A circle's backlog (points reportés) with "Take up into this meeting" for the selected meeting.
class BacklogPanel : public QWidget
{
    Q_OBJECT
public:
    BacklogPanel(Document& document, QUndoStack& stack, QWidget* parent = nullptr);

    /// Takes a circle; shows its backlog.
    void setCircle(CircleId circle);
    /// Takes the meeting that items are taken up into (invalid: none).
    void setMeeting(MeetingId meeting);
    /// Takes a row; takes that item up into the meeting. Returns the new agenda item (invalid on failure,
    /// the reason shown).
    AgendaItemId takeUp(int row);
    void setEditable(bool editable);

    QTableView* view() const { return m_view; }
    BacklogModel* model() const { return m_model; }

signals:
    /// Emitted after an item was taken up, with its new agenda item.
    void takenUp(cercles::AgendaItemId item);

private:
    void updateButtons();

    Document& m_document;
    QUndoStack& m_stack;
    MeetingId m_meeting;
    bool m_editable = true;
    BacklogModel* m_model;
    QTableView* m_view;
    QPushButton* m_takeUp;
};

} // namespace cercles::ui
