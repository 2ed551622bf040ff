#include "meetingspage.h"

#include "agendaeditor.h"
#include "backlogpanel.h"
#include "facilitation/facilitationwindow.h"
#include "meetingdialog.h"
#include "meetingsmodel.h"
#include "services/document.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cercles::ui {

MeetingsPage::MeetingsPage(Document& document, QUndoStack& stack, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(stack)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    // A circle's name can be very long: it wraps, and never widens the window (issue 9).
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);

    m_model = new MeetingsModel(&document.meetings(), this);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Meetings"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(MeetingsModel::PlaceColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(MeetingsModel::DateColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MeetingsModel::TimeColumn,
                                                     QHeaderView::ResizeToContents);
    m_new = new QPushButton(tr("&New meeting…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_facilitate = new QPushButton(tr("Open &facilitation"), this);
    connect(m_new, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    connect(m_edit, &QPushButton::clicked, this, &MeetingsPage::editMeeting);
    connect(m_facilitate, &QPushButton::clicked, this, &MeetingsPage::openFacilitation);
    connect(m_view, &QTableView::doubleClicked, this, &MeetingsPage::editMeeting);

    m_agenda = new AgendaEditor(document, stack, this);
    m_backlog = new BacklogPanel(document, stack, this);
    connect(m_backlog, &BacklogPanel::takenUp, m_agenda, &AgendaEditor::select);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_facilitate);
    buttons->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(buttons);
    auto* agendaBox = new QWidget(this);
    auto* agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(new QLabel(tr("Agenda of the selected meeting:"), agendaBox));
    agendaLayout->addWidget(m_agenda, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(agendaBox);
    bottom->addWidget(m_backlog);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::onSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingsPage::onSelection);
    onSelection();
}

MeetingsPage::~MeetingsPage()
{
    delete m_facilitation.data();
}

void MeetingsPage::setCircle(CircleId circle)
{
    m_circle = circle;
    const Circle* c = m_document.organisation().organisation().circle(circle);
    m_title->setText(c ? fillPhrase(tr("Meetings of %1"), {circleNoun(*c, interfaceLanguage())}) : QString());
    m_model->setCircle(circle);
    m_backlog->setCircle(circle);
    if (m_model->rowCount() > 0)
        m_view->selectRow(m_model->rowCount() - 1);
    onSelection();
}

void MeetingsPage::setEditable(bool editable)
{
    m_editable = editable;
    m_agenda->setEditable(editable);
    m_backlog->setEditable(editable);
    onSelection();
}

MeetingId MeetingsPage::selectedMeeting() const
{
    return m_model->meetingAt(m_view->currentIndex().row());
}

void MeetingsPage::selectMeeting(MeetingId meeting)
{
    const int row = m_model->rowOf(meeting);
    if (row >= 0)
        m_view->selectRow(row);
}

void MeetingsPage::onSelection()
{
    // The model resets on every change: keep the meeting the agenda shows selected.
    const MeetingId shown = m_agenda->meeting();
    if (!m_view->currentIndex().isValid() && shown.isValid() && m_model->rowOf(shown) >= 0)
        m_view->selectRow(m_model->rowOf(shown));
    const MeetingId meeting = selectedMeeting();
    if (meeting != shown)
        m_agenda->setMeeting(meeting);
    m_backlog->setMeeting(meeting);
    m_new->setEnabled(m_editable && m_circle.isValid());
    m_edit->setEnabled(meeting.isValid());
    m_facilitate->setEnabled(meeting.isValid());
}

void MeetingsPage::newMeeting()
{
    if (!m_circle.isValid())
        return;
    const Meeting draft = m_document.meetings().draftMeeting(
        m_circle, QDate::currentDate(), QTime(18, 0),
        m_document.meetings().usualTimeZone(m_circle, MeetingDialog::systemZone()));
    MeetingDialog dialog(m_document, m_stack, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        selectMeeting(dialog.savedId());
}

void MeetingsPage::editMeeting()
{
    const MeetingId id = selectedMeeting();
    Result<Meeting> meeting = m_document.meetings().meeting(id);
    if (!meeting)
        return;
    MeetingDialog dialog(m_document, m_stack, meeting.value(), this);
    dialog.exec();
    selectMeeting(id);
}

FacilitationWindow* MeetingsPage::openFacilitation()
{
    const MeetingId id = selectedMeeting();
    if (!id.isValid())
        return nullptr;
    if (!m_facilitation || m_facilitation->meeting() != id) {
        if (m_facilitation)
            m_facilitation->close();
        m_facilitation = new FacilitationWindow(m_document, m_stack, id);
        m_facilitation->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_facilitation->show();
    m_facilitation->raise();
    m_facilitation->activateWindow();
    return m_facilitation;
}

} // namespace cercles::ui
