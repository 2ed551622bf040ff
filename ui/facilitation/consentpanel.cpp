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
#include "services/document.h"
#include "speakingtimer.h"

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

bool isSpeakingPhase(ConsentPhase phase)
{
    return phase == ConsentPhase::ClarifyingQuestions || phase == ConsentPhase::Reactions;
}
} // namespace

ConsentPanel::ConsentPanel(Document& document, QUndoStack& stack, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(stack)
{
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
    auto* proposalScroll = new QScrollArea(this);
    proposalScroll->setWidgetResizable(true);
    proposalScroll->setWidget(m_proposal);
    proposalScroll->setFrameShape(QFrame::NoFrame);
    m_details = plainLabel(this);
    m_details->setAccessibleName(tr("Driver, responsible, review date and scope"));

    m_participants = new ParticipantsModel(this);
    m_participantsView = new QListView(this);
    m_participantsView->setAccessibleName(tr("Participants in speaking order"));
    m_participantsView->setModel(m_participants);
    m_participantsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participantsView->setSelectionMode(QAbstractItemView::NoSelection);
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
    scaleFont(m_field, 1.4);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this, &ConsentPanel::recordField);
    m_hint = plainLabel(this);
    m_hint->setAccessibleName(tr("Hint"));
    m_hint->setStyleSheet(QStringLiteral("color: #444;"));

    m_next = addButton(tr("&Next speaker  [N / Space]"), QKeySequence(Qt::Key_N), &ConsentPanel::nextSpeaker);
    m_consent = addButton(tr("Consent  [C / Ctrl+1]"), QKeySequence(Qt::Key_C), &ConsentPanel::recordConsent);
    m_objection =
        addButton(tr("Objection  [O / Ctrl+2]"), QKeySequence(Qt::Key_O), &ConsentPanel::recordObjection);
    m_concern = addButton(tr("Concern  [P / Ctrl+3]"), QKeySequence(Qt::Key_P), &ConsentPanel::recordConcern);
    for (auto [key, action] : {std::pair{Qt::Key_1, &ConsentPanel::recordConsent},
                               std::pair{Qt::Key_2, &ConsentPanel::recordObjection},
                               std::pair{Qt::Key_3, &ConsentPanel::recordConcern}}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }
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
    auto* top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addLayout(right, 2);
    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_fieldLabel);
    fieldRow->addWidget(m_field, 1);
    auto* responses = new QHBoxLayout;
    for (QPushButton* b : {m_next, m_consent, m_objection, m_concern})
        responses->addWidget(b);
    auto* steps = new QGridLayout;
    const QList<QPushButton*> stepButtons{m_clarifying, m_reactions, m_consentRound, m_close, m_amend,
                                          m_integrate,  m_withdraw,  m_defer,        m_refer, m_late};
    for (qsizetype i = 0; i < stepButtons.size(); ++i)
        steps->addWidget(stepButtons[i], int(i / 5), int(i % 5));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(fieldRow);
    layout->addLayout(responses);
    layout->addWidget(m_hint);
    layout->addLayout(steps);
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
    const bool changed = process != m_processId;
    m_meeting = meeting;
    m_item = item;
    m_processId = process;
    if (changed) {
        m_speaker = {};
        m_field->setText(QString());
        setAwaiting(Awaiting::Nothing);
    }
    reload();
    if (changed)
        focusForPhase();
}

void ConsentPanel::setRecordingAllowed(bool allowed)
{
    m_recordingAllowed = allowed;
    updateButtons();
}

void ConsentPanel::reload()
{
    m_process.reset();
    if (m_processId.isValid()) {
        if (Result<ConsentProcess> p = m_document.consent().process(m_processId))
            m_process = std::move(p).value();
    }
    chooseSpeaker();
    updateView();
}

