#include "removepersoncommand.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> RemovePersonCommand::tryPush(QUndoStack& stack, OrganisationService& service, PersonId id)
{
    Result<RemovedPerson> removed = service.removePerson(id);
    if (!removed)
        return Error{removed.error()};
    stack.push(new RemovePersonCommand(service, *removed));
    return {};
}

RemovePersonCommand::RemovePersonCommand(OrganisationService& service, const RemovedPerson& removed,
                                         QUndoCommand* parent)
    : ServiceCommand(tr("Remove person “%1”").arg(removed.person.name), parent), m_service(service),
      m_removed(removed)
{}

Result<void> RemovePersonCommand::doRedo()
{
    Result<RemovedPerson> removed = m_service.removePerson(m_removed.person.id);
    if (!removed)
        return Error{removed.error()};
    m_removed = *removed;
    return {};
}

Result<void> RemovePersonCommand::doUndo()
{
    return m_service.restorePerson(m_removed);
}

} // namespace cercles::ui
