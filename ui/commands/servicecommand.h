#pragma once

#include "domain/result.h"

#include <QUndoCommand>

class QUndoStack;
class QWidget;

namespace cercles::ui {

/// Base of every undo command: an undoable call to a service (organisation, meeting, consent...), which
/// each command holds itself.
/// A command is created only after its change succeeded (see each command's tryPush), so that a refused
/// edit never reaches the undo stack: the first redo() that QUndoStack::push calls is therefore skipped.
/// A later undo or redo may be refused (the file changed underneath, the meeting was closed meanwhile, the
/// file went read-only): every window undoes and redoes through undoStep() and redoStep(), which call the
/// service before the stack moves, so that a refusal leaves the stack exactly as it was (see there).
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
    friend struct Ahead;

    /// What the file holds ahead of the stack: the next undo() or redo() QUndoStack calls then only moves
    /// the stack, the service having been called already.
    enum class State
    {
        Nothing,
        Undone, ///< the change is reverted in the file; the next undo() is a no-op
        Redone, ///< the change is in the file; the next redo() is a no-op
    };
    State m_ahead = State::Redone; // the change succeeded before the push, which calls redo()
};

/// Takes an undo stack and the window that asks; undoes the stack's last command: the services first, then
/// the stack steps back. Returns true when it did. When a service refuses, shows why once
/// (messages::showError, over the window) and returns false with the file and the stack (its index, count
/// and texts) exactly as they were, so the command stays the next undo. Returns false, showing nothing,
/// when there is nothing to undo.
bool undoStep(QUndoStack& stack, QWidget* window = nullptr);

/// Takes an undo stack and the window that asks; redoes the stack's next command, as undoStep() undoes:
/// returns true when it did; a refusal, shown once, leaves the file and the stack as they were.
bool redoStep(QUndoStack& stack, QWidget* window = nullptr);

/// Takes a service result carrying a value; returns it without the value (for doRedo).
template <typename T> Result<void> withoutValue(const Result<T>& result)
{
    if (result)
        return {};
    return Error{result.error()};
}

} // namespace cercles::ui
