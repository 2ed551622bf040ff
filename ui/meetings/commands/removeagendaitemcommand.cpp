#include "removeagendaitemcommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> RemoveAgendaItemCommand::tryPush(QUndoStack& stack, MeetingService& service, MeetingId meeting,
                                              AgendaItemId item)
{
    Result<Meeting> stored = service.meeting(meeting);
    if (!stored)
        return Error{stored.error()};
    for (qsizetype i = 0; i < stored->agenda.size(); ++i) {
        if (stored->agenda[i].id != item)
            continue;
        if (Result<void> r = service.removeAgendaItem(item); !r)
            return r;
        // Keep the place, so that undo puts the item back exactly there.
        stack.push(new RemoveAgendaItemCommand(service, stored->agenda[i], int(i)));
        return {};
    }
    return Error{tr("This agenda item is not on the meeting's agenda.")};
}

RemoveAgendaItemCommand::RemoveAgendaItemCommand(MeetingService& service, const AgendaItem& removed,
                                                 int position, QUndoCommand* parent)
    : ServiceCommand(tr("Remove agenda item “%1”").arg(removed.title), parent), m_service(service),
      m_item(removed), m_position(position)
{}

Result<void> RemoveAgendaItemCommand::doRedo()
{
    return m_service.removeAgendaItem(m_item.id);
}

Result<void> RemoveAgendaItemCommand::doUndo()
{
    return withoutValue(m_service.addAgendaItem(m_item, m_position));
}

} // namespace cercles::ui
