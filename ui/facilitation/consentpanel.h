#pragma once

#include "domain/consentprocess.h"
#include "domain/meeting.h"
#include "presentationstate.h"
#include "services/consentroundcontroller.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace cercles {
class Document;
}

namespace cercles::ui {

class ParticipantsModel;
class SpeakingTimer;

/// The live consent process of one agenda item (processes.md sections 1 and 2): the proposal in large type,
/// the step, the participants in speaking order with the current speaker highlighted and their timer, and
/// keyboard-first recording. The round's logic is a ConsentRoundController: this panel only shows it and
/// forwards commands. Every record is a RecordConsentEventCommand: saved before the key handler returns,
/// undoable until the meeting is closed, and confirmed on the panel with the person and the answer.
///
/// Keys (no key without Ctrl ever records, so typing in the field is always safe): Enter records the
/// field as the speaker's question or reaction; Ctrl+1 / Ctrl+2 / Ctrl+3 consent / objection (the field
/// is the reason) / consent with a concern (the field is the concern); Ctrl+Down next speaker (in a
/// questions or reactions round: the speaker passes), Ctrl+Up previous speaker; a click on a participant
/// makes them the speaker (to change an answer while the round is open); Ctrl+Shift+Q, R, C start the
/// clarifying questions, reactions and consent rounds; Ctrl+Return closes the consent round;
/// Ctrl+Shift+A amends; Ctrl+Shift+I integrates an objection. After every command the keyboard focus is
/// in the field; a refused command keeps the field's text.
class ConsentPanel : public QWidget
{
    Q_OBJECT
public:
    ConsentPanel(Document& document, QUndoStack& stack, QWidget* parent = nullptr);

    /// Takes the meeting, the agenda item and its process; shows it.
    void setItem(const Meeting& meeting, const AgendaItem& item, ConsentProcessId process);
    /// Reloads the process from the file (after a record, an undo, a change elsewhere).
    void reload();

    ConsentProcessId processId() const { return m_round.processId(); }
    /// The process as last loaded, if any.
    const std::optional<ConsentProcess>& process() const { return m_round.process(); }
    /// Whose turn it is (invalid: nobody).
    PersonId currentSpeaker() const { return m_round.speaker(); }
    /// The round's logic this panel shows.
    const ConsentRoundController& round() const { return m_round; }
    /// Takes a participant; makes them the speaker (as a click on their name does).
    bool selectParticipant(PersonId person);
    /// Takes what an undo took back, or a redo recorded again (the undo history's words); says it where the
    /// last record was said, so that the panel never shows as recorded what was just undone.
    void sayUndone(const QString& what);
    void sayRedone(const QString& what);
    /// Takes whether recording is allowed (false once the meeting is closed).
    void setRecordingAllowed(bool allowed);
    /// Takes the undo stack of the item shown (must outlive the panel or be replaced first).
    void setUndoStack(QUndoStack* stack) { m_stack = stack; }

    // The facilitator's actions; each records at most one event (amend: three, as one undo step) and shows
    // a refusal with the message hook.
    void nextSpeaker();
    void previousSpeaker();
    void recordField();
    void recordConsent();
    void recordObjection();
    void recordConcern();
    void startClarifyingRound();
    void startReactionsRound();
    void startConsentRound();
    void closeRound();
    void amend();
    void integrate();
    void withdraw();
    void defer();
    void referToParent();
    void lateResponse();

    /// What the presentation screen shows now.
    PresentationState presentationState() const;
    /// How long the last record took, from the key handler to the service's return, in nanoseconds.
    qint64 lastRecordNanoseconds() const { return m_lastRecordNs; }

    /// What an earlier meeting said of a proposal taken up again (where it comes from, the reason, the
    /// questions and reactions then), then the earlier versions with their rounds and objections (hidden
    /// when there is nothing of either).
    QLabel* historyLabel() const { return m_history; }
    QLabel* proposalLabel() const { return m_proposal; }
    QLabel* phaseLabel() const { return m_phase; }
    QLabel* speakerLabel() const { return m_speakerLabel; }
    QLabel* timerLabel() const { return m_timerLabel; }
    QLabel* hintLabel() const { return m_hint; }
    /// What the last command did: the confirmation with the person and the answer, or the refusal.
    QLabel* confirmationLabel() const { return m_confirmation; }
    QLineEdit* field() const { return m_field; }
    QListView* participantsView() const { return m_participantsView; }
    ParticipantsModel* participants() const { return m_participants; }
    SpeakingTimer* timer() const { return m_timer; }
    QSpinBox* timerLimitSpin() const { return m_limit; }

signals:
    /// Emitted after every successful record, with the time it was saved (UTC) and what was recorded.
    void recorded(const QDateTime& at, const QString& what);
    /// Emitted whenever what the presentation screen shows changes (and on every timer tick).
    void presentationChanged(const cercles::ui::PresentationState& state);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run(RoundCommand command);
    void show(const RoundOutcome& outcome);
    void recordEvent(const ConsentEvent& event, const QString& confirmation);
    QList<PersonId> attendance() const;
    QString nameOf(PersonId person) const;
    /// Takes a process; returns what an earlier meeting said of the proposal it continues (empty if none).
    QString earlierText(ConsentProcessId process) const;
    void syncTimer();
    void updateView();
    void updateTimer();
    void updateButtons();
    void focusField();
    QPushButton* addButton(const QString& text, const QKeySequence& key, void (ConsentPanel::*action)());

    Document& m_document;
    QUndoStack* m_stack;
    Meeting m_meeting;
    AgendaItem m_item;
    ConsentRoundController m_round;
    PersonId m_timedSpeaker; ///< whose speaking time the timer counts
    qint64 m_lastRecordNs = 0;
    QString m_earlier; ///< what was said of the proposal in the meeting that deferred or referred it

    QLabel* m_title;
    QLabel* m_phase;
    QLabel* m_proposal;
    QLabel* m_history;
    QLabel* m_details;
    ParticipantsModel* m_participants;
    QListView* m_participantsView;
    QLabel* m_speakerLabel;
    QLabel* m_timerLabel;
    QSpinBox* m_limit;
    SpeakingTimer* m_timer;
    QLabel* m_fieldLabel;
    QLineEdit* m_field;
    QLabel* m_hint;
    QLabel* m_confirmation;
    QPushButton* m_next;
    QPushButton* m_previous;
    QPushButton* m_consent;
    QPushButton* m_objection;
    QPushButton* m_concern;
    QPushButton* m_clarifying;
    QPushButton* m_reactions;
    QPushButton* m_consentRound;
    QPushButton* m_close;
    QPushButton* m_amend;
    QPushButton* m_integrate;
    QPushButton* m_withdraw;
    QPushButton* m_defer;
    QPushButton* m_refer;
    QPushButton* m_late;
};

} // namespace cercles::ui