QString ConsentPanel::nameOf(PersonId person) const
{
    const Person* p = m_document.organisation().organisation().person(person);
    return p ? p->name : QString();
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

void ConsentPanel::chooseSpeaker()
{
    PersonId next;
    if (m_process) {
        if (const SpeakingRound* round = m_process->currentSpeakingRound()) {
            next = round->nextSpeaker();
        } else if (m_process->phase() == ConsentPhase::ConsentRound) {
            // Keep the speaker the facilitator chose while they have not answered; otherwise the next one
            // still to answer after them, in speaking order.
            const QList<PersonId> awaited = m_process->awaitedPresent();
            if (awaited.contains(m_speaker)) {
                next = m_speaker;
            } else if (!awaited.isEmpty()) {
                const QList<PersonId> order = m_process->currentRound()->eligible;
                const qsizetype from = order.indexOf(m_speaker);
                next = awaited.first();
                for (qsizetype i = 1; from >= 0 && i <= order.size(); ++i) {
                    const PersonId candidate = order[(from + i) % order.size()];
                    if (awaited.contains(candidate)) {
                        next = candidate;
                        break;
                    }
                }
            }
        }
    }
    setSpeaker(next);
}

void ConsentPanel::setSpeaker(PersonId person)
{
    if (person == m_speaker && (m_timer->isRunning() || !person.isValid()))
        return;
    m_speaker = person;
    if (person.isValid())
        m_timer->restart();
    else
        m_timer->stop();
}

void ConsentPanel::updateView()
{
    const Organisation& org = m_document.organisation().organisation();
    m_title->setText(m_item.title);
    m_participants->setRound(&org, m_process ? &*m_process : nullptr, m_speaker);
    if (!m_process) {
        m_phase->clear();
        m_proposal->clear();
        m_details->clear();
        updateButtons();
        emit presentationChanged(presentationState());
        return;
    }
    const ConsentProcess& p = *m_process;
    const PresentationState state = presentationState();
    m_phase->setText(state.phase + QStringLiteral(" — ") + state.version);
    m_proposal->setText(p.currentVersion().text);
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
    m_speakerLabel->setText(m_speaker.isValid() ? tr("Turn: %1").arg(nameOf(m_speaker)) : QString());

    switch (p.phase()) {
    case ConsentPhase::ClarifyingQuestions:
        m_fieldLabel->setText(tr("Question:"));
        m_field->setPlaceholderText(
            tr("Type the question, Enter records it; Space on an empty field: passes"));
        break;
    case ConsentPhase::Reactions:
        m_fieldLabel->setText(tr("Reaction:"));
        m_field->setPlaceholderText(
            tr("Type the reaction, Enter records it; Space on an empty field: passes"));
        break;
    case ConsentPhase::ConsentRound:
        m_fieldLabel->setText(m_awaiting == Awaiting::Concern ? tr("Concern:") : tr("Reason / concern:"));
        m_field->setPlaceholderText(tr("Objection reason (Ctrl+2) or concern (Ctrl+3); C = consent"));
        break;
    default:
        m_fieldLabel->setText(tr("Note:"));
        m_field->setPlaceholderText(tr("Why (for a withdrawal, deferral or referral)"));
        break;
    }
    if (p.phase() == ConsentPhase::ConsentRound && p.awaitedPresent().isEmpty())
        m_hint->setText(tr("Everyone present has answered: close the round (Ctrl+Enter)."));
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
    else if (!isSpeakingPhase(p.phase()))
        m_hint->clear();
    updateButtons();
    updateTimer();
}

void ConsentPanel::updateTimer()
{
    m_timerLabel->setText(m_speaker.isValid() ? m_timer->text() : QString());
    m_timerLabel->setVisible(m_speaker.isValid());
    m_timerLabel->setStyleSheet(m_timer->isOver() && m_speaker.isValid()
                                    ? QStringLiteral("QLabel { background: #b91c1c; color: white; }")
                                    : QStringLiteral("QLabel { background: #e5e7eb; color: #111; }"));
    emit presentationChanged(presentationState());
}

void ConsentPanel::updateButtons()
{
    const bool can = m_recordingAllowed && m_process.has_value();
    auto allows = [&](const ConsentEvent& event) { return can && m_process->check(event).ok(); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<PersonId> present = attendance();
    const ConsentPhase phase = m_process ? m_process->phase() : ConsentPhase::Presentation;
    m_next->setEnabled(can && m_speaker.isValid());
    const bool responding = can && phase == ConsentPhase::ConsentRound && m_speaker.isValid();
    m_consent->setEnabled(responding);
    m_objection->setEnabled(responding);
    m_concern->setEnabled(responding);
    m_clarifying->setEnabled(
        allows(ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, now, present)));
    m_reactions->setEnabled(
        allows(ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, now, present)));
    m_consentRound->setEnabled(
        allows(ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, now, present)));
    m_close->setEnabled(allows(ConsentEvent::roundClose(now)));
    m_amend->setEnabled(can &&
                        (allows(ConsentEvent::amendmentStart(now)) || phase == ConsentPhase::Amendment));
    m_integrate->setEnabled(can && phase == ConsentPhase::IntegratingObjections &&
                            !m_process->objectionsToIntegrate().isEmpty());
    m_withdraw->setEnabled(allows(ConsentEvent::withdrawal(now)));
    m_defer->setEnabled(allows(ConsentEvent::deferral(now)));
    m_refer->setEnabled(can && allows(ConsentEvent::withdrawal(now)));
    // Late responses may arrive after the meeting is closed.
    m_late->setEnabled(m_process && phase == ConsentPhase::Pending && !m_process->awaitedAbsent().isEmpty());
    m_field->setEnabled(can && !isFinal(phase));
}

