#include "removemandatecommand.h"

#include "commandtexts.h"
#include "lookup.h"
#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> RemoveMandateCommand::tryPush(QUndoStack& stack, OrganisationService& service, MandateId id)
{
    const std::optional<Mandate> removed = findMandate(service.organisation(), id);
    if (!removed)
        return Error{tr("This mandate no longer exists.")};
    auto* command = new RemoveMandateCommand(service, *removed);
    Result<void> result = service.removeMandate(id);
    if (result)
        stack.push(command);
    else
        delete command;
    return result;
}

RemoveMandateCommand::RemoveMandateCommand(OrganisationService& service, const Mandate& removed,
                                           QUndoCommand* parent)
    : ServiceCommand(tr("Remove mandate “%1” of %2")
                         .arg(roleName(service.organisation(), removed.role),
                              personName(service.organisation(), removed.person)),
                     parent),
      m_service(service), m_mandate(removed)
{}

Result<void> RemoveMandateCommand::doRedo()
{
    return m_service.removeMandate(m_mandate.id);
}

Result<void> RemoveMandateCommand::doUndo()
{
    return withoutValue(m_service.addMandate(m_mandate));
}

} // namespace cercles::ui
