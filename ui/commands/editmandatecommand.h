#pragma once

#include "servicecommand.h"

#include "domain/mandate.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles::ui {

/// Changes a mandate's person, role or dates; undo puts back the previous values.
class EditMandateCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMandateCommand)
public:
    /// Takes the stack, the service and the edited mandate (existing id); updates it, then pushes the
    /// command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, const Mandate& edited);

    EditMandateCommand(OrganisationService& service, const Mandate& before, const Mandate& after,
                       QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    Mandate m_before;
    Mandate m_after;
};

} // namespace cercles::ui
