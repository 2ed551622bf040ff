#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

class QUndoStack;

namespace cercles {
class OrganisationService;
}

namespace cercles::ui {

/// Renames the organisation; undo puts back the previous name.
/// It goes through ChangeValueCommand: an edit that changes nothing writes nothing and pushes nothing.
class RenameOrganisationCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameOrganisationCommand)
public:
    /// Takes the stack, the service and the new name; renames, then pushes the command. Returns the
    /// service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, const QString& name);
};

} // namespace cercles::ui
