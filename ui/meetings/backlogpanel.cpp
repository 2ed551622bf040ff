#include "backlogpanel.h"

#include "backlogmodel.h"
#include "commands/takeupbacklogitemcommand.h"
#include "common/messages.h"
#include "services/document.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cercles::ui {

BacklogPanel::BacklogPanel(Document& document, QUndoStack& stack, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(stack)
{
    m_model = new BacklogModel(&document.meetings(), this);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Backlog"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BacklogModel::TitleColumn, QHeaderView::Stretch);
    m_takeUp = new QPushButton(tr("&Take up into this meeting"), this);
    connect(m_takeUp, &QPushButton::clicked, this, [this] { takeUp(m_view->currentIndex().row()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Backlog:"), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_takeUp);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BacklogPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BacklogPanel::updateButtons);
    updateButtons();
}

void BacklogPanel::setCircle(CircleId circle)
{
    m_model->setCircle(circle);
}

void BacklogPanel::setMeeting(MeetingId meeting)
{
    m_meeting = meeting;
    updateButtons();
}

void BacklogPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

AgendaItemId BacklogPanel::takeUp(int row)
{
    const BacklogItem* item = m_model->itemAt(row);
    if (!item || !m_meeting.isValid())
        return {};
    const BacklogItem copy = *item;
    Result<AgendaItemId> id =
        TakeUpBacklogItemCommand::tryPush(m_stack, m_document.meetings(), copy, m_meeting);
    if (!id) {
        messages::showError(this, id.error());
        return {};
    }
    emit takenUp(*id);
    return *id;
}

void BacklogPanel::updateButtons()
{
    const BacklogItem* item = m_model->itemAt(m_view->currentIndex().row());
    m_takeUp->setEnabled(m_editable && m_meeting.isValid() && item && item->isOpen());
}

} // namespace cercles::ui
