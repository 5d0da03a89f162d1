// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace vfio {

// The one way an operation that can fail reports it, in the core, the helper and the client: either a value
// or a failure. A failure carries a sentence a person can act on (what failed, why, the way out) and, where
// the failure crosses the helper's D-Bus interface, the error name a client matches on. Findings that are
// not failures (the scan's problems, the checks' findings) stay lists of their own.
struct Failure
{
    QString message;
    QString errorName; // a D-Bus error name (interface/HelperInterface.h), or empty
};

template <typename T> class [[nodiscard]] Result
{
public:
    // Implicit on purpose, so that a function returns a value or fail(...) as it is.
    // cppcheck-suppress noExplicitConstructor
    Result(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor)
    // cppcheck-suppress noExplicitConstructor
    Result(Failure failure) : m_failure(std::move(failure)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Failure &failure() const { return m_failure; }
    const QString &error() const { return m_failure.message; } // empty when ok()

private:
    std::optional<T> m_value;
    Failure m_failure;
};

// For operations that return nothing but can fail: `return {};` is success.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    // cppcheck-suppress noExplicitConstructor
    Result(Failure failure)
        : m_ok(false), m_failure(std::move(failure)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }

    const Failure &failure() const { return m_failure; }
    const QString &error() const { return m_failure.message; } // empty when ok()

private:
    bool m_ok = true;
    Failure m_failure;
};

// `return fail(tr("..."));` in a function that returns any Result.
inline Failure fail(QString message, QString errorName = {})
{
    return Failure{std::move(message), std::move(errorName)};
}

} // namespace vfio
