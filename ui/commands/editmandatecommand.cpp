#include "editmandatecommand.h"

#include "commandtexts.h"
#include "lookup.h"
#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> EditMandateCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                         const Mandate& edited)
{
    const std::optional<Mandate> before = findMandate(service.organisation(), edited.id);
    if (!before)
        return Error{tr("This mandate no longer exists.")};
    Result<void> result = service.updateMandate(edited);
    if (result)
        stack.push(new EditMandateCommand(service, *before, edited));
    return result;
}

EditMandateCommand::EditMandateCommand(OrganisationService& service, const Mandate& before,
                                       const Mandate& after, QUndoCommand* parent)
    : ServiceCommand(service,
                     tr("Edit mandate “%1” of %2")
                         .arg(roleName(service.organisation(), after.role),
                              personName(service.organisation(), after.person)),
                     parent),
      m_before(before), m_after(after)
{}

Result<void> EditMandateCommand::doRedo()
{
    return service().updateMandate(m_after);
}

Result<void> EditMandateCommand::doUndo()
{
    return service().updateMandate(m_before);
}

} // namespace cercles::ui
