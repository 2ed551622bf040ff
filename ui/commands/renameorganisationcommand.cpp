#include "renameorganisationcommand.h"

#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> RenameOrganisationCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                                const QString& name)
{
    const QString before = service.organisation().name;
    Result<void> result = service.setOrganisationName(name);
    if (result)
        stack.push(new RenameOrganisationCommand(service, before, service.organisation().name));
    return result;
}

RenameOrganisationCommand::RenameOrganisationCommand(OrganisationService& service, const QString& before,
                                                     const QString& after, QUndoCommand* parent)
    : ServiceCommand(service, tr("Rename the organisation “%1”").arg(after), parent), m_before(before),
      m_after(after)
{}

Result<void> RenameOrganisationCommand::doRedo()
{
    return service().setOrganisationName(m_after);
}

Result<void> RenameOrganisationCommand::doUndo()
{
    return service().setOrganisationName(m_before);
}

} // namespace cercles::ui
