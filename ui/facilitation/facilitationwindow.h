#pragma once

#include "domain/meeting.h"
#include "presentationstate.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListView;
class QPushButton;
class QAction;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

class AgendaModel;
class ConsentPanel;
class ElectionPanel;
class ItemRecordPanel;
class PresentationWindow;
class ProposalForm;
class VotePanel;

/// The live facilitation screen of one meeting: the agenda on the left, the current item in the middle
/// (a consent item without a proposal shows the form that starts one; with one, the live consent panel; an
/// election item the election panel; a majority-judgment item the vote panel; information and discussion
/// items their title), and under it the item's record: outcome, notes, content, actions. It opens on the
/// first item not dealt with yet. The meeting is opened and closed explicitly (closing asks for
/// confirmation, Cancel being the default); every record is saved at once, shown by the "saved" indicator
/// with what was recorded, and undoable with Ctrl+Z until the meeting is closed. Undo is scoped: each agenda
/// item has its own undo stack, and Ctrl+Z (or Edit > Undo, which names the step) takes back the last record
/// of the item in front only, never a main-window edit nor another item's record. Closing clears every
/// stack, so that no undo reopens a final record. A presentation window for a projector follows it live.
class FacilitationWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Takes the document, the undo stack (the main window's) and the meeting.
    FacilitationWindow(Document& document, QUndoStack& stack, MeetingId meeting, QWidget* parent = nullptr);
    ~FacilitationWindow() override;

    MeetingId meeting() const { return m_meetingId; }
    /// Takes an agenda item; makes it the current item.
    void selectItem(AgendaItemId item);
    AgendaItemId currentItem() const { return m_currentItem; }
    /// Opens (or shows) the presentation window, full screen on a second screen when there is one.
    PresentationWindow* showPresentation();
    /// Opens the planned meeting (recording can start either way).
    void openMeeting();
    /// Asks for confirmation, then closes the meeting: its record becomes final and the undo stack is
    /// cleared (neither this window nor the main window can undo the close or what came before).
    void closeMeeting();
    /// Undoes the last record of the item in front (Ctrl+Z), unless the meeting is closed.
    void undo();
    void redo();
    /// The undo stack of the item in front (nullptr when no item is shown).
    QUndoStack* currentUndoStack() const;
    /// Edit > Undo: its text names the step it would undo.
    QAction* undoAction() const { return m_undoAction; }

    ConsentPanel* consentPanel() const { return m_panel; }
    ProposalForm* proposalForm() const { return m_form; }
    /// The election panel of the current item, or nullptr when the current item is not an election.
    ElectionPanel* electionPanel() const;
    /// The vote panel of the current item, or nullptr when it is not a majority-judgment vote.
    VotePanel* votePanel() const;
    /// The page shown for the current item (the notes label, the proposal form or one of the panels).
    QWidget* currentPage() const;
    /// The outcome, notes, content and actions of the item in front.
    ItemRecordPanel* recordPanel() const { return m_record; }
    QListView* agendaView() const { return m_agendaView; }
    QLabel* savedLabel() const { return m_saved; }
    QLabel* statusLabel() const { return m_status; }
    PresentationWindow* presentation() const;
    /// What the presentation screen shows for the item in front: its consent round, election or vote.
    PresentationState presentationState() const;

private:
    void refresh();
    void showCurrent();
    void onRecorded(const QDateTime& at, const QString& what = {});
    void showElection(const AgendaItem& item);
    void showVote(const AgendaItem& item);
    QUndoStack* stackFor(AgendaItemId item);
    void updateUndoActions();
    void updatePresentation();

    Document& m_document;
    QUndoStack& m_stack;
    MeetingId m_meetingId;
    Meeting m_meeting;
    AgendaItemId m_currentItem;

    AgendaModel* m_agenda;
    QListView* m_agendaView;
    QStackedWidget* m_pages;
    QLabel* m_itemInfo;
    ProposalForm* m_form;
    ConsentPanel* m_panel;
    ItemRecordPanel* m_record;
    // One panel at a time, made for the item it shows (the panels are bound to one item each).
    QPointer<ElectionPanel> m_election;
    AgendaItemId m_electionItem;
    QPointer<VotePanel> m_vote;
    AgendaItemId m_voteItem;
    QLabel* m_heading;
    QLabel* m_status;
    QLabel* m_saved;
    QPushButton* m_open;
    QPushButton* m_close;
    QPushButton* m_present;
    QPointer<PresentationWindow> m_presentation;
    QUndoGroup* m_undoGroup;
    QHash<AgendaItemId, QUndoStack*> m_itemStacks;
    QAction* m_undoAction;
    QAction* m_redoAction;
};

} // namespace cercles::ui
