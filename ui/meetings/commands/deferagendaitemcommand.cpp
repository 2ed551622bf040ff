#include "deferagendaitemcommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<BacklogItemId> DeferAgendaItemCommand::tryPush(QUndoStack& stack, MeetingService& service,
                                                      const AgendaItem& item)
{
    Result<BacklogItemId> backlogItem = service.deferAgendaItem(item.id);
    if (backlogItem)
        stack.push(new DeferAgendaItemCommand(service, item, *backlogItem));
    return backlogItem;
}

DeferAgendaItemCommand::DeferAgendaItemCommand(MeetingService& service, const AgendaItem& item,
                                               BacklogItemId backlogItem, QUndoCommand* parent)
    : ServiceCommand(tr("Defer “%1” to the backlog").arg(item.title), parent), m_service(service),
      m_item(item.id), m_backlogItem(backlogItem)
{}

Result<void> DeferAgendaItemCommand::doRedo()
{
    // Deferring again makes a new backlog item; remember it for the next undo.
    Result<BacklogItemId> backlogItem = m_service.deferAgendaItem(m_item);
    if (backlogItem)
        m_backlogItem = *backlogItem;
    return withoutValue(backlogItem);
}

Result<void> DeferAgendaItemCommand::doUndo()
{
    return m_service.undeferAgendaItem(m_item, m_backlogItem);
}

} // namespace cercles::ui
