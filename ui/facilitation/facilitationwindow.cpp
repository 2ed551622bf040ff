#include "facilitationwindow.h"

#include "commands/servicecommand.h"
#include "common/messages.h"
#include "common/plainlabel.h"
#include "common/screenfit.h"
#include "consentpanel.h"
#include "elections/electionpanel.h"
#include "itemrecordpanel.h"
#include "meetings/agendamodel.h"
#include "presentationcontent.h"
#include "presentationwindow.h"
#include "proposalform.h"
#include "services/document.h"
#include "votes/votepanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoGroup>
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
    m_agenda->setOutcomeServices(&document.consent(), &document.elections(), &document.votes());
    m_agenda->setMeeting(meeting);
    m_agendaView = new QListView(this);
    m_agendaView->setAccessibleName(tr("Agenda"));
    m_agendaView->setModel(m_agenda);
    m_agendaView->setModelColumn(AgendaModel::TitleColumn);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QFont agendaFont = m_agendaView->font();
    agendaFont.setPointSizeF(agendaFont.pointSizeF() * 1.3);
    m_agendaView->setFont(agendaFont);
    m_agendaView->setMinimumWidth(160);

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
    // A stack asks for the room of its largest page: hidden pages ask for none, so the page in front alone
    // decides what scrolls on a small screen.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_pages->count(); ++i) {
            const QSizePolicy::Policy policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_pages->widget(i)->setSizePolicy(policy, policy);
        }
        m_pages->updateGeometry();
    });

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
    bar->addWidget(m_open);
    bar->addWidget(m_close);
    bar->addWidget(m_present);
    // The current item scrolls when the screen is smaller than it needs (1024×600 laptops, issue 9).
    auto* pageScroll = new QScrollArea(this);
    pageScroll->setWidgetResizable(true);
    pageScroll->setFrameShape(QFrame::NoFrame);
    pageScroll->setFocusPolicy(Qt::NoFocus);
    pageScroll->setWidget(m_pages);
    m_record = new ItemRecordPanel(document, this);
    connect(m_record, &ItemRecordPanel::saved, this, &FacilitationWindow::onRecorded);
    auto* itemSplit = new QSplitter(Qt::Vertical, this);
    itemSplit->addWidget(pageScroll);
    itemSplit->addWidget(m_record);
    // The round comes first: the secretary's notes and actions start at their smallest height (the
    // splitter gives them more when asked), so the answer buttons stay in sight on a 1024×600 screen.
    itemSplit->setStretchFactor(0, 1);
    itemSplit->setStretchFactor(1, 0);
    itemSplit->setCollapsible(0, false);
    itemSplit->setCollapsible(1, false);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_agendaView);
    split->addWidget(itemSplit);
    split->setStretchFactor(1, 1);
    // The agenda takes a fifth of the width (at least its minimum): on an 800 px screen the answer
    // buttons stay in sight instead of the list's empty half.
    split->setSizes({1, 4});
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(bar);
    layout->addWidget(m_saved); // on its own line: a long confirmation wraps instead of widening the window
    layout->addWidget(split, 1);
    setCentralWidget(central);

    // Undo is scoped to the item in front: each item has its own stack in this group (issue 9).
    m_undoGroup = new QUndoGroup(this);
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &FacilitationWindow::undo);
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, this, &FacilitationWindow::redo);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &FacilitationWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &FacilitationWindow::updateUndoActions);
    auto* presentAction = new QAction(tr("Presentation screen"), this);
    presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    // F5 shows the presentation screen, and hides it when it is shown (also after it was minimised).
    connect(presentAction, &QAction::triggered, this, [this] {
        if (m_presentation && m_presentation->isVisible() && !m_presentation->isMinimized())
            m_presentation->hide();
        else
            showPresentation();
        activateWindow(); // the keyboard stays here
    });
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(presentAction);
    updateUndoActions();

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
    // The projector follows the item in front, whatever its kind (issue 9).
    connect(m_panel, &ConsentPanel::presentationChanged, this, &FacilitationWindow::updatePresentation);
    connect(&document.elections(), &ElectionService::electionChanged, this,
            &FacilitationWindow::updatePresentation);
    connect(&document.votes(), &VoteService::voteChanged, this, &FacilitationWindow::updatePresentation);

    // Fits the screen it opens on, down to 1024×600 (issue 9).
    resize(1280, 800);
    fitToScreen(this);
    refresh();
    // Start on the first item not dealt with yet: planned or in progress, by what is recorded on it.
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        if (isUnfinished(m_agenda->outcomeAt(row))) {
            selectItem(m_agenda->itemAt(row)->id);
            break;
        }
    }
    if (!m_currentItem.isValid() && m_agenda->rowCount() > 0)
        selectItem(m_agenda->itemAt(0)->id);
}

