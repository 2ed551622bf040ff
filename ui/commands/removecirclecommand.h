#pragma once

#include "servicecommand.h"

#include "domain/circle.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Removes a circle (the service refuses while it has sub-circles, members or roles); undo adds it back
/// with the same id and scope items.
class RemoveCircleCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCircleCommand)
public:
    /// Takes the stack, the service and a circle id; removes the circle, then pushes the command.
    /// Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, CircleId id);

    RemoveCircleCommand(OrganisationService& service, const Circle& removed, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Circle m_circle;
};

} // namespace cercles::ui
