#include "electionpanel.h"
#include "commands/servicecommand.h"
#include "common/boundedcombo.h"

#include "common/fieldlimits.h"
#include "common/formrows.h"

#include "common/messages.h"
#include "common/plainlabel.h"
#include "meetings/commands/recordelectioneventcommand.h"
#include "services/document.h"
#include "storage/meetingrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
using K = ElectionEventKind;
using P = ElectionPhase;

QString date(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}
} // namespace

ElectionPanel::ElectionPanel(Document& document, AgendaItemId item, QWidget* parent)
    : QWidget(parent), m_document(document), m_item(item)
{
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildLivePage());
    layout->addWidget(m_pages, 1);
    m_error = plainLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    refresh();
}

QWidget* ElectionPanel::buildSetupPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* intro = plainLabel(page);
    intro->setText(tr("Describe the role and its term, and agree the qualifications. Nobody is a candidate: "
                      "each participant will write one name."));
    form->addRow(intro);
    m_roleName = new QLineEdit(page);
    m_roleName->setMaxLength(limits::name);
    form->addRow(tr("&Role:"), m_roleName);
    m_roleDescription = new QPlainTextEdit(page);
    m_roleDescription->setTabChangesFocus(true);
    m_roleDescription->setPlaceholderText(
        tr("What the role does (kept from the circle for an existing role)"));
    form->addRow(tr("&Description:"), m_roleDescription);
    m_termStart = new QDateEdit(QDate::currentDate(), page);
    m_termStart->setCalendarPopup(true);
    m_termEnd = new QDateEdit(QDate::currentDate().addYears(1).addDays(-1), page);
    m_termEnd->setCalendarPopup(true);
    auto* term = new QHBoxLayout;
    term->addWidget(m_termStart);
    term->addWidget(new QLabel(tr("to"), page));
    term->addWidget(m_termEnd);
    term->addStretch(1);
    addLayoutRow(form, tr("&Term:"), term, m_termStart);
    m_qualifications = new QPlainTextEdit(page);
    m_qualifications->setTabChangesFocus(true);
    form->addRow(tr("&Qualifications:"), m_qualifications);
    m_start = new QPushButton(tr("&Start the election"), page);
    form->addRow(QString(), m_start);
    connect(m_start, &QPushButton::clicked, this, &ElectionPanel::start);
    return page;
}

QWidget* ElectionPanel::buildLivePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_summary = plainLabel(page);
    layout->addWidget(m_summary);
    m_step = plainLabel(page);
    QFont bold = m_step->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_step->setFont(bold);
    layout->addWidget(m_step);
    m_log = new QListWidget(page);
    m_log->setWordWrap(true);
    m_log->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_log, 1);
    m_prompt = plainLabel(page);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.15);
    m_prompt->setFont(promptFont);
    layout->addWidget(m_prompt);

    auto* inputs = new QHBoxLayout;
    m_person = boundedCombo(new QComboBox(page));
    m_person->setMinimumContentsLength(18);
    m_text = new QLineEdit(page);
    m_text->setMaxLength(limits::reason);
    m_from = new QDateEdit(page);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(page);
    m_to->setCalendarPopup(true);
    m_newRole = new QLineEdit(page);
    m_newRole->setMaxLength(limits::name);
    m_newRole->setPlaceholderText(tr("Role"));
    inputs->addWidget(m_person);
    inputs->addWidget(m_newRole);
    inputs->addWidget(m_from);
    inputs->addWidget(m_to);
    inputs->addWidget(m_text, 1);
    layout->addLayout(inputs);

    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open the nominations"), page);
    m_record = new QPushButton(tr("&Record and next participant"), page);
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_record->setToolTip(tr("Ctrl+Enter, or Enter in the reason field"));
    m_consent = new QPushButton(tr("&Consent"), page);
    m_object = new QPushButton(tr("O&bject"), page);
    m_propose = new QPushButton(tr("&Propose"), page);
    m_term = new QPushButton(tr("Change the &term"), page);
    m_role = new QPushButton(tr("Change the ro&le"), page);
    m_nextStep = new QPushButton(page);
    m_undo = new QPushButton(tr("&Undo last"), page);
    m_cancel = new QPushButton(tr("Cancel the election"), page);
    for (QPushButton* b : {m_open, m_record, m_consent, m_object, m_propose, m_term, m_role, m_nextStep})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        Result<AgendaItem> item =
            MeetingRepository::loadAgendaItem(m_document.database().connection(), m_item);
        Result<Meeting> meeting =
            item ? m_document.meetings().meeting(item->meeting) : Result<Meeting>(Error{item.error()});
        if (!meeting) {
            showError(meeting.error());
            return;
        }
        record(ElectionEvent::opening({}, meeting->present()));
    });
    connect(m_record, &QPushButton::clicked, this, &ElectionPanel::recordTurn);
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_record->isVisible())
            recordTurn();
    });
    connect(m_nextStep, &QPushButton::clicked, this, &ElectionPanel::nextStep);
    connect(m_propose, &QPushButton::clicked, this, &ElectionPanel::propose);
    connect(m_consent, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_object, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_term, &QPushButton::clicked, this, &ElectionPanel::changeTerm);
    connect(m_role, &QPushButton::clicked, this, &ElectionPanel::changeRole);
    connect(m_undo, &QPushButton::clicked, this, &ElectionPanel::undo);
    connect(m_cancel, &QPushButton::clicked, this, &ElectionPanel::cancelElection);
    return page;
}

void ElectionPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ElectionPanel::nameOf(PersonId person) const
{
    const Person* p = m_document.organisation().organisation().person(person);
    return p ? p->name : tr("(unknown)");
}

PersonId ElectionPanel::currentParticipant() const
{
    const QList<PersonId> awaited = m_election ? m_election->awaited() : QList<PersonId>();
    return awaited.isEmpty() ? PersonId() : awaited.constFirst();
}

void ElectionPanel::refresh()
{
    Result<ElectionId> id = m_document.elections().electionOf(m_item);
    if (!id || !id->isValid()) {
        m_id = {};
        m_election.reset();
        if (m_roleName->text().isEmpty()) {
            Result<AgendaItem> item =
                MeetingRepository::loadAgendaItem(m_document.database().connection(), m_item);
            if (item)
                m_roleName->setText(item->title);
        }
        m_pages->setCurrentIndex(0);
        return;
    }
    m_id = *id;
    Result<Election> election = m_document.elections().election(m_id);
    if (!election) {
        showError(election.error());
        return;
    }
    m_election = *election;
    m_pages->setCurrentIndex(1);
    fillLog();
    updateControls();
}

void ElectionPanel::start()
{
    ElectionDescription d{m_roleName->text(), m_roleDescription->toPlainText(), m_termStart->date(),
                          m_termEnd->date(), m_qualifications->toPlainText()};
    Result<ElectionId> started = m_document.elections().start(m_item, d);
    if (!started) {
        showError(started.error());
        return;
    }
    showError({});
    refresh();
}

void ElectionPanel::record(const ElectionEvent& event)
{
    // Through the stack when there is one, so that Ctrl+Z takes back this panel's last record.
    const Result<void> r =
        m_stack ? RecordElectionEventCommand::tryPush(*m_stack, m_document.elections(), m_id, event)
                : m_document.elections().record(m_id, event);
    if (!r) {
        showError(r.error());
        return;
    }
    showError({});
    m_text->clear();
    refresh();
}

void ElectionPanel::recordTurn()
{
    const PersonId person = currentParticipant();
    const PersonId chosen = m_person->currentData().value<PersonId>();
    switch (m_election->phase()) {
    case P::Nominations:
        record(ElectionEvent::written({}, person, chosen));
        break;
    case P::NominationRound:
        record(ElectionEvent::explained({}, person, m_text->text()));
        break;
    case P::ChangeRound:
        if (chosen == m_election->nominationOf(person))
            record(ElectionEvent::kept({}, person, m_text->text()));
        else
            record(ElectionEvent::changed({}, person, chosen, m_text->text()));
        break;
    default:
        break;
    }
}

void ElectionPanel::nextStep()
{
    switch (m_election->phase()) {
    case P::Nominations:
        record(ElectionEvent::roundStart(K::NominationRoundStarted, {}));
        break;
    case P::NominationRound:
        record(ElectionEvent::roundStart(K::ChangeRoundStarted, {}));
        break;
    case P::ConsentRound:
        record(ElectionEvent::roundClose({}));
        break;
    case P::IntegratingObjections:
        record(ElectionEvent::roundStart(K::ConsentRoundStarted, {}));
        break;
    default:
        break;
    }
}

void ElectionPanel::propose()
{
    record(ElectionEvent::proposal({}, m_person->currentData().value<PersonId>(), m_from->date(),
                                   m_to->date(), m_text->text()));
}

void ElectionPanel::answer(bool objection)
{
    const PersonId person = currentParticipant();
    record(objection ? ElectionEvent::objection({}, person, m_text->text())
                     : ElectionEvent::consent({}, person, m_text->text()));
}

