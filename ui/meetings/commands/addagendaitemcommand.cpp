#include "addagendaitemcommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<AgendaItemId> AddAgendaItemCommand::tryPush(QUndoStack& stack, MeetingService& service,
                                                   const AgendaItem& item, int position)
{
    Result<AgendaItemId> id = service.addAgendaItem(item, position);
    if (id) {
        AgendaItem added = item;
        added.id = *id;
        Result<Meeting> meeting = service.meeting(item.meeting);
        int at = position;
        if (meeting) {
            for (qsizetype i = 0; i < meeting->agenda.size(); ++i) {
                if (meeting->agenda[i].id == *id)
                    at = int(i);
            }
        }
        stack.push(new AddAgendaItemCommand(service, added, at));
    }
    return id;
}

AddAgendaItemCommand::AddAgendaItemCommand(MeetingService& service, const AgendaItem& added, int position,
                                           QUndoCommand* parent)
    : ServiceCommand(tr("Add agenda item “%1”").arg(added.title), parent), m_service(service), m_item(added),
      m_position(position)
{}

Result<void> AddAgendaItemCommand::doRedo()
{
    return withoutValue(m_service.addAgendaItem(m_item, m_position));
}

Result<void> AddAgendaItemCommand::doUndo()
{
    return m_service.removeAgendaItem(m_item.id);
}

} // namespace cercles::ui
