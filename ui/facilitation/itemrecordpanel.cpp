#include "itemrecordpanel.h"

#include "actiondialog.h"
#include "common/messages.h"
#include "common/plainlabel.h"
#include "services/document.h"
#include "services/itemoutcomes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
constexpr AgendaItemState byHand[] = {AgendaItemState::Planned, AgendaItemState::InProgress,
                                      AgendaItemState::Done};
}

ItemRecordPanel::ItemRecordPanel(Document& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_outcome = plainLabel(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcomeChoice = new QComboBox(this);
    m_outcomeChoice->setAccessibleName(tr("Outcome of the item"));
    for (AgendaItemState state : byHand)
        m_outcomeChoice->addItem(agendaStateName(state), int(state));
    connect(m_outcomeChoice, &QComboBox::activated, this, &ItemRecordPanel::chooseOutcome);
    m_contentLabel = new QLabel(tr("&Content:"), this);
    m_content = new QPlainTextEdit(this);
    m_content->setAccessibleName(tr("Content of the information"));
    m_content->setTabChangesFocus(true);
    m_contentLabel->setBuddy(m_content);
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What was said, as the secretary notes it"));
    m_notes->setTabChangesFocus(true);
    m_actions = new QListWidget(this);
    m_actions->setAccessibleName(tr("Actions"));
    m_actions->setMaximumHeight(90);
    // Small by default (the round above keeps its answer buttons in sight on 1024×600); the splitter
    // above gives the notes more room when the secretary drags it.
    const int line = fontMetrics().lineSpacing();
    for (QWidget* text : {static_cast<QWidget*>(m_content), static_cast<QWidget*>(m_notes)}) {
        text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        text->setMinimumHeight(3 * line + 12);
    }
    m_actions->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_actions->setMinimumHeight(2 * line + 12);
    m_addAction = new QPushButton(tr("Add an &action…"), this);
    connect(m_addAction, &QPushButton::clicked, this, &ItemRecordPanel::askForAction);
    m_error = plainLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #9a3412; font-weight: bold;"));
    m_error->hide();

    // Saved as typed (issue 10): one transaction after a short pause, not one per key.
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ItemRecordPanel::saveText);
    for (QPlainTextEdit* edit : {m_content, m_notes}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                m_saveTimer->start();
        });
    }

    auto* outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_outcome, 1);
    outcomeRow->addWidget(m_outcomeChoice);
    auto* notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    auto* actionsRow = new QHBoxLayout;
    actionsRow->addWidget(new QLabel(tr("Actions:"), this));
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_addAction);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(outcomeRow);
    layout->addWidget(m_contentLabel);
    layout->addWidget(m_content, 1);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 2);
    layout->addLayout(actionsRow);
    layout->addWidget(m_actions);
    layout->addWidget(m_error);
    setItem({}, {});
}

void ItemRecordPanel::setItem(const Meeting& meeting, const AgendaItem& item)
{
    const bool sameItem = item.id.isValid() && item.id == m_item.id;
    if (!sameItem)
        flush(); // what was typed on the previous item goes to that item
    m_meeting = meeting;
    const bool editable = item.id.isValid() && meeting.status != MeetingStatus::Closed;
    const bool information = item.kind == AgendaItemKind::Information;
    m_filling = true;
    if (!sameItem || !m_saveTimer->isActive()) {
        // Text being typed on the same item stays; otherwise the file's text is shown.
        if (m_notes->toPlainText() != item.notes)
            m_notes->setPlainText(item.notes);
        if (m_content->toPlainText() != item.content)
            m_content->setPlainText(item.content);
    }
    m_filling = false;
    m_item = item;
    if (!sameItem)
        m_error->hide();
    setEnabled(item.id.isValid());
    m_notes->setReadOnly(!editable);
    m_content->setReadOnly(!editable);
    m_contentLabel->setVisible(information);
    m_content->setVisible(information);
    m_addAction->setEnabled(editable);
    m_outcomeChoice->setVisible(information || item.kind == AgendaItemKind::Discussion);
    m_outcomeChoice->setEnabled(editable && item.state != AgendaItemState::Deferred);
    showOutcome();
    showActions();
}

