#pragma once

#include "domain/result.h"

#include "domain/person.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Changes a person's name, contact, statuses or notes; undo puts back the previous values.
/// It goes through ChangeValueCommand: an edit that changes nothing writes nothing and pushes nothing.
class EditPersonCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPersonCommand)
public:
    /// Takes the stack, the service and the edited person (existing id); updates them, then pushes the
    /// command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, const Person& edited);
};

} // namespace cercles::ui
