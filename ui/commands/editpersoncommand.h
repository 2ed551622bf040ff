#pragma once

#include "servicecommand.h"

#include "domain/person.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles::ui {

/// Changes a person's name, contact, statuses or notes; undo puts back the previous values.
class EditPersonCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPersonCommand)
public:
    /// Takes the stack, the service and the edited person (existing id); updates them, then pushes the
    /// command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, OrganisationService& service, const Person& edited);

    EditPersonCommand(OrganisationService& service, const Person& before, const Person& after,
                      QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    Person m_before;
    Person m_after;
};

} // namespace cercles::ui
