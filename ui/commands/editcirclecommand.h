#pragma once

#include "domain/result.h"

#include "domain/circle.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Changes a circle's fields, scope items, rules and red lines; undo puts back the previous ones.
/// It goes through ChangeValueCommand: an edit that changes nothing writes nothing and pushes nothing.
class EditCircleCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCircleCommand)
public:
    /// Takes the stack, the service and the edited circle (existing id); updates it, then pushes the
    /// command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, const Circle& edited);
};

} // namespace cercles::ui