void ConsentPanel::focusForPhase()
{
    if (!m_process)
        return;
    // In the questions and reactions rounds the secretary types; in the consent round single keys work.
    if (isSpeakingPhase(m_process->phase()) || m_awaiting != Awaiting::Nothing)
        m_field->setFocus();
    else
        m_participantsView->setFocus();
}

void ConsentPanel::setAwaiting(Awaiting awaiting)
{
    m_awaiting = awaiting;
    if (awaiting == Awaiting::ObjectionReason)
        m_hint->setText(tr("Type the reason for %1's objection, then Enter.").arg(nameOf(m_speaker)));
    else if (awaiting == Awaiting::Concern)
        m_hint->setText(tr("Type %1's concern, then Enter.").arg(nameOf(m_speaker)));
}

bool ConsentPanel::record(const ConsentEvent& event)
{
    if (!m_processId.isValid())
        return false;
    QElapsedTimer timing;
    timing.start();
    const Result<void> result =
        RecordConsentEventCommand::tryPush(m_stack, m_document.consent(), m_processId, event);
    m_lastRecordNs = timing.nsecsElapsed();
    if (!result) {
        messages::showError(this, result.error());
        return false;
    }
    m_field->setText(QString()); // also empties the field's own undo history
    m_awaiting = Awaiting::Nothing;
    reload();
    focusForPhase();
    emit recorded(QDateTime::currentDateTimeUtc());
    return true;
}

void ConsentPanel::nextSpeaker()
{
    if (!m_process || !m_recordingAllowed || !m_speaker.isValid())
        return;
    if (isSpeakingPhase(m_process->phase())) {
        record(ConsentEvent::pass({}, m_speaker)); // moving on without a question: the speaker passes
        return;
    }
    if (m_process->phase() != ConsentPhase::ConsentRound)
        return;
    const QList<PersonId> order = m_process->currentRound()->eligible;
    const QList<PersonId> awaited = m_process->awaitedPresent();
    const qsizetype from = order.indexOf(m_speaker);
    for (qsizetype i = 1; i <= order.size(); ++i) {
        const PersonId candidate = order[(from + i) % order.size()];
        if (awaited.contains(candidate) ||
            (m_process->currentRound()->isPresent(candidate) && awaited.isEmpty())) {
            setSpeaker(candidate);
            break;
        }
    }
    setAwaiting(Awaiting::Nothing);
    m_field->setText(QString());
    updateView();
}

void ConsentPanel::recordField()
{
    if (!m_process || !m_recordingAllowed)
        return;
    const QString text = m_field->text().trimmed();
    switch (m_process->phase()) {
    case ConsentPhase::ClarifyingQuestions:
        record(ConsentEvent::question({}, m_speaker, text));
        return;
    case ConsentPhase::Reactions:
        record(ConsentEvent::reaction({}, m_speaker, text));
        return;
    case ConsentPhase::ConsentRound:
        if (m_awaiting == Awaiting::ObjectionReason)
            respond(true, false);
        else if (m_awaiting == Awaiting::Concern)
            respond(false, true);
        else if (!text.isEmpty())
            m_hint->setText(tr("Ctrl+2 records this as an objection reason, Ctrl+3 as a concern."));
        return;
    default:
        return;
    }
}

void ConsentPanel::recordConsent()
{
    respond(false, false);
}

void ConsentPanel::recordObjection()
{
    respond(true, false);
}

void ConsentPanel::recordConcern()
{
    respond(false, true);
}

void ConsentPanel::respond(bool objection, bool concern)
{
    if (!m_process || !m_recordingAllowed || m_process->phase() != ConsentPhase::ConsentRound ||
        !m_speaker.isValid())
        return;
    const QString text = m_field->text().trimmed();
    if (concern && text.isEmpty()) {
        messages::showError(this,
                            tr("Type %1's concern in the field, then press Enter.").arg(nameOf(m_speaker)));
        setAwaiting(Awaiting::Concern);
        m_field->setFocus();
        return;
    }
    const ConsentEvent event =
        objection ? ConsentEvent::objection({}, m_speaker, text) : ConsentEvent::consent({}, m_speaker, text);
    if (!record(event) && objection && text.isEmpty()) {
        // The engine refused an objection without its reason: ask for it, Enter then records it.
        setAwaiting(Awaiting::ObjectionReason);
        m_field->setFocus();
    }
}

void ConsentPanel::startClarifyingRound()
{
    if (m_recordingAllowed && m_process)
        record(ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, {}, attendance()));
}

void ConsentPanel::startReactionsRound()
{
    if (m_recordingAllowed && m_process)
        record(ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, {}, attendance()));
}

void ConsentPanel::startConsentRound()
{
    if (m_recordingAllowed && m_process)
        record(ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, {}, attendance()));
}

