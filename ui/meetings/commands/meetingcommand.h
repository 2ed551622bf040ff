#pragma once

#include "domain/result.h"

#include <QUndoCommand>

namespace cercles::ui {

/// Base of the meeting and consent commands: an undoable call to MeetingService or ConsentService.
/// As with ServiceCommand, a command is created only after its change succeeded (each command's tryPush),
/// so a refused change never reaches the stack and the first redo() that QUndoStack::push calls is skipped.
/// A later refused undo or redo (e.g. the meeting was closed meanwhile) is shown and makes the command
/// obsolete, so the stack drops it instead of lying about the file.
class MeetingCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    MeetingCommand(const QString& text, QUndoCommand* parent);

    /// Does the change again; returns the service's error.
    virtual Result<void> doRedo() = 0;
    /// Reverts the change; returns the service's error.
    virtual Result<void> doUndo() = 0;

private:
    void report(const Result<void>& result);

    bool m_skipRedo = true;
};

/// Takes a service result carrying a value; returns it without the value.
template <typename T> Result<void> dropValue(const Result<T>& result)
{
    if (result)
        return {};
    return Error{result.error()};
}

} // namespace cercles::ui
