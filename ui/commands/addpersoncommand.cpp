#include "addpersoncommand.h"

#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<PersonId> AddPersonCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                           const Person& person)
{
    Result<PersonId> id = service.addPerson(person);
    if (id)
        stack.push(new AddPersonCommand(service, *service.organisation().person(*id)));
    return id;
}

AddPersonCommand::AddPersonCommand(OrganisationService& service, const Person& added, QUndoCommand* parent)
    : ServiceCommand(tr("Add person “%1”").arg(added.name), parent), m_service(service), m_person(added)
{}

Result<void> AddPersonCommand::doRedo()
{
    return withoutValue(m_service.addPerson(m_person));
}

Result<void> AddPersonCommand::doUndo()
{
    return withoutValue(m_service.removePerson(m_person.id));
}

} // namespace cercles::ui
