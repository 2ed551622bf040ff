#pragma once

#include "servicecommand.h"

#include "domain/circle.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Adds a circle; undo removes it again.
class AddCircleCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCircleCommand)
public:
    /// Takes the stack, the service and a new circle; adds it, then pushes the command. Returns the new id,
    /// or the service's error with nothing pushed.
    static Result<CircleId> tryPush(QUndoStack& stack, OrganisationService& service, const Circle& circle);

    /// Takes the circle as the service stored it (with its ids).
    AddCircleCommand(OrganisationService& service, const Circle& added, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Circle m_circle;
};

} // namespace cercles::ui
