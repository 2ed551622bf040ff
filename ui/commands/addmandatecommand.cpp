#include "addmandatecommand.h"

#include "addrolecommand.h"
#include "commandtexts.h"
#include "lookup.h"
#include "services/organisationservice.h"

#include <QUndoStack>

#include <memory>

namespace cercles::ui {

Result<MandateId> AddMandateCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                             const Mandate& mandate)
{
    Result<MandateId> id = service.addMandate(mandate);
    if (id)
        stack.push(new AddMandateCommand(service, *findMandate(service.organisation(), *id)));
    return id;
}

Result<MandateId> AddMandateCommand::tryPushWithNewRole(QUndoStack& stack, OrganisationService& service,
                                                        const Role& role, Mandate mandate)
{
    Result<RoleId> roleId = service.addRole(role);
    if (!roleId)
        return Error{roleId.error()};
    mandate.role = *roleId;
    Result<MandateId> id = service.addMandate(mandate);
    if (!id) {
        // Best effort: the role is new and unused, so removing it puts the file back as it was.
        (void)service.removeRole(*roleId);
        return id;
    }
    // One undo step for both: a parent command whose default undo/redo run the children.
    auto step = std::make_unique<QUndoCommand>(
        tr("Give %1 the new role “%2”").arg(personName(service.organisation(), mandate.person), role.name));
    new AddRoleCommand(service, *service.organisation().role(*roleId), step.get());
    new AddMandateCommand(service, *findMandate(service.organisation(), *id), step.get());
    stack.push(step.release());
    return id;
}

AddMandateCommand::AddMandateCommand(OrganisationService& service, const Mandate& added, QUndoCommand* parent)
    : ServiceCommand(tr("Give %1 the role “%2”")
                         .arg(personName(service.organisation(), added.person),
                              roleName(service.organisation(), added.role)),
                     parent),
      m_service(service), m_mandate(added)
{}

Result<void> AddMandateCommand::doRedo()
{
    return withoutValue(m_service.addMandate(m_mandate));
}

Result<void> AddMandateCommand::doUndo()
{
    return m_service.removeMandate(m_mandate.id);
}

} // namespace cercles::ui
