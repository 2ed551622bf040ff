#include "facilitationwindow.h"

#include "common/messages.h"
#include "common/plainlabel.h"
#include "consentpanel.h"
#include "elections/electionpanel.h"
#include "meetings/agendamodel.h"
#include "meetings/commands/changemeetingstatuscommand.h"
#include "presentationwindow.h"
#include "proposalform.h"
#include "services/document.h"
#include "votes/votepanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cercles::ui {

namespace {
enum Page
{
    InfoPage,
    FormPage,
    PanelPage,
    ElectionPage,
    VotePage
};
}

FacilitationWindow::FacilitationWindow(Document& document, QUndoStack& stack, MeetingId meeting,
                                       QWidget* parent)
    : QMainWindow(parent), m_document(document), m_stack(stack), m_meetingId(meeting)
{
    m_agenda = new AgendaModel(&document.meetings(), this);
    m_agenda->setMeeting(meeting);
    m_agendaView = new QListView(this);
    m_agendaView->setAccessibleName(tr("Agenda"));
    m_agendaView->setModel(m_agenda);
    m_agendaView->setModelColumn(AgendaModel::TitleColumn);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QFont agendaFont = m_agendaView->font();
    agendaFont.setPointSizeF(agendaFont.pointSizeF() * 1.3);
    m_agendaView->setFont(agendaFont);
    m_agendaView->setMinimumWidth(220);

    m_itemInfo = plainLabel(this);
    m_itemInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont infoFont = m_itemInfo->font();
    infoFont.setPointSizeF(infoFont.pointSizeF() * 1.8);
    m_itemInfo->setFont(infoFont);
    m_form = new ProposalForm(document, stack, this);
    m_panel = new ConsentPanel(document, stack, this);
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(InfoPage, m_itemInfo);
    m_pages->insertWidget(FormPage, m_form);
    m_pages->insertWidget(PanelPage, m_panel);
    // Placeholders until an election or vote item is shown: each panel is made for its own item.
    m_pages->insertWidget(ElectionPage, new QWidget(this));
    m_pages->insertWidget(VotePage, new QWidget(this));

    m_heading = plainLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_status = plainLabel(this);
    m_status->setAccessibleName(tr("Meeting status"));
    m_saved = plainLabel(this);
    m_saved->setAccessibleName(tr("Saved"));
    m_saved->setStyleSheet(QStringLiteral("color: #166534; font-weight: bold;"));
    m_open = new QPushButton(tr("Open the meeting"), this);
    m_close = new QPushButton(tr("Close the meeting…"), this);
    m_present = new QPushButton(tr("Presentation screen  [F5]"), this);
    connect(m_open, &QPushButton::clicked, this, &FacilitationWindow::openMeeting);
    connect(m_close, &QPushButton::clicked, this, &FacilitationWindow::closeMeeting);
    connect(m_present, &QPushButton::clicked, this, &FacilitationWindow::showPresentation);
    for (QPushButton* b : {m_open, m_close, m_present})
        b->setFocusPolicy(Qt::TabFocus);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_heading, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_saved);
    bar->addWidget(m_open);
    bar->addWidget(m_close);
    bar->addWidget(m_present);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_agendaView);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    auto* undoAction = new QAction(tr("Undo"), this);
    undoAction->setShortcut(QKeySequence::Undo);
    connect(undoAction, &QAction::triggered, this, &FacilitationWindow::undo);
    auto* redoAction = new QAction(tr("Redo"), this);
    redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(redoAction, &QAction::triggered, this, &FacilitationWindow::redo);
    auto* presentAction = new QAction(tr("Presentation screen"), this);
    presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(presentAction, &QAction::triggered, this, &FacilitationWindow::showPresentation);
    addAction(undoAction);
    addAction(redoAction);
    addAction(presentAction);

    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (const AgendaItem* item = m_agenda->itemAt(index.row());
                    item && item->id != m_currentItem) {
                    m_currentItem = item->id;
                    showCurrent();
                }
            });
    connect(m_agenda, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_agenda->rowOf(m_currentItem);
        if (row >= 0)
            m_agendaView->setCurrentIndex(m_agenda->index(row, AgendaModel::TitleColumn));
    });
    connect(&document.meetings(), &MeetingService::meetingChanged, this, [this](MeetingId id) {
        if (id == m_meetingId)
            refresh();
    });
    connect(&document.consent(), &ConsentService::processChanged, this, [this] { showCurrent(); });
    connect(m_form, &ProposalForm::started, this, [this] {
        showCurrent();
        onRecorded(QDateTime::currentDateTimeUtc());
    });
    connect(m_panel, &ConsentPanel::recorded, this, &FacilitationWindow::onRecorded);

    resize(1280, 800);
    refresh();
    // Start on the first item not dealt with yet.
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        if (m_agenda->itemAt(row)->state == AgendaItemState::Planned) {
            selectItem(m_agenda->itemAt(row)->id);
            break;
        }
    }
    if (!m_currentItem.isValid() && m_agenda->rowCount() > 0)
        selectItem(m_agenda->itemAt(0)->id);
}

