#pragma once

#include "domain/consentprocess.h"
#include "domain/meeting.h"
#include "presentationstate.h"

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
/// keyboard-first recording. Every action is a RecordConsentEventCommand: saved before the key handler
/// returns, undoable until the meeting is closed.
///
/// Keys: N or Space (empty field) next speaker (in a questions or reactions round: the speaker passes);
/// Enter records the field (question, reaction, or the objection reason / concern asked for);
/// C / O / P (field not focused) or Ctrl+1 / Ctrl+2 / Ctrl+3 consent / objection / consent with concern,
/// the field's text being the reason or concern; Ctrl+Shift+Q, R, C start the clarifying questions,
/// reactions and consent rounds; Ctrl+Return closes the consent round; Ctrl+Shift+A amends;
/// Ctrl+Shift+I integrates an objection.
class ConsentPanel : public QWidget
{
    Q_OBJECT
public:
    ConsentPanel(Document& document, QUndoStack& stack, QWidget* parent = nullptr);

    /// Takes the meeting, the agenda item and its process; shows it.
    void setItem(const Meeting& meeting, const AgendaItem& item, ConsentProcessId process);
    /// Reloads the process from the file (after a record, an undo, a change elsewhere).
    void reload();

    ConsentProcessId processId() const { return m_processId; }
    /// The process as last loaded, if any.
    const std::optional<ConsentProcess>& process() const { return m_process; }
    /// Whose turn it is (invalid: nobody).
    PersonId currentSpeaker() const { return m_speaker; }
    /// Takes whether recording is allowed (false once the meeting is closed).
    void setRecordingAllowed(bool allowed);

    // The facilitator's actions; each records at most one event (amend: three, as one undo step) and shows
    // a refusal with the message hook.
    void nextSpeaker();
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

    QLabel* proposalLabel() const { return m_proposal; }
    QLabel* phaseLabel() const { return m_phase; }
    QLabel* speakerLabel() const { return m_speakerLabel; }
    QLabel* timerLabel() const { return m_timerLabel; }
    QLabel* hintLabel() const { return m_hint; }
    QLineEdit* field() const { return m_field; }
    QListView* participantsView() const { return m_participantsView; }
    ParticipantsModel* participants() const { return m_participants; }
    SpeakingTimer* timer() const { return m_timer; }
    QSpinBox* timerLimitSpin() const { return m_limit; }

signals:
    /// Emitted after every successful record, with the time it was saved (UTC).
    void recorded(const QDateTime& at);
    /// Emitted whenever what the presentation screen shows changes (and on every timer tick).
    void presentationChanged(const cercles::ui::PresentationState& state);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Awaiting
    {
        Nothing,
        ObjectionReason,
        Concern
    };

    bool record(const ConsentEvent& event);
    QList<PersonId> attendance() const;
    QString nameOf(PersonId person) const;
    void chooseSpeaker();
    void setSpeaker(PersonId person);
    void updateView();
    void updateTimer();
    void updateButtons();
    void focusForPhase();
    void setAwaiting(Awaiting awaiting);
    void respond(bool objection, bool concern);
    QPushButton* addButton(const QString& text, const QKeySequence& key, void (ConsentPanel::*action)());

    Document& m_document;
    QUndoStack& m_stack;
    Meeting m_meeting;
    AgendaItem m_item;
    ConsentProcessId m_processId;
    std::optional<ConsentProcess> m_process;
    PersonId m_speaker;
    Awaiting m_awaiting = Awaiting::Nothing;
    bool m_recordingAllowed = true;
    qint64 m_lastRecordNs = 0;

    QLabel* m_title;
    QLabel* m_phase;
    QLabel* m_proposal;
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
    QPushButton* m_next;
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