void ItemRecordPanel::showOutcome()
{
    if (!m_item.id.isValid()) {
        m_outcome->clear();
        return;
    }
    const Result<AgendaItemState> outcome =
        itemOutcome(m_item, m_document.consent(), &m_document.elections(), &m_document.votes());
    const AgendaItemState state = outcome ? *outcome : m_item.state;
    m_outcome->setText(tr("Outcome: %1").arg(agendaStateName(state)));
    const int index = m_outcomeChoice->findData(int(state));
    if (index >= 0)
        m_outcomeChoice->setCurrentIndex(index);
}

void ItemRecordPanel::showActions()
{
    m_actions->clear();
    if (!m_item.id.isValid())
        return;
    Result<QList<Action>> actions = m_document.meetings().actions(m_meeting.id);
    if (!actions)
        return;
    const Organisation& org = m_document.organisation().organisation();
    for (const Action& a : *actions) {
        if (a.agendaItem != m_item.id)
            continue;
        const Person* who = org.person(a.person);
        QString line = (who ? who->name : tr("(nobody named)")) + QStringLiteral(" — ") + a.text;
        if (a.due.isValid())
            line += QStringLiteral(" — ") + tr("by %1").arg(QLocale().toString(a.due, QLocale::ShortFormat));
        m_actions->addItem(line); // plain text: a QListWidgetItem never renders markup
    }
}

bool ItemRecordPanel::saveText()
{
    m_saveTimer->stop();
    // A closed meeting's notes are read-only here; typed elsewhere before the close, the service refuses
    // them and the text stays on screen with why.
    if (!m_item.id.isValid())
        return true;
    const QString notes = m_notes->toPlainText();
    const QString content = m_content->toPlainText();
    Result<void> r;
    QString what;
    if (notes != m_item.notes) {
        r = m_document.meetings().setItemNotes(m_item.id, notes);
        if (r) {
            m_item.notes = notes;
            what = tr("notes of \u201c%1\u201d").arg(m_item.title);
        }
    }
    if (r && content != m_item.content) {
        r = m_document.meetings().setItemContent(m_item.id, content);
        if (r) {
            m_item.content = content;
            what = tr("content of \u201c%1\u201d").arg(m_item.title);
        }
    }
    if (!r) {
        // The text stays on screen, to copy or to save again.
        m_error->setText(tr("Not saved: %1").arg(r.error()));
        m_error->show();
        return false;
    }
    m_error->hide();
    if (!what.isEmpty())
        emit saved(QDateTime::currentDateTimeUtc(), what);
    return true;
}

bool ItemRecordPanel::flush()
{
    return m_saveTimer->isActive() ? saveText() : true;
}

void ItemRecordPanel::chooseOutcome(int index)
{
    const auto state = AgendaItemState(m_outcomeChoice->itemData(index).toInt());
    if (Result<void> r = m_document.meetings().setItemOutcome(m_item.id, state); !r) {
        messages::showError(this, r.error());
        showOutcome();
        return;
    }
    m_item.state = state;
    showOutcome();
    emit saved(QDateTime::currentDateTimeUtc(),
               tr("\u201c%1\u201d: %2").arg(m_item.title, agendaStateName(state)));
}

bool ItemRecordPanel::addAction(const Action& action)
{
    Action a = action;
    a.agendaItem = m_item.id;
    Result<ActionId> id = m_document.meetings().addAction(a);
    if (!id) {
        messages::showError(this, id.error());
        return false;
    }
    emit saved(QDateTime::currentDateTimeUtc(), tr("action \u201c%1\u201d").arg(a.text.trimmed()));
    showActions();
    return true;
}

void ItemRecordPanel::askForAction()
{
    // From an adopted decision, its responsible is the likely person.
    PersonId who;
    if (Result<ConsentProcessId> process = m_document.consent().processOf(m_item.id);
        process && process->isValid()) {
        if (auto stored = m_document.consent().stored(*process))
            who = stored->setup.proposal.responsible;
    }
    ActionDialog dialog(m_document.organisation().organisation(), who, m_meeting.localDate().addDays(30),
                        this);
    while (dialog.exec() == QDialog::Accepted) {
        if (addAction(dialog.action()))
            return;
    }
}

} // namespace cercles::ui