FacilitationWindow::~FacilitationWindow()
{
    if (m_presentation)
        m_presentation->close();
}

void FacilitationWindow::selectItem(AgendaItemId item)
{
    const int row = m_agenda->rowOf(item);
    if (row < 0)
        return;
    m_currentItem = item;
    m_agendaView->setCurrentIndex(m_agenda->index(row, AgendaModel::TitleColumn));
    showCurrent();
}

void FacilitationWindow::refresh()
{
    Result<Meeting> meeting = m_document.meetings().meeting(m_meetingId);
    if (!meeting)
        return;
    m_meeting = meeting.value();
    const Organisation& org = m_document.organisation().organisation();
    const Circle* circle = org.circle(m_meeting.circle);
    const QDateTime local = m_meeting.localStart();
    m_heading->setText(tr("%1 — %2, %3")
                           .arg(circle ? circle->name : QString(),
                                QLocale().toString(local.date(), QLocale::LongFormat),
                                local.time().toString(QStringLiteral("HH:mm"))));
    setWindowTitle(tr("Facilitation — %1").arg(m_heading->text()));
    m_status->setText(meetingStatusName(m_meeting.status));
    m_open->setVisible(m_meeting.status == MeetingStatus::Planned);
    m_close->setEnabled(m_meeting.status != MeetingStatus::Closed);
    m_panel->setRecordingAllowed(m_meeting.status != MeetingStatus::Closed);
    m_form->setEnabled(m_meeting.status != MeetingStatus::Closed);
    if (m_election)
        m_election->setEnabled(m_meeting.status != MeetingStatus::Closed);
    if (m_vote)
        m_vote->setEnabled(m_meeting.status != MeetingStatus::Closed);
    showCurrent();
}

void FacilitationWindow::showCurrent()
{
    const int row = m_agenda->rowOf(m_currentItem);
    const AgendaItem* item = m_agenda->itemAt(row);
    if (!item) {
        m_itemInfo->setText(m_agenda->rowCount() == 0 ? tr("The agenda is empty.") : QString());
        m_pages->setCurrentIndex(InfoPage);
        m_panel->setItem(m_meeting, {}, {});
        return;
    }
    const AgendaItem current = *item;
    if (current.kind == AgendaItemKind::Election) {
        m_panel->setItem(m_meeting, current, {});
        showElection(current);
        return;
    }
    if (current.kind == AgendaItemKind::MajorityJudgmentVote) {
        m_panel->setItem(m_meeting, current, {});
        showVote(current);
        return;
    }
    if (!isConsentKind(current.kind)) {
        m_itemInfo->setText(
            tr("%1\n\n%2\n\n%3").arg(current.title, agendaKindName(current.kind), current.notes));
        m_pages->setCurrentIndex(InfoPage);
        m_panel->setItem(m_meeting, current, {});
        return;
    }
    Result<ConsentProcessId> process = m_document.consent().processOf(current.id);
    if (process && process->isValid()) {
        m_panel->setItem(m_meeting, current, *process);
        m_pages->setCurrentIndex(PanelPage);
    } else {
        m_panel->setItem(m_meeting, current, {});
        m_form->setItem(m_meeting.circle, current);
        m_pages->setCurrentIndex(FormPage);
    }
}

