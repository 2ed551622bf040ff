#pragma once

#include "servicecommand.h"

#include "domain/membership.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Deletes a membership row (a correction of a mistaken entry, unlike ending it); undo adds it back with
/// the same id.
class RemoveMembershipCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveMembershipCommand)
public:
    /// Takes the stack, the service and a membership id; deletes it, then pushes the command.
    /// Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, MembershipId id);

    RemoveMembershipCommand(OrganisationService& service, const Membership& removed,
                            QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Membership m_membership;
};

} // namespace cercles::ui
