#include "moveagendaitemcommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> MoveAgendaItemCommand::tryPush(QUndoStack& stack, MeetingService& service, MeetingId meeting,
                                            AgendaItemId item, int to)
{
    Result<Meeting> stored = service.meeting(meeting);
    if (!stored)
        return Error{stored.error()};
    for (qsizetype from = 0; from < stored->agenda.size(); ++from) {
        if (stored->agenda[from].id != item)
            continue;
        if (from == to)
            return {};
        if (Result<void> r = service.moveAgendaItem(item, to); !r)
            return r;
        stack.push(new MoveAgendaItemCommand(service, stored->agenda[from], int(from), to));
        return {};
    }
    return Error{tr("This agenda item is not on the meeting's agenda.")};
}

MoveAgendaItemCommand::MoveAgendaItemCommand(MeetingService& service, const AgendaItem& item, int from,
                                             int to, QUndoCommand* parent)
    : ServiceCommand(tr("Move agenda item “%1”").arg(item.title), parent), m_service(service),
      m_item(item.id), m_from(from), m_to(to)
{}

Result<void> MoveAgendaItemCommand::doRedo()
{
    return m_service.moveAgendaItem(m_item, m_to);
}

Result<void> MoveAgendaItemCommand::doUndo()
{
    return m_service.moveAgendaItem(m_item, m_from);
}

} // namespace cercles::ui
