#include "editpersoncommand.h"

#include "changevaluecommand.h"
#include "services/organisationservice.h"

namespace cercles::ui {

Result<void> EditPersonCommand::tryPush(QUndoStack& stack, OrganisationService& service, const Person& edited)
{
    const Person* current = service.organisation().person(edited.id);
    if (!current)
        return Error{tr("This person no longer exists.")};
    return ChangeValueCommand<Person>::tryPush(
        stack, tr("Edit person “%1”").arg(edited.name), *current, edited,
        [&service](const Person& p) { return service.updatePerson(p); },
        [&service, id = edited.id]() -> std::optional<Person> {
            const Person* stored = service.organisation().person(id);
            return stored ? std::optional<Person>(*stored) : std::nullopt;
        });
}

} // namespace cercles::ui
