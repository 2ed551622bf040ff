#include "removecirclecommand.h"

#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> RemoveCircleCommand::tryPush(QUndoStack& stack, OrganisationService& service, CircleId id)
{
    const Circle* current = service.organisation().circle(id);
    if (!current)
        return Error{tr("This circle no longer exists.")};
    const Circle removed = *current;
    Result<void> result = service.removeCircle(id);
    if (result)
        stack.push(new RemoveCircleCommand(service, removed));
    return result;
}

RemoveCircleCommand::RemoveCircleCommand(OrganisationService& service, const Circle& removed,
                                         QUndoCommand* parent)
    : ServiceCommand(tr("Remove circle “%1”").arg(removed.name), parent), m_service(service),
      m_circle(removed)
{}

Result<void> RemoveCircleCommand::doRedo()
{
    return m_service.removeCircle(m_circle.id);
}

Result<void> RemoveCircleCommand::doUndo()
{
    return withoutValue(m_service.addCircle(m_circle));
}

} // namespace cercles::ui
