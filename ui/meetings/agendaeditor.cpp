#include "agendaeditor.h"

#include "agendaitemdialog.h"
#include "agendamodel.h"
#include "commands/addagendaitemcommand.h"
#include "commands/deferagendaitemcommand.h"
#include "commands/editagendaitemcommand.h"
#include "commands/moveagendaitemcommand.h"
#include "commands/removeagendaitemcommand.h"
#include "common/messages.h"
#include "services/document.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace cercles::ui {

AgendaEditor::AgendaEditor(Document& document, QUndoStack& stack, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(stack)
{
    m_model = new AgendaModel(&document.meetings(), this);
    m_model->setOutcomeServices(&document.consent(), &document.elections(), &document.votes());
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaModel::NumberColumn,
                                                     QHeaderView::ResizeToContents);

    m_add = new QPushButton(tr("&Add item…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setToolTip(tr("Alt+Up"));
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setToolTip(tr("Alt+Down"));
    m_defer = new QPushButton(tr("&Defer to backlog"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_followUp = new QPushButton(tr("Add the action &follow-up"), this);
    m_followUp->setToolTip(tr("An information item listing the circle's open actions"));
    connect(m_add, &QPushButton::clicked, this, &AgendaEditor::addItem);
    connect(m_edit, &QPushButton::clicked, this, &AgendaEditor::editSelected);
    connect(m_followUp, &QPushButton::clicked, this, &AgendaEditor::addActionFollowUp);
    connect(m_remove, &QPushButton::clicked, this, &AgendaEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_defer, &QPushButton::clicked, this, &AgendaEditor::deferSelected);
    auto* upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    upKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveSelected(-1); });
    auto* downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    downKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { moveSelected(+1); });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_edit, m_remove, m_up, m_down, m_defer, m_followUp})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgendaEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaEditor::updateButtons);
    updateButtons();
}

void AgendaEditor::setMeeting(MeetingId meeting)
{
    m_model->setMeeting(meeting);
}

MeetingId AgendaEditor::meeting() const
{
    return m_model->meeting();
}

void AgendaEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

AgendaItemId AgendaEditor::selectedItem() const
{
    const AgendaItem* item = m_model->itemAt(m_view->currentIndex().row());
    return item ? item->id : AgendaItemId();
}

void AgendaEditor::select(AgendaItemId item)
{
    const int row = m_model->rowOf(item);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, AgendaModel::TitleColumn));
}

void AgendaEditor::addItem()
{
    if (!meeting().isValid())
        return;
    const int row = m_view->currentIndex().row();
    AgendaItemDialog dialog(m_document, m_stack, meeting(), row < 0 ? -1 : row + 1, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.savedId());
}

void AgendaEditor::editSelected()
{
    const AgendaItem* selected = m_model->itemAt(m_view->currentIndex().row());
    if (!selected)
        return;
    const AgendaItem before = *selected;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit the agenda item"));
    auto* title = new QLineEdit(before.title, &dialog);
    auto* kind = new QComboBox(&dialog);
    for (AgendaItemKind k :
         {AgendaItemKind::Information, AgendaItemKind::Discussion, AgendaItemKind::ConsentDecision,
          AgendaItemKind::MembershipEntry, AgendaItemKind::MembershipExit, AgendaItemKind::Election,
          AgendaItemKind::MajorityJudgmentVote})
        kind->addItem(agendaKindName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(before.kind)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(buttons);
    // A refused change (a kind once something is recorded) keeps the dialog and what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        AgendaItem after = before;
        after.title = title->text();
        after.kind = AgendaItemKind(kind->currentData().toInt());
        if (Result<void> r = EditAgendaItemCommand::tryPush(m_stack, m_document.meetings(), before, after); r)
            break;
        else
            messages::showError(this, r.error());
    }
    select(before.id);
}

void AgendaEditor::addActionFollowUp()
{
    if (!meeting().isValid())
        return;
    Result<Meeting> m = m_document.meetings().meeting(meeting());
    if (!m)
        return;
    Result<std::optional<AgendaItem>> item =
        m_document.meetings().actionFollowUpItem(m->circle, m->localDate());
    if (!item) {
        messages::showError(this, item.error());
        return;
    }
    if (!item->has_value()) {
        messages::showError(this, tr("The circle has no open action to follow up."));
        return;
    }
    AgendaItem followUp = **item;
    followUp.meeting = meeting();
    // First on the agenda: what was decided last time is followed up before new business.
    Result<AgendaItemId> id = AddAgendaItemCommand::tryPush(m_stack, m_document.meetings(), followUp, 0);
    if (!id)
        messages::showError(this, id.error());
    else
        select(*id);
}

void AgendaEditor::moveSelected(int step)
{
    const AgendaItemId item = selectedItem();
    if (!item.isValid())
        return;
    const int to = m_model->rowOf(item) + step;
    if (to < 0 || to >= m_model->rowCount())
        return;
    if (Result<void> r = MoveAgendaItemCommand::tryPush(m_stack, m_document.meetings(), meeting(), item, to);
        !r)
        messages::showError(this, r.error());
    select(item);
}

void AgendaEditor::deferSelected()
{
    const AgendaItem* item = m_model->itemAt(m_view->currentIndex().row());
    if (!item)
        return;
    const AgendaItem copy = *item; // the model reloads during the call
    if (auto r = DeferAgendaItemCommand::tryPush(m_stack, m_document.meetings(), copy); !r)
        messages::showError(this, r.error());
    select(copy.id);
}

void AgendaEditor::removeSelected()
{
    const AgendaItemId item = selectedItem();
    if (!item.isValid())
        return;
    if (auto r = RemoveAgendaItemCommand::tryPush(m_stack, m_document.meetings(), meeting(), item); !r)
        messages::showError(this, r.error());
}

void AgendaEditor::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const AgendaItem* item = m_model->itemAt(row);
    const bool can = m_editable && meeting().isValid();
    m_add->setEnabled(can);
    m_edit->setEnabled(can && item);
    m_followUp->setEnabled(can);
    m_remove->setEnabled(can && item);
    m_up->setEnabled(can && item && row > 0);
    m_down->setEnabled(can && item && row + 1 < m_model->rowCount());
    m_defer->setEnabled(can && item && item->state != AgendaItemState::Deferred);
}

} // namespace cercles::ui
