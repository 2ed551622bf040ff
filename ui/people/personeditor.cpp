#include "personeditor.h"

#include "commands/addpersoncommand.h"
#include "commands/editpersoncommand.h"
#include "commands/removepersoncommand.h"
#include "common/messages.h"
#include "persondialog.h"
#include "services/organisationservice.h"

#include <QUndoStack>

#include <algorithm>

namespace cercles::ui {

PersonEditor::PersonEditor(OrganisationService& service, QUndoStack& stack, QWidget* window)
    : QObject(window), m_service(service), m_stack(stack), m_window(window)
{}

PersonId PersonEditor::newPerson()
{
    PersonDialog dialog(Person{}, m_window);
    PersonId added;
    dialog.setApply([&]() -> Result<void> {
        Result<PersonId> id = AddPersonCommand::tryPush(m_stack, m_service, dialog.person());
        if (!id)
            return Error{id.error()};
        added = *id;
        return {};
    });
    dialog.exec();
    return added;
}

void PersonEditor::editPerson(PersonId id)
{
    const Person* person = m_service.organisation().person(id);
    if (!person)
        return;
    PersonDialog dialog(*person, m_window);
    dialog.setApply([&] { return EditPersonCommand::tryPush(m_stack, m_service, dialog.person()); });
    dialog.exec();
}

void PersonEditor::removePerson(PersonId id)
{
    const Organisation& org = m_service.organisation();
    const Person* person = org.person(id);
    if (!person)
        return;
    const auto memberships = std::count_if(org.memberships.cbegin(), org.memberships.cend(),
                                           [&](const Membership& m) { return m.person == id; });
    const auto mandates = std::count_if(org.mandates.cbegin(), org.mandates.cend(),
                                        [&](const Mandate& m) { return m.person == id; });
    const QString question = tr("Remove %1? Their memberships (%2) and mandates (%3) go with them; undo puts "
                                "everything back.")
                                 .arg(person->name)
                                 .arg(memberships)
                                 .arg(mandates);
    if (!messages::confirm(m_window, tr("Remove person"), question))
        return;
    const Result<void> result = RemovePersonCommand::tryPush(m_stack, m_service, id);
    if (!result)
        messages::showError(m_window, result.error());
}

} // namespace cercles::ui
