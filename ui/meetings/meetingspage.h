#pragma once

#include "domain/ids.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

class AgendaEditor;
class BacklogPanel;
class FacilitationWindow;
class MeetingsModel;

/// A circle's meetings, for the main window: the list (date and local time in each meeting's zone, place,
/// status) with New meeting, Edit and Open facilitation; below it the selected meeting's agenda editor and
/// the circle's backlog. Every edit is an undo command on the stack it is given (the main window's).
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    MeetingsPage(Document& document, QUndoStack& stack, QWidget* parent = nullptr);
    /// Closes the facilitation screen it opened: that screen works on this page's document.
    ~MeetingsPage() override;

    /// Takes a circle (invalid: an empty page); shows its meetings and backlog.
    void setCircle(CircleId circle);
    CircleId circle() const { return m_circle; }
    /// Takes whether the file can be changed; enables or disables the edits.
    void setEditable(bool editable);

    /// Opens the dialog for a new meeting of the circle (today 18:00, system time zone).
    void newMeeting();
    /// Opens the dialog on the selected meeting.
    void editMeeting();
    /// Opens the facilitation screen on the selected meeting (or raises it). Returns it, or nullptr.
    FacilitationWindow* openFacilitation();
    /// Takes a meeting; selects it.
    void selectMeeting(MeetingId meeting);
    MeetingId selectedMeeting() const;

    QTableView* meetingsView() const { return m_view; }
    MeetingsModel* meetingsModel() const { return m_model; }
    AgendaEditor* agendaEditor() const { return m_agenda; }
    BacklogPanel* backlogPanel() const { return m_backlog; }

private:
    void onSelection();

    Document& m_document;
    QUndoStack& m_stack;
    CircleId m_circle;
    bool m_editable = true;
    QLabel* m_title;
    MeetingsModel* m_model;
    QTableView* m_view;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_facilitate;
    AgendaEditor* m_agenda;
    BacklogPanel* m_backlog;
    QPointer<FacilitationWindow> m_facilitation;
};

} // namespace cercles::ui
