#pragma once

#include "servicecommand.h"

#include <QCoreApplication>
#include <QString>

class QUndoStack;

namespace cercles::ui {

/// Renames the organisation; undo puts back the previous name.
class RenameOrganisationCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameOrganisationCommand)
public:
    /// Takes the stack, the service and the new name; renames, then pushes the command. Returns the
    /// service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, const QString& name);

    RenameOrganisationCommand(OrganisationService& service, const QString& before, const QString& after,
                              QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    QString m_before;
    QString m_after;
};

} // namespace cercles::ui