void ElectionPanel::changeTerm()
{
    record(ElectionEvent::termChange({}, m_from->date(), m_to->date(), m_text->text()));
}

void ElectionPanel::changeRole()
{
    record(ElectionEvent::roleChange({}, m_newRole->text(), m_text->text()));
}

void ElectionPanel::undo()
{
    if (m_stack && m_stack->canUndo()) {
        if (undoStep(*m_stack, this))
            refresh();
        return;
    }
    Result<void> r = m_id.isValid() && m_election && m_election->history().isEmpty()
                         ? m_document.elections().cancelStart(m_id)
                         : m_document.elections().undoLast(m_id);
    if (!r) {
        showError(r.error());
        return;
    }
    showError({});
    refresh();
}

void ElectionPanel::cancelElection()
{
    // Irreversible in the record: Cancel is the default (issue 9).
    if (!messages::confirmIrreversible(
            this, tr("Cancel the election"),
            tr("Cancel the election? It stays in the record as cancelled, with the "
               "reason typed in the field."),
            tr("Cancel the election")))
        return;
    record(ElectionEvent::cancellation({}, m_text->text()));
}

void ElectionPanel::fillPersonCombo(const QList<PersonId>& people, PersonId selected)
{
    m_person->clear();
    for (PersonId p : people)
        m_person->addItem(nameOf(p), QVariant::fromValue(p));
    m_person->setCurrentIndex(std::max(0, m_person->findData(QVariant::fromValue(selected))));
}

void ElectionPanel::fillLog()
{
    const Election& e = *m_election;
    m_log->clear();
    auto add = [this](const QString& text) { m_log->addItem(text); };
    if (e.phase() == P::Nominations) {
        // The written names stay hidden until the nomination round: nobody campaigns.
        for (const NominationTurn& t : e.written())
            add(tr("%1 has written a name.").arg(nameOf(t.person)));
    } else {
        for (const NominationTurn& t : e.written())
            add(tr("%1 named %2.").arg(nameOf(t.person), nameOf(t.nominee)));
    }
    for (const NominationTurn& t : e.explanations())
        add(tr("Nomination round \u2014 %1: %2").arg(nameOf(t.person), t.text));
    for (const NominationTurn& t : e.changes()) {
        add(t.changed
                ? tr("Change round \u2014 %1 changes to %2: %3")
                      .arg(nameOf(t.person), nameOf(t.nominee), t.text)
                : tr("Change round \u2014 %1 keeps %2. %3").arg(nameOf(t.person), nameOf(t.nominee), t.text));
    }
    for (const ElectionConsentRound& round : e.consentRounds()) {
        const ElectionProposal& p = e.proposals().at(round.proposal - 1);
        add(tr("Proposal: %1 as %2, %3 to %4. %5")
                .arg(nameOf(p.nominee), p.roleName, date(p.start), date(p.end), p.reasons));
        for (const ElectionResponse& r : round.responses) {
            add(r.objection        ? tr("%1 objects: %2").arg(nameOf(r.person), r.text)
                : r.text.isEmpty() ? tr("%1 consents.").arg(nameOf(r.person))
                                   : tr("%1 consents, with a concern: %2").arg(nameOf(r.person), r.text));
        }
        for (const ElectionIntegration& i : e.integrations()) {
            if (i.round != round.number)
                continue;
            add(i.kind == K::TermChanged
                    ? tr("Term changed: %1 to %2. %3").arg(date(i.start), date(i.end), i.text)
                    : tr("Role changed: %1. %2").arg(i.roleName, i.text));
        }
    }
    if (const auto outcome = e.outcome())
        add(tr("Elected: %1 as %2, %3 to %4.")
                .arg(nameOf(outcome->person), outcome->roleName, date(outcome->start), date(outcome->end)));
    m_log->scrollToBottom();
}

