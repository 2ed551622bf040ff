#pragma once

#include "servicecommand.h"

#include "domain/person.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Adds a person; undo removes them again.
class AddPersonCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPersonCommand)
public:
    /// Takes the stack, the service and a new person; adds them, then pushes the command. Returns the new
    /// id, or the service's error with nothing pushed.
    static Result<PersonId> tryPush(QUndoStack& stack, OrganisationService& service, const Person& person);

    AddPersonCommand(OrganisationService& service, const Person& added, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Person m_person;
};

} // namespace cercles::ui
