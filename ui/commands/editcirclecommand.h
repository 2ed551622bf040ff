#pragma once

#include "servicecommand.h"

#include "domain/circle.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles::ui {

/// Changes a circle's fields, scope items, rules and red lines; undo puts back the previous ones.
class EditCircleCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCircleCommand)
public:
    /// Takes the stack, the service and the edited circle (existing id); updates it, then pushes the
    /// command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, const Circle& edited);

    EditCircleCommand(OrganisationService& service, const Circle& before, const Circle& after,
                      QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    Circle m_before;
    Circle m_after;
};

} // namespace cercles::ui
