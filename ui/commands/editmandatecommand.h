#pragma once

#include "domain/result.h"

#include "domain/mandate.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Changes a mandate's person, role or dates; undo puts back the previous values.
/// It goes through ChangeValueCommand: an edit that changes nothing writes nothing and pushes nothing.
class EditMandateCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMandateCommand)
public:
    /// Takes the stack, the service and the edited mandate (existing id); updates it, then pushes the
    /// command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, const Mandate& edited);
};

} // namespace cercles::ui