void ElectionPanel::updateControls()
{
    const Election& e = *m_election;
    const ElectionSetup& s = e.setup();
    const ElectionProposal* proposal = e.currentProposal();
    m_summary->setText(tr("Role: %1 \u00b7 Term: %2 to %3\nQualifications: %4")
                           .arg(proposal ? proposal->roleName : s.roleName,
                                date(proposal ? proposal->start : s.termStart),
                                date(proposal ? proposal->end : s.termEnd),
                                s.qualifications.isEmpty() ? tr("none recorded") : s.qualifications));
    m_step->setText(electionPhaseName(e.phase()));
    const PersonId person = currentParticipant();
    const P phase = e.phase();
    const bool waiting = !person.isValid();
    QList<QWidget*> shown;

    QString prompt;
    switch (phase) {
    case P::Description:
        prompt = tr("Everyone present will write one name; they may name themselves.");
        shown = {m_open};
        break;
    case P::Nominations:
        if (waiting) {
            prompt = tr("Every name is written. Start the nomination round.");
            shown = {m_nextStep};
        } else {
            prompt = tr("%1 writes one name:").arg(nameOf(person));
            fillPersonCombo(s.members, {});
            shown = {m_person, m_record, m_nextStep};
        }
        m_nextStep->setText(tr("Start the &nomination round"));
        break;
    case P::NominationRound:
        if (waiting) {
            prompt = tr("Everyone has said why. Start the change round.");
            shown = {m_nextStep};
        } else {
            prompt = tr("%1 named %2. Why?").arg(nameOf(person), nameOf(e.nominationOf(person)));
            m_text->setPlaceholderText(tr("Their reasons"));
            shown = {m_text, m_record, m_nextStep};
        }
        m_nextStep->setText(tr("Start the &change round"));
        break;
    case P::ChangeRound:
        if (waiting) {
            QStringList counts;
            for (const auto& [nominee, count] : e.nominationCounts())
                counts << tr("%1 (%2)").arg(nameOf(nominee)).arg(count);
            prompt = tr("Nominations now: %1. The facilitator proposes a person and a term, with reasons.")
                         .arg(counts.join(QStringLiteral(", ")));
            fillPersonCombo(e.attendance(), e.nominationCounts().value(0).first);
            m_from->setDate(s.termStart);
            m_to->setDate(s.termEnd);
            m_text->setPlaceholderText(tr("Reasons for the proposal"));
            shown = {m_person, m_from, m_to, m_text, m_propose};
        } else {
            prompt = tr("%1 named %2: keep or change, and why?")
                         .arg(nameOf(person), nameOf(e.nominationOf(person)));
            fillPersonCombo(s.members, e.nominationOf(person));
            m_text->setPlaceholderText(tr("Why (required for a change)"));
            shown = {m_person, m_text, m_record};
        }
        break;
    case P::ConsentRound:
        m_nextStep->setText(tr("Close the &round"));
        if (waiting) {
            prompt = tr("Everyone has answered. Close the round.");
            shown = {m_nextStep};
        } else {
            const bool nominee = person == e.currentRound()->order.constLast();
            prompt = nominee ? tr("%1, the person proposed, answers last:").arg(nameOf(person))
                             : tr("%1 answers (consent, or objection with its reason):").arg(nameOf(person));
            m_text->setPlaceholderText(tr("Concern or objection reason"));
            shown = {m_text, m_consent, m_object, m_nextStep};
        }
        break;
    case P::IntegratingObjections:
        prompt =
            tr("Integrate the objections: change the term or the role, then start a new consent round; or "
               "propose another person.");
        m_nextStep->setText(tr("New consent &round"));
        fillPersonCombo(e.attendance(), proposal ? proposal->nominee : PersonId());
        if (proposal) {
            m_from->setDate(proposal->start);
            m_to->setDate(proposal->end);
            m_newRole->setText(proposal->roleName);
        }
        m_text->setPlaceholderText(tr("Why, or the role's new description"));
        shown = {m_person, m_newRole, m_from, m_to, m_text, m_term, m_role, m_propose, m_nextStep};
        break;
    case P::Elected:
        prompt = tr("%1 is elected. The mandate is recorded.").arg(nameOf(e.outcome()->person));
        break;
    case P::Cancelled:
        prompt = tr("The election was cancelled.");
        break;
    }
    m_prompt->setText(prompt);
    m_nextStep->setEnabled(waiting || phase == P::IntegratingObjections);
    for (QWidget* w :
         {static_cast<QWidget*>(m_person), static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_from),
          static_cast<QWidget*>(m_to), static_cast<QWidget*>(m_newRole), static_cast<QWidget*>(m_open),
          static_cast<QWidget*>(m_record), static_cast<QWidget*>(m_consent), static_cast<QWidget*>(m_object),
          static_cast<QWidget*>(m_propose), static_cast<QWidget*>(m_term), static_cast<QWidget*>(m_role),
          static_cast<QWidget*>(m_nextStep)})
        w->setVisible(shown.contains(w));
    m_cancel->setVisible(!isFinal(phase));
    m_undo->setEnabled(true);
    if (m_record->isVisible())
        m_record->setDefault(true);
    if (m_text->isVisible())
        m_text->setFocus();
    else if (m_person->isVisible())
        m_person->setFocus();
}

} // namespace cercles::ui
