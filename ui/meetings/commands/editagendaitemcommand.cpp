#include "editagendaitemcommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> EditAgendaItemCommand::tryPush(QUndoStack& stack, MeetingService& service,
                                            const AgendaItem& before, const AgendaItem& after)
{
    Result<void> r = service.updateAgendaItem(after);
    if (r)
        stack.push(new EditAgendaItemCommand(service, before, after));
    return r;
}

EditAgendaItemCommand::EditAgendaItemCommand(MeetingService& service, const AgendaItem& before,
                                             const AgendaItem& after, QUndoCommand* parent)
    : ServiceCommand(tr("Edit “%1”").arg(after.title), parent), m_service(service), m_before(before),
      m_after(after)
{}

Result<void> EditAgendaItemCommand::doRedo()
{
    // Only the title and the kind are this command's: notes typed since then stay.
    Result<Meeting> m = m_service.meeting(m_after.meeting);
    AgendaItem item = m_after;
    if (m) {
        for (const AgendaItem& now : m->agenda) {
            if (now.id == m_after.id) {
                item = now;
                item.title = m_after.title;
                item.kind = m_after.kind;
            }
        }
    }
    return m_service.updateAgendaItem(item);
}

Result<void> EditAgendaItemCommand::doUndo()
{
    Result<Meeting> m = m_service.meeting(m_before.meeting);
    AgendaItem item = m_before;
    if (m) {
        for (const AgendaItem& now : m->agenda) {
            if (now.id == m_before.id) {
                item = now;
                item.title = m_before.title;
                item.kind = m_before.kind;
            }
        }
    }
    return m_service.updateAgendaItem(item);
}

} // namespace cercles::ui
