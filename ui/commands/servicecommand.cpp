#include "servicecommand.h"

#include "common/messages.h"

#include <QUndoStack>

namespace cercles::ui {

// QUndoStack has no notion of a refused undo: QUndoStack::undo() calls the command's undo(), then steps back
// whatever happened, and an obsolete command is deleted. Either way a refusal would cost the history a
// command (Redo greyed, the next undo going on to the command before) while the file still holds its
// change. So the windows call the services first, through undoStep() and redoStep(), and let the stack
// move only once the file has changed: a refusal leaves the stack untouched, index, count and texts. The
// command remembers that the file is ahead of the stack, and the undo() or redo() the stack then calls
// only moves the stack.
struct Ahead
{
    /// Takes a command (a ServiceCommand, or a macro of them); reverts its change in the file ahead of the
    /// stack. A macro's children are undone last first; when one is refused, those already undone are
    /// done again, so the file is as it was. Returns the service's error.
    static Result<void> undo(QUndoCommand& command)
    {
        if (auto* service = dynamic_cast<ServiceCommand*>(&command)) {
            if (service->m_ahead == ServiceCommand::State::Undone)
                return {};
            Result<void> result = service->doUndo();
            if (result)
                service->m_ahead = ServiceCommand::State::Undone;
            return result;
        }
        for (int i = command.childCount() - 1; i >= 0; --i) {
            if (Result<void> result = undo(child(command, i)); !result) {
                for (int j = i + 1; j < command.childCount(); ++j)
                    settle(child(command, j), redo(child(command, j)));
                return result;
            }
        }
        return {};
    }

    /// Takes a command; does its change again in the file ahead of the stack, as undo() reverts it.
    static Result<void> redo(QUndoCommand& command)
    {
        if (auto* service = dynamic_cast<ServiceCommand*>(&command)) {
            if (service->m_ahead == ServiceCommand::State::Redone)
                return {};
            Result<void> result = service->doRedo();
            if (result)
                service->m_ahead = ServiceCommand::State::Redone;
            return result;
        }
        for (int i = 0; i < command.childCount(); ++i) {
            if (Result<void> result = redo(child(command, i)); !result) {
                for (int j = i - 1; j >= 0; --j)
                    settle(child(command, j), undo(child(command, j)));
                return result;
            }
        }
        return {};
    }

private:
    static QUndoCommand& child(QUndoCommand& command, int i)
    {
        // The stack owns its commands: child() is const only for the stack's readers.
        return *const_cast<QUndoCommand*>(command.child(i));
    }

    /// A macro child put back where it was: the stack will not call it, so it is no longer ahead.
    static void settle(QUndoCommand& command, const Result<void>& result)
    {
        if (auto* service = dynamic_cast<ServiceCommand*>(&command))
            service->m_ahead = ServiceCommand::State::Nothing;
        if (!result)
            messages::showError(nullptr, result.error());
        for (int i = 0; i < command.childCount(); ++i)
            settle(child(command, i), {});
    }
};

ServiceCommand::ServiceCommand(const QString& text, QUndoCommand* parent) : QUndoCommand(text, parent) {}

void ServiceCommand::redo()
{
    if (m_ahead == State::Redone) {
        m_ahead = State::Nothing;
        return;
    }
    m_ahead = State::Nothing;
    // Only a caller that bypasses redoStep() gets here. Should the service refuse, the file lacks the change
    // while the stack counts it done: the next undo() is then a no-op, so that Undo brings the stack back in
    // step, and nothing is lost (an obsolete command would be deleted).
    if (Result<void> result = doRedo(); !result) {
        m_ahead = State::Undone;
        messages::showError(nullptr, result.error());
    }
}

void ServiceCommand::undo()
{
    if (m_ahead == State::Undone) {
        m_ahead = State::Nothing;
        return;
    }
    m_ahead = State::Nothing;
    // Only a caller that bypasses undoStep() gets here; a refusal makes the next redo() a no-op (see redo()).
    if (Result<void> result = doUndo(); !result) {
        m_ahead = State::Redone;
        messages::showError(nullptr, result.error());
    }
}

bool undoStep(QUndoStack& stack, QWidget* window)
{
    if (!stack.canUndo())
        return false;
    auto* command = const_cast<QUndoCommand*>(stack.command(stack.index() - 1));
    if (Result<void> result = Ahead::undo(*command); !result) {
        messages::showError(window, result.error());
        return false;
    }
    stack.undo();
    return true;
}

bool redoStep(QUndoStack& stack, QWidget* window)
{
    if (!stack.canRedo())
        return false;
    auto* command = const_cast<QUndoCommand*>(stack.command(stack.index()));
    if (Result<void> result = Ahead::redo(*command); !result) {
        messages::showError(window, result.error());
        return false;
    }
    stack.redo();
    return true;
}

} // namespace cercles::ui
