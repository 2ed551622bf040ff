#include "consentpanel.h"

#include "common/settings.h"

#include "amenddialog.h"
#include "common/messages.h"
#include "common/plainlabel.h"
#include "domain/scopecheck.h"
#include "integrationdialog.h"
#include "lateresponsedialog.h"
#include "meetings/commands/recordconsenteventcommand.h"
#include "participantsmodel.h"
#include "proposalhistory.h"
#include "services/document.h"
#include "speakingtimer.h"
#include "storage/meetingrepository.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
void scaleFont(QWidget* widget, qreal factor, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}
} // namespace

ConsentPanel::ConsentPanel(Document& document, QUndoStack& stack, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(&stack),
      m_round(document.consent(), document.organisation())
{
    // Every record goes through the undo stack, so that Ctrl+Z takes it back.
    m_round.setRecorder([this](ConsentProcessId process, const ConsentEvent& event) {
        return RecordConsentEventCommand::tryPush(*m_stack, m_document.consent(), process, event,
                                                  m_round.describe(event));
    });
    m_title = plainLabel(this);
    scaleFont(m_title, 1.4, true);
    m_phase = plainLabel(this);
    m_phase->setAccessibleName(tr("Step of the process"));
    scaleFont(m_phase, 1.8, true);
    m_phase->setStyleSheet(QStringLiteral("color: #1e3a8a;"));
    m_proposal = plainLabel(this);
    m_proposal->setAccessibleName(tr("Proposal"));
    m_proposal->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    scaleFont(m_proposal, 2.4);
    m_proposal->setStyleSheet(QStringLiteral("QLabel { background: white; color: #111; padding: 12px; }"));
    // Earlier versions, their rounds and objections, under the proposal in the same scrolling box.
    m_history = plainLabel(this);
    m_history->setAccessibleName(tr("History of the proposal"));
    m_history->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_history->setStyleSheet(QStringLiteral("QLabel { background: white; color: #374151; padding: 12px; }"));
    auto* proposalBox = new QWidget(this);
    auto* proposalLayout = new QVBoxLayout(proposalBox);
    proposalLayout->setContentsMargins(0, 0, 0, 0);
    proposalLayout->setSpacing(0);
    proposalLayout->addWidget(m_proposal, 1);
    proposalLayout->addWidget(m_history);
    auto* proposalScroll = new QScrollArea(this);
    proposalScroll->setWidgetResizable(true);
    proposalScroll->setWidget(proposalBox);
    proposalScroll->setFrameShape(QFrame::NoFrame);
    m_details = plainLabel(this);
    m_details->setAccessibleName(tr("Driver, responsible, review date and scope"));

    m_participants = new ParticipantsModel(this);
    m_participantsView = new QListView(this);
    m_participantsView->setAccessibleName(tr("Participants in speaking order"));
    m_participantsView->setModel(m_participants);
    m_participantsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participantsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_participantsView->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the field
    m_participantsView->setToolTip(
        tr("Click a participant to give them the turn, e.g. to change their answer"));
    connect(m_participantsView, &QListView::clicked, this, [this](const QModelIndex& index) {
        selectParticipant(index.data(ParticipantsModel::PersonRole).value<PersonId>());
    });
    scaleFont(m_participantsView, 1.5);
    m_speakerLabel = plainLabel(this);
    m_speakerLabel->setAccessibleName(tr("Current speaker"));
    scaleFont(m_speakerLabel, 1.8, true);
    m_timer = new SpeakingTimer(this);
    m_timerLabel = plainLabel(this);
    m_timerLabel->setAccessibleName(tr("Speaking time"));
    m_timerLabel->setAlignment(Qt::AlignCenter);
    scaleFont(m_timerLabel, 2.6, true);
    m_limit = new QSpinBox(this);
    m_limit->setAccessibleName(tr("Time per speaker, in seconds"));
    m_limit->setRange(5, 1800);
    m_limit->setSingleStep(15);
    m_timer->setLimit(settings::get(settings::speakingTimerSeconds));
    m_limit->setValue(m_timer->limit());
    m_limit->setSuffix(tr(" s"));
    connect(m_limit, &QSpinBox::valueChanged, m_timer, &SpeakingTimer::setLimit);
    // The facilitator's choice is the default for the next meeting.
    connect(m_limit, &QSpinBox::valueChanged, this,
            [](int seconds) { settings::set(settings::speakingTimerSeconds, seconds); });
    connect(m_timer, &SpeakingTimer::tick, this, &ConsentPanel::updateTimer);

    m_fieldLabel = plainLabel(this);
    m_field = new QLineEdit(this);
    m_field->setAccessibleName(tr("Question, reaction, objection reason or concern"));
    m_field->setClearButtonEnabled(true);
    m_field->setMaxLength(2000);
    scaleFont(m_field, 1.4);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this, &ConsentPanel::recordField);
    m_hint = plainLabel(this);
    m_hint->setAccessibleName(tr("Hint"));
    m_hint->setStyleSheet(QStringLiteral("color: #444;"));
    m_confirmation = plainLabel(this);
    m_confirmation->setAccessibleName(tr("Last record"));
    scaleFont(m_confirmation, 1.2, true);

    // Only Ctrl shortcuts record: a bare letter always types into the field (issue 9, phantom answers).
    m_next = addButton(tr("Next speaker  [Ctrl+Down]"), QKeySequence(Qt::CTRL | Qt::Key_Down),
                       &ConsentPanel::nextSpeaker);
    m_previous = addButton(tr("Previous speaker  [Ctrl+Up]"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                           &ConsentPanel::previousSpeaker);
    m_consent =
        addButton(tr("Consent  [Ctrl+1]"), QKeySequence(Qt::CTRL | Qt::Key_1), &ConsentPanel::recordConsent);
    m_objection = addButton(tr("Objection  [Ctrl+2]"), QKeySequence(Qt::CTRL | Qt::Key_2),
                            &ConsentPanel::recordObjection);
    m_concern =
        addButton(tr("Concern  [Ctrl+3]"), QKeySequence(Qt::CTRL | Qt::Key_3), &ConsentPanel::recordConcern);
    m_consent->setStyleSheet(QStringLiteral("QPushButton:enabled { color: #14532d; font-weight: bold; }"));
    m_objection->setStyleSheet(QStringLiteral("QPushButton:enabled { color: #991b1b; font-weight: bold; }"));
    m_clarifying =
        addButton(tr("Clarifying questions  [Ctrl+Shift+Q]"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                  &ConsentPanel::startClarifyingRound);
    m_reactions = addButton(tr("Reactions  [Ctrl+Shift+R]"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            &ConsentPanel::startReactionsRound);
    m_consentRound =
        addButton(tr("Consent round  [Ctrl+Shift+C]"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                  &ConsentPanel::startConsentRound);
    m_close = addButton(tr("Close the round  [Ctrl+Enter]"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                        &ConsentPanel::closeRound);
    m_amend = addButton(tr("Amend…  [Ctrl+Shift+A]"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                        &ConsentPanel::amend);
    m_integrate = addButton(tr("Integrate objection…  [Ctrl+Shift+I]"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &ConsentPanel::integrate);
    m_withdraw = addButton(tr("Withdraw…"), {}, &ConsentPanel::withdraw);
    m_defer = addButton(tr("Defer…"), {}, &ConsentPanel::defer);
    m_refer = addButton(tr("Refer to parent circle…"), {}, &ConsentPanel::referToParent);
    m_late = addButton(tr("Response after the meeting…"), {}, &ConsentPanel::lateResponse);

    // Layout: the proposal in the middle, the round on the right, the recording bar below.
    auto* left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_phase);
    left->addWidget(proposalScroll, 1);
    left->addWidget(m_details);
    auto* timerRow = new QHBoxLayout;
    timerRow->addWidget(new QLabel(tr("Time per speaker:"), this));
    timerRow->addWidget(m_limit);
    auto* right = new QVBoxLayout;
    right->addWidget(m_speakerLabel);
    right->addWidget(m_timerLabel);
    right->addLayout(timerRow);
    right->addWidget(m_participantsView, 1);
    right->addWidget(m_previous);
    right->addWidget(m_next);
    auto* top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addLayout(right, 2);
    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_fieldLabel);
    fieldRow->addWidget(m_field, 1);
    auto* responses = new QHBoxLayout;
    for (QPushButton* b : {m_consent, m_objection, m_concern})
        responses->addWidget(b);
    // Three columns, so that the panel fits a 1024 px wide screen next to the agenda (issue 9).
    auto* steps = new QGridLayout;
    const QList<QPushButton*> stepButtons{m_clarifying, m_reactions, m_consentRound, m_close, m_amend,
                                          m_integrate,  m_withdraw,  m_defer,        m_refer, m_late};
    for (qsizetype i = 0; i < stepButtons.size(); ++i)
        steps->addWidget(stepButtons[i], int(i / 3), int(i % 3));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(fieldRow);
    layout->addLayout(responses);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_hint);
    layout->addLayout(steps);
    // Labels never take the keyboard: what is typed always lands in the field.
    for (QLabel* label : findChildren<QLabel*>())
        label->setFocusPolicy(Qt::NoFocus);
    proposalScroll->setFocusPolicy(Qt::NoFocus);
    // The proposal and the participants scroll: on a 600 px high screen they give way to the buttons.
    // (Ignored: their own size hint does not count, they take the room that is left.)
    proposalScroll->setMinimumHeight(80);
    proposalScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_participantsView->setMinimumHeight(80);
    m_participantsView->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
}

QPushButton* ConsentPanel::addButton(const QString& text, const QKeySequence& key,
                                     void (ConsentPanel::*action)())
{
    auto* button = new QPushButton(text, this);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).section(QStringLiteral("  ["), 0, 0));
    button->setFocusPolicy(Qt::TabFocus);
    connect(button, &QPushButton::clicked, this, action);
    if (!key.isEmpty()) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }
    return button;
}

void ConsentPanel::setItem(const Meeting& meeting, const AgendaItem& item, ConsentProcessId process)
{
    const bool changed = process != m_round.processId();
    m_meeting = meeting;
    m_item = item;
    if (changed) {
        m_field->setText(QString());
        m_confirmation->clear();
        m_earlier = earlierText(process);
    }
    m_round.setProcess(process, attendance());
    syncTimer();
    updateView();
    if (changed)
        focusField();
}

void ConsentPanel::setRecordingAllowed(bool allowed)
{
    m_round.setRecordingAllowed(allowed);
    updateButtons();
}

void ConsentPanel::reload()
{
    m_round.reload();
    syncTimer();
    updateView();
}

QString ConsentPanel::earlierText(ConsentProcessId process) const
{
    // A proposal taken up again (deferred here, or referred by a sub-circle) shows what was said then, as the
    // minutes do (issue 10). Read once per process: the earlier log does not change any more.
    if (!process.isValid())
        return {};
    Result<ConsentRepository::StoredProcess> stored = m_document.consent().stored(process);
    if (!stored || !stored->referredFrom.isValid())
        return {};
    Result<ConsentProcess> earlier = m_document.consent().process(stored->referredFrom);
    Result<ConsentRepository::StoredProcess> earlierStored =
        m_document.consent().stored(stored->referredFrom);
    if (!earlier || !earlierStored)
        return {};
    QDate date;
    if (Result<AgendaItem> item = MeetingRepository::loadAgendaItem(m_document.database().connection(),
                                                                    earlierStored->agendaItem)) {
        if (Result<Meeting> meeting = m_document.meetings().meeting(item->meeting))
            date = meeting->localDate();
    }
    return earlierProposalText(
        earlierProposal(*earlier, m_document.organisation().organisation(), stored->setup.circle, date));
}

QString ConsentPanel::nameOf(PersonId person) const
{
    return m_round.nameOf(person);
}

QList<PersonId> ConsentPanel::attendance() const
{
    // Seating order is the attendance order; guests speak in the rounds but have no consent right.
    QList<PersonId> result;
    for (const Attendance& a : m_meeting.attendance) {
        if (a.status == AttendanceStatus::Present || a.status == AttendanceStatus::Guest)
            result << a.person;
    }
    return result;
}

void ConsentPanel::syncTimer()
{
    const PersonId speaker = m_round.speaker();
    if (speaker == m_timedSpeaker && (m_timer->isRunning() || !speaker.isValid()))
        return;
    m_timedSpeaker = speaker;
    if (speaker.isValid())
        m_timer->restart();
    else
        m_timer->stop();
}

bool ConsentPanel::selectParticipant(PersonId person)
{
    const bool selected = m_round.select(person);
    if (selected)
        m_confirmation->setText(tr("Turn: %1").arg(nameOf(person)));
    else if (person.isValid())
        m_confirmation->setText(tr("%1 cannot take the turn now.").arg(nameOf(person)));
    m_confirmation->setStyleSheet(QStringLiteral("color: #1e3a8a;"));
    syncTimer();
    updateView();
    focusField();
    return selected;
}

void ConsentPanel::updateView()
{
    const Organisation& org = m_document.organisation().organisation();
    m_title->setText(m_item.title);
    const std::optional<ConsentProcess>& process = m_round.process();
    const PersonId speaker = m_round.speaker();
    m_participants->setRound(&org, process ? &*process : nullptr, speaker);
    if (!process) {
        m_phase->clear();
        m_proposal->clear();
        m_history->clear();
        m_history->hide();
        m_details->clear();
        updateButtons();
        emit presentationChanged(presentationState());
        return;
    }
    const ConsentProcess& p = *process;
    const PresentationState state = presentationState();
    m_phase->setText(state.phase + QStringLiteral(" — ") + state.version);
    m_proposal->setText(p.currentVersion().text);
    const QString history = proposalHistoryText(p, org);
    m_history->setText(m_earlier.isEmpty() || history.isEmpty()
                           ? m_earlier + history
                           : m_earlier + QStringLiteral("\n\n") + history);
    m_history->setVisible(!m_history->text().isEmpty());
    const Proposal& proposal = p.setup().proposal;
    QStringList details;
    if (!proposal.driver.isEmpty())
        details << tr("Driver: %1").arg(proposal.driver);
    if (proposal.responsible.isValid())
        details << tr("Responsible: %1").arg(nameOf(proposal.responsible));
    if (p.setup().personConcerned.isValid())
        details << tr("Person concerned: %1").arg(nameOf(p.setup().personConcerned));
    if (const Circle* circle = org.circle(p.setup().circle)) {
        for (const ScopeItem& scope : circle->scope) {
            if (scope.id == proposal.scopeItem)
                details << tr("Scope: %1").arg(scope.text);
        }
    }
    for (const QString& indicator : p.currentVersion().indicators)
        details << tr("Indicator: %1").arg(indicator);
    m_details->setText(details.join(QLatin1Char('\n')));
    m_speakerLabel->setText(speaker.isValid() ? tr("Turn: %1").arg(nameOf(speaker)) : QString());

    switch (p.phase()) {
    case ConsentPhase::ClarifyingQuestions:
        m_fieldLabel->setText(tr("Question:"));
        m_field->setPlaceholderText(tr("Type the question, Enter records it; Ctrl+Down: the speaker passes"));
        break;
    case ConsentPhase::Reactions:
        m_fieldLabel->setText(tr("Reaction:"));
        m_field->setPlaceholderText(tr("Type the reaction, Enter records it; Ctrl+Down: the speaker passes"));
        break;
    case ConsentPhase::ConsentRound:
        m_fieldLabel->setText(tr("Reason / concern:"));
        m_field->setPlaceholderText(
            tr("Ctrl+1 consent; type the reason then Ctrl+2 objection, or the concern then Ctrl+3"));
        break;
    default:
        m_fieldLabel->setText(tr("Note:"));
        m_field->setPlaceholderText(tr("Why (for a withdrawal, deferral or referral)"));
        break;
    }
    if (p.phase() == ConsentPhase::ConsentRound && p.awaitedPresent().isEmpty())
        m_hint->setText(tr("Everyone present has answered: close the round (Ctrl+Enter), or click a "
                           "participant who changes their answer."));
    else if (p.phase() == ConsentPhase::IntegratingObjections && !p.objectionsToIntegrate().isEmpty())
        m_hint->setText(tr("%n objection(s) to integrate (Ctrl+Shift+I).", nullptr,
                           int(p.objectionsToIntegrate().size())));
    else if (p.phase() == ConsentPhase::IntegratingObjections)
        m_hint->setText(tr("All objections integrated: start a new consent round (Ctrl+Shift+C)."));
    else if (p.phase() == ConsentPhase::Pending)
        m_hint->setText(tr("Waiting for: %1").arg([&] {
            QStringList names;
            for (PersonId person : p.awaitedAbsent())
                names << nameOf(person);
            return names.join(QStringLiteral(", "));
        }()));
    else
        m_hint->clear();
    updateButtons();
    updateTimer();
}

void ConsentPanel::updateTimer()
{
    const bool speaking = m_round.speaker().isValid();
    m_timerLabel->setText(speaking ? m_timer->text() : QString());
    m_timerLabel->setVisible(speaking);
    m_timerLabel->setStyleSheet(m_timer->isOver() && speaking
                                    ? QStringLiteral("QLabel { background: #b91c1c; color: white; }")
                                    : QStringLiteral("QLabel { background: #e5e7eb; color: #111; }"));
    emit presentationChanged(presentationState());
}

void ConsentPanel::updateButtons()
{
    const std::optional<ConsentProcess>& process = m_round.process();
    const bool can = m_round.recordingAllowed() && process.has_value();
    const ConsentPhase phase = process ? process->phase() : ConsentPhase::Presentation;
    auto allows = [&](RoundCommand command) { return m_round.check(command).ok(); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto engineAllows = [&](const ConsentEvent& event) { return can && process->check(event).ok(); };
    m_next->setEnabled(allows(RoundCommand::NextSpeaker));
    m_previous->setEnabled(allows(RoundCommand::PreviousSpeaker));
    const bool answering = can && phase == ConsentPhase::ConsentRound && m_round.speaker().isValid();
    m_consent->setEnabled(answering);
    m_objection->setEnabled(answering);
    m_concern->setEnabled(answering);
    m_clarifying->setEnabled(allows(RoundCommand::StartClarifying));
    m_reactions->setEnabled(allows(RoundCommand::StartReactions));
    m_consentRound->setEnabled(allows(RoundCommand::StartConsentRound));
    m_close->setEnabled(allows(RoundCommand::CloseRound));
    m_amend->setEnabled(
        can && (engineAllows(ConsentEvent::amendmentStart(now)) || phase == ConsentPhase::Amendment));
    m_integrate->setEnabled(can && phase == ConsentPhase::IntegratingObjections &&
                            !process->objectionsToIntegrate().isEmpty());
    m_withdraw->setEnabled(engineAllows(ConsentEvent::withdrawal(now)));
    m_defer->setEnabled(engineAllows(ConsentEvent::deferral(now)));
    // The root circle has no parent: it is never offered a referral.
    const Circle* circle =
        process ? m_document.organisation().organisation().circle(process->setup().circle) : nullptr;
    m_refer->setEnabled(engineAllows(ConsentEvent::withdrawal(now)) && circle && circle->parent.isValid());
    // Late responses may arrive after the meeting is closed.
    m_late->setEnabled(process && phase == ConsentPhase::Pending && !process->awaitedAbsent().isEmpty());
    m_field->setEnabled(can && !isFinal(phase));
}

void ConsentPanel::focusField()
{
    // One place, always: the field. No key without Ctrl records, so whatever is typed next lands there.
    if (m_field->isEnabled())
        m_field->setFocus();
}

void ConsentPanel::show(const RoundOutcome& outcome)
{
    m_confirmation->setText(outcome.message);
    m_confirmation->setStyleSheet(outcome.recorded ? QStringLiteral("color: #166534;")
                                                   : QStringLiteral("color: #991b1b;"));
    if (outcome.recorded && outcome.textUsed)
        m_field->setText(QString()); // also empties the field's own undo history
    syncTimer();
    updateView();
    focusField();
    if (outcome.recorded)
        emit recorded(QDateTime::currentDateTimeUtc(),
                      outcome.what.isEmpty() ? outcome.message : outcome.what);
}

void ConsentPanel::sayUndone(const QString& what)
{
    m_confirmation->setText(tr("Undone: %1").arg(what));
    m_confirmation->setStyleSheet(QStringLiteral("color: #1e3a8a;"));
}

void ConsentPanel::sayRedone(const QString& what)
{
    m_confirmation->setText(tr("Recorded again: %1").arg(what));
    m_confirmation->setStyleSheet(QStringLiteral("color: #166534;"));
}

void ConsentPanel::run(RoundCommand command)
{
    QElapsedTimer timing;
    timing.start();
    const RoundOutcome outcome = m_round.run(command, m_field->text());
    m_lastRecordNs = timing.nsecsElapsed();
    show(outcome);
}

void ConsentPanel::recordEvent(const ConsentEvent& event, const QString& confirmation)
{
    show(m_round.recordEvent(event, confirmation));
}

void ConsentPanel::nextSpeaker()
{
    run(RoundCommand::NextSpeaker);
}

void ConsentPanel::previousSpeaker()
{
    run(RoundCommand::PreviousSpeaker);
}

void ConsentPanel::recordField()
{
    run(RoundCommand::RecordText);
}

void ConsentPanel::recordConsent()
{
    run(RoundCommand::Consent);
}

void ConsentPanel::recordObjection()
{
    run(RoundCommand::Objection);
}

void ConsentPanel::recordConcern()
{
    run(RoundCommand::Concern);
}

void ConsentPanel::startClarifyingRound()
{
    run(RoundCommand::StartClarifying);
}

void ConsentPanel::startReactionsRound()
{
    run(RoundCommand::StartReactions);
}

void ConsentPanel::startConsentRound()
{
    run(RoundCommand::StartConsentRound);
}

void ConsentPanel::closeRound()
{
    run(RoundCommand::CloseRound);
}

void ConsentPanel::amend()
{
    if (!m_round.recordingAllowed() || !process())
        return;
    AmendDialog dialog(m_document, *m_stack, processId(), attendance(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        show({true, false, tr("Recorded — amendment: version %1").arg(process()->currentVersion().number),
              eventKindName(ConsentEventKind::ProposalAmended)});
    }
    focusField();
}

void ConsentPanel::integrate()
{
    if (!m_round.recordingAllowed() || !process())
        return;
    IntegrationDialog dialog(m_document, *m_stack, processId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        show({true, false, tr("Recorded — objection integrated"),
              eventKindName(ConsentEventKind::ObjectionIntegrated)});
    }
    focusField();
}

void ConsentPanel::withdraw()
{
    if (!m_round.recordingAllowed() || !process())
        return;
    if (messages::confirm(
            this, tr("Withdraw the proposal"),
            tr("Withdraw the proposal “%1”? It stays in the record as withdrawn.").arg(m_item.title)))
        recordEvent(ConsentEvent::withdrawal({}, m_field->text().trimmed()),
                    tr("Recorded — proposal withdrawn"));
    focusField();
}

void ConsentPanel::defer()
{
    if (!m_round.recordingAllowed() || !process())
        return;
    if (messages::confirm(this, tr("Defer the proposal"),
                          tr("Defer the proposal “%1” to a later meeting?").arg(m_item.title)))
        recordEvent(ConsentEvent::deferral({}, m_field->text().trimmed()),
                    tr("Recorded — proposal deferred"));
    focusField();
}

void ConsentPanel::referToParent()
{
    if (!m_round.recordingAllowed() || !process())
        return;
    const Organisation& org = m_document.organisation().organisation();
    const Circle* circle = org.circle(process()->setup().circle);
    const Circle* parent = circle ? org.circle(circle->parent) : nullptr;
    if (!parent) {
        messages::showError(
            this,
            tr("%1 has no parent circle to refer the proposal to.").arg(circle ? circle->name : QString()));
        return;
    }
    const ConsentProcessKind kind = process()->setup().kind;
    const ScopeCheck check =
        checkScope(org, circle->id, process()->setup().proposal.scopeItem,
                   kind == ConsentProcessKind::MembershipEntry  ? AgendaItemKind::MembershipEntry
                   : kind == ConsentProcessKind::MembershipExit ? AgendaItemKind::MembershipExit
                                                                : AgendaItemKind::ConsentDecision);
    const QString noun = circleNoun(*parent, interfaceLanguage());
    const QString question = check.withinScope ? fillPhrase(tr("Refer the proposal to %1?"), {noun})
                                               : check.message + QStringLiteral("\n\n") +
                                                     fillPhrase(tr("Refer the proposal to %1?"), {noun});
    if (messages::confirm(this, tr("Refer to the parent circle"), question))
        recordEvent(ConsentEvent::referral({}, parent->id, m_field->text().trimmed()),
                    fillPhrase(tr("Recorded — proposal referred to %1"), {noun}));
    focusField();
}

void ConsentPanel::lateResponse()
{
    if (!process())
        return;
    LateResponseDialog dialog(m_document, *m_stack, processId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        show({true, false, tr("Recorded — answer given after the meeting"),
              tr("answer given after the meeting")});
    }
}

bool ConsentPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && m_field->text().isEmpty() && event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        // With an empty field, Ctrl+Z / Ctrl+Shift+Z undo and redo the last record, not the field's typing.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

PresentationState ConsentPanel::presentationState() const
{
    PresentationState state;
    state.title = m_item.title;
    if (!process())
        return state;
    const ConsentProcess& p = *process();
    state.proposal = p.currentVersion().text;
    state.version = p.currentVersion().reviewDate.isValid()
                        ? tr("Version %1 — review %2")
                              .arg(p.currentVersion().number)
                              .arg(QLocale().toString(p.currentVersion().reviewDate, QLocale::ShortFormat))
                        : tr("Version %1").arg(p.currentVersion().number);
    state.phase = phaseName(p.phase());
    if (p.phase() == ConsentPhase::ConsentRound && p.currentRound())
        state.phase = tr("Consent round %1").arg(p.currentRound()->number);
    if (currentSpeaker().isValid()) {
        state.speaker = nameOf(currentSpeaker());
        state.timer = m_timer->text();
        state.overTime = m_timer->isOver();
    }
    const RoundTally tally = m_round.tally();
    state.tally = tally.applies;
    state.consents = tally.consents;
    state.concerns = tally.concerns;
    state.objections = tally.objections;
    state.awaited = tally.awaited;
    state.objectionReasons = tally.objectionReasons;
    return state;
}

} // namespace cercles::ui
