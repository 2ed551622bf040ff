#pragma once

#include "servicecommand.h"

#include "domain/membership.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Admits a person into a circle; undo deletes the membership row.
class AddMembershipCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMembershipCommand)
public:
    /// Takes the stack, the service and a new membership; adds it, then pushes the command. Returns the new
    /// id, or the service's error (e.g. a red line the person crosses) with nothing pushed.
    static Result<MembershipId> tryPush(QUndoStack& stack, OrganisationService& service,
                                        const Membership& membership);

    AddMembershipCommand(OrganisationService& service, const Membership& added,
                         QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Membership m_membership;
};

} // namespace cercles::ui
