#include "takeupbacklogitemcommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<AgendaItemId> TakeUpBacklogItemCommand::tryPush(QUndoStack& stack, MeetingService& service,
                                                       const BacklogItem& item, MeetingId meeting)
{
    Result<AgendaItemId> agendaItem = service.takeUp(item.id, meeting);
    if (agendaItem)
        stack.push(new TakeUpBacklogItemCommand(service, item, meeting, *agendaItem));
    return agendaItem;
}

TakeUpBacklogItemCommand::TakeUpBacklogItemCommand(MeetingService& service, const BacklogItem& item,
                                                   MeetingId meeting, AgendaItemId agendaItem,
                                                   QUndoCommand* parent)
    : ServiceCommand(tr("Take up “%1”").arg(item.title), parent), m_service(service), m_backlogItem(item.id),
      m_meeting(meeting), m_agendaItem(agendaItem)
{}

Result<void> TakeUpBacklogItemCommand::doRedo()
{
    Result<AgendaItemId> agendaItem = m_service.takeUp(m_backlogItem, m_meeting);
    if (agendaItem)
        m_agendaItem = *agendaItem;
    return withoutValue(agendaItem);
}

Result<void> TakeUpBacklogItemCommand::doUndo()
{
    return m_service.releaseTakeUp(m_agendaItem);
}

} // namespace cercles::ui
