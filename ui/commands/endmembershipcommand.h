#pragma once

#include "servicecommand.h"

#include "domain/membership.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Ends a membership on a given last day (the person leaves the circle, the history stays); undo makes it
/// ongoing (or ending as before) again.
class EndMembershipCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndMembershipCommand)
public:
    /// Takes the stack, the service, a membership id and its last day; ends it, then pushes the command.
    /// Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, MembershipId id,
                                QDate lastDay);

    EndMembershipCommand(OrganisationService& service, const Membership& before, const Membership& after,
                         QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Membership m_before;
    Membership m_after;
};

} // namespace cercles::ui
