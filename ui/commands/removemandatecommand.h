#pragma once

#include "servicecommand.h"

#include "domain/mandate.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Deletes a mandate; undo adds it back with the same id.
class RemoveMandateCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveMandateCommand)
public:
    /// Takes the stack, the service and a mandate id; deletes it, then pushes the command.
    /// Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, MandateId id);

    RemoveMandateCommand(OrganisationService& service, const Mandate& removed,
                         QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    OrganisationService& m_service;
    Mandate m_mandate;
};

} // namespace cercles::ui
