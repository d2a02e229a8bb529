// Result<T>: the value or a typed error, for failures that are normal (I/O, parsing, remote calls).
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace bva {

struct Error
{
    enum class Kind {
        Invalid,
        NotFound,
        Conflict,
        Unauthorized,
        Forbidden,
        Storage,
        Network,
        Remote,
        Parse,
        Internal,
        Throttled, // too many attempts: come back after retryAfterSeconds (HTTP 429)
        Busy
    }; // too much work queued: come back shortly (HTTP 503)
    Kind kind = Kind::Internal;
    QString message;
    int retryAfterSeconds = 0; // Throttled, Busy: when to try again

    static Error invalid(QString m) { return {Kind::Invalid, std::move(m)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m)}; }
    static Error conflict(QString m) { return {Kind::Conflict, std::move(m)}; }
    static Error unauthorized(QString m) { return {Kind::Unauthorized, std::move(m)}; }
    static Error forbidden(QString m) { return {Kind::Forbidden, std::move(m)}; }
    static Error storage(QString m) { return {Kind::Storage, std::move(m)}; }
    static Error network(QString m) { return {Kind::Network, std::move(m)}; }
    static Error remote(QString m) { return {Kind::Remote, std::move(m)}; }
    static Error parse(QString m) { return {Kind::Parse, std::move(m)}; }
    static Error internal(QString m) { return {Kind::Internal, std::move(m)}; }
    static Error throttled(QString m, int retryAfterSeconds)
    {
        return {Kind::Throttled, std::move(m), retryAfterSeconds};
    }
    static Error busy(QString m, int retryAfterSeconds = 1)
    {
        return {Kind::Busy, std::move(m), retryAfterSeconds};
    }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // By value: a reference into a temporary Result would dangle, e.g. in
    // `for (auto &x : repo.all().value())`.
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace bva