FacilitationWindow::~FacilitationWindow()
{
    m_record->flush();
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

QUndoStack* FacilitationWindow::stackFor(AgendaItemId item)
{
    QUndoStack*& stack = m_itemStacks[item];
    if (!stack) {
        stack = new QUndoStack(m_undoGroup);
        m_undoGroup->addStack(stack);
    }
    return stack;
}

QUndoStack* FacilitationWindow::currentUndoStack() const
{
    return m_undoGroup->activeStack();
}

void FacilitationWindow::updateUndoActions()
{
    const bool open = m_meeting.status != MeetingStatus::Closed;
    const QUndoStack* stack = m_undoGroup->activeStack();
    m_undoAction->setEnabled(open && stack && stack->canUndo());
    m_redoAction->setEnabled(open && stack && stack->canRedo());
    m_undoAction->setText(m_undoAction->isEnabled() ? tr("Undo: %1").arg(stack->undoText()) : tr("Undo"));
    m_redoAction->setText(m_redoAction->isEnabled() ? tr("Redo: %1").arg(stack->redoText()) : tr("Redo"));
}

void FacilitationWindow::showCurrent()
{
    const int row = m_agenda->rowOf(m_currentItem);
    const AgendaItem* item = m_agenda->itemAt(row);
    if (item) {
        QUndoStack* stack = stackFor(item->id);
        m_undoGroup->setActiveStack(stack);
        m_panel->setUndoStack(stack);
        m_form->setUndoStack(stack);
    } else {
        m_undoGroup->setActiveStack(nullptr);
    }
    m_record->setItem(m_meeting, item ? *item : AgendaItem());
    if (!item) {
        m_itemInfo->setText(m_agenda->rowCount() == 0 ? tr("The agenda is empty.") : QString());
        m_pages->setCurrentIndex(InfoPage);
        m_panel->setItem(m_meeting, {}, {});
        return;
    }
    const AgendaItem current = *item;
    QTimer::singleShot(0, this, &FacilitationWindow::updatePresentation); // once the page is set up
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
        m_itemInfo->setText(tr("%1\n\n%2").arg(current.title, agendaKindName(current.kind)));
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
        m_election->setUndoStack(stackFor(item.id));
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
        m_vote->setUndoStack(stackFor(item.id));
        connect(m_vote, &VotePanel::recorded, this, &FacilitationWindow::onRecorded);
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

void FacilitationWindow::onRecorded(const QDateTime& at, const QString& what)
{
    const QString time = QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    m_saved->setText(what.isEmpty() ? tr("✔ Saved at %1").arg(time)
                                    : tr("✔ Saved at %1 — %2").arg(time, what));
}

PresentationWindow* FacilitationWindow::presentation() const
{
    return m_presentation;
}

PresentationState FacilitationWindow::presentationState() const
{
    const AgendaItem* item = m_agenda->itemAt(m_agenda->rowOf(m_currentItem));
    if (item && item->kind == AgendaItemKind::Election) {
        if (Result<ElectionId> id = m_document.elections().electionOf(item->id); id && id->isValid()) {
            if (Result<Election> e = m_document.elections().election(*id))
                return electionPresentation(item->title, *e, m_document.organisation().organisation());
        }
        PresentationState state;
        state.title = item->title;
        return state;
    }
    if (item && item->kind == AgendaItemKind::MajorityJudgmentVote) {
        if (Result<VoteId> id = m_document.votes().voteOf(item->id); id && id->isValid()) {
            if (Result<Vote> v = m_document.votes().vote(*id))
                return votePresentation(item->title, *v);
        }
        PresentationState state;
        state.title = item->title;
        return state;
    }
    return m_panel->presentationState();
}

void FacilitationWindow::updatePresentation()
{
    if (m_presentation)
        m_presentation->showState(presentationState());
}

PresentationWindow* FacilitationWindow::showPresentation()
{
    if (!m_presentation) {
        m_presentation = new PresentationWindow;
        m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_presentation->showState(presentationState());
    if (m_presentation->isMinimized())
        m_presentation->showNormal();
    m_presentation->showOnBestScreen(screen());
    // The keyboard stays with the facilitator, also where the window manager activates every new window.
    if (isVisible())
        activateWindow();
    return m_presentation;
}

void FacilitationWindow::openMeeting()
{
    // A meeting's status only moves forward (issue 9), so opening is no undo step: undoing it would have
    // to move the status back while answers may already be recorded.
    if (Result<void> r = m_document.meetings().setStatus(m_meetingId, MeetingStatus::Open); !r) {
        messages::showError(this, r.error());
        m_saved->setText(tr("Not opened: %1").arg(r.error()));
        return;
    }
    m_saved->setText(tr("✔ Meeting open (opening cannot be undone)"));
}

void FacilitationWindow::closeMeeting()
{
    if (!messages::confirmIrreversible(
            this, tr("Close the meeting"),
            tr("Close the meeting? Closing makes the record final. Nothing recorded in it can be "
               "undone any more, not even the close. Responses of absent members can still be "
               "added afterwards."),
            tr("Close the meeting")))
        return;
    // The notes typed last go into the record before it is sealed.
    if (!m_record->flush())
        return;
    // A meeting recorded without being opened first goes through Open. The close itself is no undo step:
    // it cannot be undone, and a refused close leaves the stacks as they were.
    Result<void> r;
    if (m_meeting.status == MeetingStatus::Planned)
        r = m_document.meetings().setStatus(m_meetingId, MeetingStatus::Open);
    if (r)
        r = m_document.meetings().setStatus(m_meetingId, MeetingStatus::Closed);
    if (!r) {
        messages::showError(this, r.error());
        m_saved->setText(tr("Not closed: %1").arg(r.error()));
        return;
    }
    // The record is final: no undo (here or from the main window) may silently reopen the meeting or
    // take back what was recorded in it.
    for (QUndoStack* stack : std::as_const(m_itemStacks))
        stack->clear();
    m_stack.clear();
    updateUndoActions();
    m_saved->setText(tr("✔ Meeting closed: its record is final"));
}

void FacilitationWindow::undo()
{
    // Once the meeting is closed its record is final (closing also cleared the stacks).
    QUndoStack* stack = m_undoGroup->activeStack();
    if (m_meeting.status == MeetingStatus::Closed || !stack || !stack->canUndo())
        return;
    const QString what = stack->undoText();
    // A refused undo is shown once by undoStep() and leaves the stack as it was: nothing is said undone.
    if (!undoStep(*stack, this))
        return;
    m_saved->setText(tr("↶ Undone: %1").arg(what));
    if (m_pages->currentWidget() == m_panel)
        m_panel->sayUndone(what);
    if (m_election && m_pages->currentWidget() == m_election)
        m_election->refresh();
    if (m_vote && m_pages->currentWidget() == m_vote)
        m_vote->refresh();
}

void FacilitationWindow::redo()
{
    QUndoStack* stack = m_undoGroup->activeStack();
    if (m_meeting.status == MeetingStatus::Closed || !stack || !stack->canRedo())
        return;
    const QString what = stack->redoText();
    if (!redoStep(*stack, this))
        return;
    onRecorded(QDateTime::currentDateTimeUtc(), what);
    if (m_pages->currentWidget() == m_panel)
        m_panel->sayRedone(what);
    if (m_election && m_pages->currentWidget() == m_election)
        m_election->refresh();
    if (m_vote && m_pages->currentWidget() == m_vote)
        m_vote->refresh();
}

} // namespace cercles::ui
