#pragma once

#include "backend/core/error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace shipdeck {

// A value or an Error. Used at every library boundary instead of exceptions.
//   Result<int> parse(...);  if (!r) return r.error();  use(r.value());
template<typename T>
class [[nodiscard]] Result
{
public:
    using ValueType = T;

    Result(const T &value) : m_data(std::in_place_index<0>, value) {}
    Result(T &&value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(const Error &error) : m_data(std::in_place_index<1>, error) {}
    Result(Error &&error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }

    // Adds context to an error; a value passes through unchanged.
    Result context(const QString &what) &&
    {
        if (ok())
            return std::move(*this);
        return error().withContext(what);
    }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    using ValueType = void;

    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

    Result context(const QString &what) &&
    {
        if (ok())
            return *this;
        return m_error->withContext(what);
    }

private:
    std::optional<Error> m_error;
};

inline Result<void> success() { return {}; }

} // namespace shipdeck

#define SD_CONCAT_INNER(a, b) a##b
#define SD_CONCAT(a, b) SD_CONCAT_INNER(a, b)

// SD_TRY(auto x, expr): evaluates expr (a Result), returns its error from the enclosing
// function, or binds the value to the declaration.
#define SD_TRY(decl, expr)                                                   \
    auto SD_CONCAT(sdTry_, __LINE__) = (expr);                               \
    if (!SD_CONCAT(sdTry_, __LINE__))                                        \
        return SD_CONCAT(sdTry_, __LINE__).error();                          \
    decl = std::move(SD_CONCAT(sdTry_, __LINE__)).value()

// SD_CHECK(expr): returns the error of a Result<...> expression, if any.
#define SD_CHECK(expr)                                                       \
    do {                                                                     \
        auto sdCheck_ = (expr);                                              \
        if (!sdCheck_)                                                       \
            return sdCheck_.error();                                         \
    } while (false)
