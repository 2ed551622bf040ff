#include "addrolecommand.h"

#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<RoleId> AddRoleCommand::tryPush(QUndoStack& stack, OrganisationService& service, const Role& role)
{
    Result<RoleId> id = service.addRole(role);
    if (id)
        stack.push(new AddRoleCommand(service, *service.organisation().role(*id)));
    return id;
}

AddRoleCommand::AddRoleCommand(OrganisationService& service, const Role& added, QUndoCommand* parent)
    : ServiceCommand(tr("Add role “%1”").arg(added.name), parent), m_service(service), m_role(added)
{}

Result<void> AddRoleCommand::doRedo()
{
    return withoutValue(m_service.addRole(m_role));
}

Result<void> AddRoleCommand::doUndo()
{
    return m_service.removeRole(m_role.id);
}

} // namespace cercles::ui