void FacilitationWindow::showElection(const AgendaItem& item)
{
    // Rebuilding the panel on every refresh would lose what the secretary is typing: keep it for its item.
    if (!m_election || m_electionItem != item.id) {
        QWidget* old = m_pages->widget(ElectionPage);
        m_election = new ElectionPanel(m_document, item.id, this);
        m_electionItem = item.id;
        m_pages->insertWidget(ElectionPage, m_election);
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    m_election->setEnabled(m_meeting.status != MeetingStatus::Closed);
    m_pages->setCurrentIndex(ElectionPage);
}

void FacilitationWindow::showVote(const AgendaItem& item)
{
    if (!m_vote || m_voteItem != item.id) {
        QWidget* old = m_pages->widget(VotePage);
        m_vote = new VotePanel(m_document, item.id, this);
        m_voteItem = item.id;
        m_pages->insertWidget(VotePage, m_vote);
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    m_vote->setEnabled(m_meeting.status != MeetingStatus::Closed);
    m_pages->setCurrentIndex(VotePage);
}

ElectionPanel* FacilitationWindow::electionPanel() const
{
    return m_pages->currentIndex() == ElectionPage ? m_election.data() : nullptr;
}

VotePanel* FacilitationWindow::votePanel() const
{
    return m_pages->currentIndex() == VotePage ? m_vote.data() : nullptr;
}

QWidget* FacilitationWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void FacilitationWindow::onRecorded(const QDateTime& at)
{
    m_saved->setText(
        tr("✔ Saved %1").arg(QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
}

PresentationWindow* FacilitationWindow::presentation() const
{
    return m_presentation;
}

PresentationWindow* FacilitationWindow::showPresentation()
{
    if (!m_presentation) {
        m_presentation = new PresentationWindow;
        m_presentation->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_panel, &ConsentPanel::presentationChanged, m_presentation.data(),
                &PresentationWindow::showState);
    }
    m_presentation->showState(m_panel->presentationState());
    m_presentation->showOnBestScreen(screen());
    return m_presentation;
}

void FacilitationWindow::openMeeting()
{
    if (auto r = ChangeMeetingStatusCommand::tryPush(m_stack, m_document.meetings(), m_meetingId,
                                                     MeetingStatus::Open);
        !r)
        messages::showError(this, r.error());
}

void FacilitationWindow::closeMeeting()
{
    if (!messages::confirm(
            this, tr("Close the meeting"),
            tr("Close the meeting? Closing makes the record final. Nothing recorded in it can be "
               "undone any more, not even the close. Responses of absent members can still be "
               "added afterwards.")))
        return;
    // A meeting recorded without being opened first goes through Open, as one undo step.
    m_stack.beginMacro(tr("Close meeting"));
    Result<void> r;
    if (m_meeting.status == MeetingStatus::Planned)
        r = ChangeMeetingStatusCommand::tryPush(m_stack, m_document.meetings(), m_meetingId,
                                                MeetingStatus::Open);
    if (r)
        r = ChangeMeetingStatusCommand::tryPush(m_stack, m_document.meetings(), m_meetingId,
                                                MeetingStatus::Closed);
    m_stack.endMacro();
    if (!r) {
        messages::showError(this, r.error());
        return;
    }
    // The record is final: no undo (here or from the main window) may silently reopen the meeting or
    // take back what was recorded in it.
    m_stack.clear();
}

void FacilitationWindow::undo()
{
    // Once the meeting is closed its record is final (closing also cleared the stack).
    if (m_meeting.status == MeetingStatus::Closed || !m_stack.canUndo())
        return;
    m_stack.undo();
    m_saved->setText(tr("↶ Undone: %1").arg(m_stack.redoText()));
}

void FacilitationWindow::redo()
{
    if (m_meeting.status == MeetingStatus::Closed || !m_stack.canRedo())
        return;
    m_stack.redo();
    onRecorded(QDateTime::currentDateTimeUtc());
}

} // namespace cercles::ui
