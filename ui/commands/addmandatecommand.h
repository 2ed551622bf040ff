#pragma once

#include "servicecommand.h"

#include "domain/mandate.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Gives a person a role for a term; undo removes the mandate.
class AddMandateCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMandateCommand)
public:
    /// Takes the stack, the service and a new mandate (existing role); adds it, then pushes the command.
    /// Returns the new id, or the service's error with nothing pushed.
    static Result<MandateId> tryPush(QUndoStack& stack, OrganisationService& service, const Mandate& mandate);

    /// Takes a new role and a mandate for it (its role id is ignored); adds both as one undoable step.
    /// When the mandate is refused, the role is removed again and nothing is pushed.
    static Result<MandateId> tryPushWithNewRole(QUndoStack& stack, OrganisationService& service,
                                                const Role& role, Mandate mandate);

    AddMandateCommand(OrganisationService& service, const Mandate& added, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Mandate m_mandate;
};

} // namespace cercles::ui
