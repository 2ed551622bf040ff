#pragma once

#include "domain/election.h"
#include "domain/ids.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

/// An election without candidates run live (processes.md section 3), for an election agenda item: the role,
/// term and qualifications; the written nominations, one participant after the other (the names stay hidden
/// until the nomination round); the nomination round and the change round, each participant in turn; the
/// facilitator's proposal with the nominations counted; the consent round with the nominee last; integration
/// by changing the term or the role, or another proposal. Return records the current participant's turn and
/// moves to the next one. The facilitation screen embeds it.
class ElectionPanel : public QWidget
{
    Q_OBJECT
public:
    /// Takes the open document and an election agenda item (both must outlive the panel).
    ElectionPanel(Document& document, AgendaItemId item, QWidget* parent = nullptr);

    /// Takes the undo stack its records go to (nullptr: records are not undoable with Ctrl+Z; the panel's
    /// own "undo the last record" button still works). Must outlive the panel.
    void setUndoStack(QUndoStack* stack) { m_stack = stack; }
    /// Undoes the panel's last record (Ctrl+Z on the facilitation screen, or the panel's button).
    void undo();
    /// Reloads the election from the file and shows its current step.
    void refresh();
    /// The election as last loaded (std::nullopt before it starts).
    const std::optional<Election>& election() const { return m_election; }

    // The parts tests and screenshots drive.
    QLineEdit* roleEdit() const { return m_roleName; }
    QPushButton* startButton() const { return m_start; }
    QDateEdit* termStartEdit() const { return m_termStart; }
    QDateEdit* termEndEdit() const { return m_termEnd; }
    QPlainTextEdit* qualificationsEdit() const { return m_qualifications; }
    QComboBox* personCombo() const { return m_person; }
    QLineEdit* textEdit() const { return m_text; }
    QPushButton* recordButton() const { return m_record; }
    QPushButton* nextStepButton() const { return m_nextStep; }
    QPushButton* proposeButton() const { return m_propose; }
    QPushButton* consentButton() const { return m_consent; }
    QPushButton* objectButton() const { return m_object; }
    QListWidget* log() const { return m_log; }
    QLabel* promptLabel() const { return m_prompt; }
    QLabel* errorLabel() const { return m_error; }

private:
    QWidget* buildSetupPage();
    QWidget* buildLivePage();
    void start();
    void record(const ElectionEvent& event);
    void recordTurn();
    void nextStep();
    void propose();
    void answer(bool objection);
    void changeTerm();
    void changeRole();
    void cancelElection();
    void fillLog();
    void updateControls();
    void fillPersonCombo(const QList<PersonId>& people, PersonId selected);
    QString nameOf(PersonId person) const;
    PersonId currentParticipant() const;
    void showError(const QString& message);

    QUndoStack* m_stack = nullptr;
    Document& m_document;
    AgendaItemId m_item;
    ElectionId m_id;
    std::optional<Election> m_election;

    QStackedWidget* m_pages;
    QLabel* m_error;
    // Setup
    QLineEdit* m_roleName;
    QPlainTextEdit* m_roleDescription;
    QDateEdit* m_termStart;
    QDateEdit* m_termEnd;
    QPlainTextEdit* m_qualifications;
    QPushButton* m_start;
    // Live
    QLabel* m_summary;
    QLabel* m_step;
    QListWidget* m_log;
    QLabel* m_prompt;
    QComboBox* m_person;
    QLineEdit* m_text;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_newRole;
    QPushButton* m_open;
    QPushButton* m_record;
    QPushButton* m_nextStep;
    QPushButton* m_propose;
    QPushButton* m_consent;
    QPushButton* m_object;
    QPushButton* m_term;
    QPushButton* m_role;
    QPushButton* m_undo;
    QPushButton* m_cancel;
};

} // namespace cercles::ui
