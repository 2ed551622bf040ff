#pragma once

#include "servicecommand.h"

#include "domain/mandate.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Adds a role to a circle; undo removes it again.
class AddRoleCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRoleCommand)
public:
    /// Takes the stack, the service and a new role; adds it, then pushes the command. Returns the new id,
    /// or the service's error with nothing pushed.
    static Result<RoleId> tryPush(QUndoStack& stack, OrganisationService& service, const Role& role);

    AddRoleCommand(OrganisationService& service, const Role& added, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Role m_role;
};

} // namespace cercles::ui
