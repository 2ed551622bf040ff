#include "editagendaitemcommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

namespace {

/// Takes the service and an item as the dialog left it; returns the item as stored now with only what the
/// dialog edits (title, kind, person concerned) taken from it: notes, content and outcome written since the
/// dialog opened (the facilitation window saves them as typed) are never overwritten by its stale copy.
AgendaItem withDialogFields(MeetingService& service, const AgendaItem& edited)
{
    AgendaItem item = edited;
    if (Result<Meeting> m = service.meeting(edited.meeting)) {
        for (const AgendaItem& now : m->agenda) {
            if (now.id == edited.id) {
                item = now;
                item.title = edited.title;
                item.kind = edited.kind;
                item.personConcerned = edited.personConcerned;
            }
        }
    }
    return item;
}

} // namespace

Result<void> EditAgendaItemCommand::tryPush(QUndoStack& stack, MeetingService& service,
                                            const AgendaItem& before, const AgendaItem& after)
{
    Result<void> r = service.updateAgendaItem(withDialogFields(service, after));
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
    return m_service.updateAgendaItem(withDialogFields(m_service, m_after));
}

Result<void> EditAgendaItemCommand::doUndo()
{
    return m_service.updateAgendaItem(withDialogFields(m_service, m_before));
}

} // namespace cercles::ui
