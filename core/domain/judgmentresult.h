#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cercles {

/// Why the majority-judgment engine refused its input: a stable key for programs (the CLI prints it, tests
/// compare it) and a sentence for the user, already translated. Keys: "empty", "grade-count",
/// "incoherent", "overflow", "grade-out-of-range", "participants", "unbalanced", "scale".
struct JudgmentError
{
    QString key;
    QString message;
};

/// The value of a majority-judgment computation, or the error that stopped it.
template <typename T> class [[nodiscard]] JudgmentResult
{
public:
    JudgmentResult(T value) : m_state(std::move(value)) {}
    JudgmentResult(JudgmentError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &std::get<T>(m_state); }
    const JudgmentError& error() const { return std::get<JudgmentError>(m_state); }

private:
    std::variant<T, JudgmentError> m_state;
};

} // namespace cercles
