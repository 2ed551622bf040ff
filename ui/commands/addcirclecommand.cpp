#include "addcirclecommand.h"

#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<CircleId> AddCircleCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                           const Circle& circle)
{
    Result<CircleId> id = service.addCircle(circle);
    if (id)
        stack.push(new AddCircleCommand(service, *service.organisation().circle(*id)));
    return id;
}

AddCircleCommand::AddCircleCommand(OrganisationService& service, const Circle& added, QUndoCommand* parent)
    : ServiceCommand(tr("Add circle “%1”").arg(added.name), parent), m_service(service), m_circle(added)
{}

Result<void> AddCircleCommand::doRedo()
{
    return withoutValue(m_service.addCircle(m_circle));
}

Result<void> AddCircleCommand::doUndo()
{
    return m_service.removeCircle(m_circle.id);
}

} // namespace cercles::ui