void ConsentPanel::closeRound()
{
    if (m_recordingAllowed && m_process)
        record(ConsentEvent::roundClose({}));
}

void ConsentPanel::amend()
{
    if (!m_recordingAllowed || !m_process)
        return;
    AmendDialog dialog(m_document, m_stack, m_processId, attendance(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        focusForPhase();
        emit recorded(QDateTime::currentDateTimeUtc());
    }
}

void ConsentPanel::integrate()
{
    if (!m_recordingAllowed || !m_process)
        return;
    IntegrationDialog dialog(m_document, m_stack, m_processId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit recorded(QDateTime::currentDateTimeUtc());
    }
}

void ConsentPanel::withdraw()
{
    if (!m_recordingAllowed || !m_process)
        return;
    if (messages::confirm(
            this, tr("Withdraw the proposal"),
            tr("Withdraw the proposal “%1”? It stays in the record as withdrawn.").arg(m_item.title)))
        record(ConsentEvent::withdrawal({}, m_field->text().trimmed()));
}

void ConsentPanel::defer()
{
    if (!m_recordingAllowed || !m_process)
        return;
    if (messages::confirm(this, tr("Defer the proposal"),
                          tr("Defer the proposal “%1” to a later meeting?").arg(m_item.title)))
        record(ConsentEvent::deferral({}, m_field->text().trimmed()));
}

void ConsentPanel::referToParent()
{
    if (!m_recordingAllowed || !m_process)
        return;
    const Organisation& org = m_document.organisation().organisation();
    const Circle* circle = org.circle(m_process->setup().circle);
    const Circle* parent = circle ? org.circle(circle->parent) : nullptr;
    if (!parent) {
        messages::showError(
            this,
            tr("%1 has no parent circle to refer the proposal to.").arg(circle ? circle->name : QString()));
        return;
    }
    const ScopeCheck check = checkScope(org, circle->id, m_process->setup().proposal.scopeItem);
    const QString question = check.withinScope ? tr("Refer the proposal to %1?").arg(parent->name)
                                               : check.message + QStringLiteral("\n\n") +
                                                     tr("Refer the proposal to %1?").arg(parent->name);
    if (messages::confirm(this, tr("Refer to the parent circle"), question))
        record(ConsentEvent::referral({}, parent->id, m_field->text().trimmed()));
}

void ConsentPanel::lateResponse()
{
    if (!m_process)
        return;
    LateResponseDialog dialog(m_document, m_stack, m_processId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit recorded(QDateTime::currentDateTimeUtc());
    }
}

bool ConsentPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && m_field->text().isEmpty()) {
        auto* key = static_cast<QKeyEvent*>(event);
        // With an empty field, Ctrl+Z / Ctrl+Shift+Z undo and redo the last record, not the field's typing.
        if (event->type() == QEvent::ShortcutOverride &&
            (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
             key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) ||
             key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y)))
            return true;
        if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_Space &&
            key->modifiers() == Qt::NoModifier) {
            nextSpeaker();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

PresentationState ConsentPanel::presentationState() const
{
    PresentationState state;
    state.title = m_item.title;
    if (!m_process)
        return state;
    const ConsentProcess& p = *m_process;
    state.proposal = p.currentVersion().text;
    state.version = p.currentVersion().reviewDate.isValid()
                        ? tr("Version %1 — review %2")
                              .arg(p.currentVersion().number)
                              .arg(QLocale().toString(p.currentVersion().reviewDate, QLocale::ShortFormat))
                        : tr("Version %1").arg(p.currentVersion().number);
    state.phase = phaseName(p.phase());
    if (p.phase() == ConsentPhase::ConsentRound && p.currentRound())
        state.phase = tr("Consent round %1").arg(p.currentRound()->number);
    if (m_speaker.isValid()) {
        state.speaker = nameOf(m_speaker);
        state.timer = m_timer->text();
        state.overTime = m_timer->isOver();
    }
    const ConsentRound* round = p.currentRound();
    state.tally = round && !p.currentSpeakingRound() && p.phase() != ConsentPhase::Amendment &&
                  p.phase() != ConsentPhase::Presentation;
    if (state.tally) {
        for (PersonId person : round->eligible) {
            switch (round->responseOf(person)) {
            case ResponseKind::Consent:
                ++state.consents;
                break;
            case ResponseKind::ConsentWithConcern:
                ++state.concerns;
                break;
            case ResponseKind::Objection:
                ++state.objections;
                // Objections are said aloud in the round (processes.md section 1): their reasons are shown.
                state.objectionReasons
                    << tr("%1: %2").arg(nameOf(person), round->latestResponse(person)->text);
                break;
            case ResponseKind::None:
                ++state.awaited;
                break;
            }
        }
    }
    return state;
}

} // namespace cercles::ui
