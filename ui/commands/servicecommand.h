#pragma once

#include "domain/result.h"

#include <QUndoCommand>

namespace cercles::ui {

/// Base of every undo command: an undoable call to a service (organisation, meeting, consent...), which
/// each command holds itself.
/// A command is created only after its change succeeded (see each command's tryPush), so that a refused
/// edit never reaches the undo stack: the first redo() that QUndoStack::push calls is therefore skipped.
/// When a later undo or redo is refused (the file changed underneath, the meeting was closed meanwhile,
/// or the file went read-only), the error is shown and the command is marked obsolete, so the stack
/// drops it instead of lying about the state.
class ServiceCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    ServiceCommand(const QString& text, QUndoCommand* parent);

    /// Does the change again; returns the service's error.
    virtual Result<void> doRedo() = 0;
    /// Reverts the change; returns the service's error.
    virtual Result<void> doUndo() = 0;

private:
    void report(const Result<void>& result);

    bool m_firstRedoDone = true;
};

/// Takes a service result carrying a value; returns it without the value (for doRedo).
template <typename T> Result<void> withoutValue(const Result<T>& result)
{
    if (result)
        return {};
    return Error{result.error()};
}

} // namespace cercles::ui
