#include "editpersoncommand.h"

#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> EditPersonCommand::tryPush(QUndoStack& stack, OrganisationService& service, const Person& edited)
{
    const Person* current = service.organisation().person(edited.id);
    if (!current)
        return Error{tr("This person no longer exists.")};
    const Person before = *current;
    Result<void> result = service.updatePerson(edited);
    if (result)
        stack.push(new EditPersonCommand(service, before, *service.organisation().person(edited.id)));
    return result;
}

EditPersonCommand::EditPersonCommand(OrganisationService& service, const Person& before, const Person& after,
                                     QUndoCommand* parent)
    : ServiceCommand(service, tr("Edit person “%1”").arg(after.name), parent), m_before(before),
      m_after(after)
{}

Result<void> EditPersonCommand::doRedo()
{
    return service().updatePerson(m_after);
}

Result<void> EditPersonCommand::doUndo()
{
    return service().updatePerson(m_before);
}

} // namespace cercles::ui
