#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pdi {

// Something a person can act on: what is wrong and what to do about it. The kind lets callers
// react without parsing the message (the CLI maps it to an exit code, the GUI to a dialog).
struct Error {
    enum class Kind {
        Invalid,        // a value, name or option is not acceptable; the message names it
        NotFound,       // no such account, setting or record
        Conflict,       // the change would break a rule: exists already, last administrator
        Authentication, // wrong user name or password, account disabled or locked
        Permission,     // the signed-in role may not do this
        Storage,        // the data directory or the database cannot be read or written
        Network,        // a server cannot be reached or refused the connection
        Cancelled,      // the person stopped the work; nothing that looks finished is left
    };

    Kind kind = Kind::Invalid;
    QString message;

    static Error invalid(QString message) { return {Kind::Invalid, std::move(message)}; }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message)}; }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message)}; }
    static Error authentication(QString message) {
        return {Kind::Authentication, std::move(message)};
    }
    static Error permission(QString message) { return {Kind::Permission, std::move(message)}; }
    static Error storage(QString message) { return {Kind::Storage, std::move(message)}; }
    static Error network(QString message) { return {Kind::Network, std::move(message)}; }
    static Error cancelled(QString message) { return {Kind::Cancelled, std::move(message)}; }
};

// A value or the Error that kept it from being produced. Errors are values here, not
// exceptions: a GUI slot or a CLI command handles them where it can tell the person.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT: implicit so that `return value;` reads naturally
        : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) // NOLINT
        : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(state_); }
    T& value() & { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

// Success without a value, or an Error.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) // NOLINT
        : error_(std::move(error)) {}

    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *error_; }

private:
    std::optional<Error> error_;
};

} // namespace pdi
