#pragma once

#include "servicecommand.h"

#include "services/organisationservice.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Removes a person with their memberships and mandates; undo restores all of it with the same ids.
class RemovePersonCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePersonCommand)
public:
    /// Takes the stack, the service and a person id; removes the person, then pushes the command.
    /// Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, PersonId id);

    RemovePersonCommand(OrganisationService& service, const RemovedPerson& removed,
                        QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    RemovedPerson m_removed;
};

} // namespace cercles::ui
