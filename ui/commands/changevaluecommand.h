#pragma once

#include "servicecommand.h"

#include <QUndoStack>

#include <functional>
#include <optional>

namespace cercles::ui {

/// Changes one stored value (a person, a circle, a mandate, the organisation's name, a meeting's
/// details) through a service setter; undo sets the previous value back (the Tiled ChangeValue
/// pattern). Every simple field edit goes through it, so an edit that changes nothing writes nothing
/// and leaves no undo step.
template <typename Value> class ChangeValueCommand : public ServiceCommand
{
public:
    /// Stores a value; returns the service's error.
    using Setter = std::function<Result<void>(const Value&)>;
    /// Reads the value as stored after a set (the service may have given new parts their ids).
    using Reader = std::function<std::optional<Value>()>;

    /// Takes the stack, the command's text (as the Edit menu names it), the value as stored now, the
    /// edited value, the setter and the reader. When the edited value equals the stored one, returns
    /// success having written and pushed nothing. Otherwise sets it, then pushes a command whose redo
    /// sets the value as stored (so redo reuses the ids the first set gave). Returns the setter's error
    /// with nothing pushed.
    /// Both values are taken by copy: `before` is often a reference into the service's own state, which
    /// the set changes.
    static Result<void> tryPush(QUndoStack& stack, const QString& text, Value before, Value edited,
                                Setter set, Reader read)
    {
        if (edited == before)
            return {};
        if (Result<void> result = set(edited); !result)
            return result;
        const std::optional<Value> stored = read();
        stack.push(new ChangeValueCommand(text, before, stored.value_or(edited), std::move(set)));
        return {};
    }

protected:
    Result<void> doRedo() override { return m_set(m_after); }
    Result<void> doUndo() override { return m_set(m_before); }

private:
    ChangeValueCommand(const QString& text, const Value& before, const Value& after, Setter set)
        : ServiceCommand(text, nullptr), m_before(before), m_after(after), m_set(std::move(set))
    {}

    Value m_before;
    Value m_after;
    Setter m_set;
};

} // namespace cercles::ui
