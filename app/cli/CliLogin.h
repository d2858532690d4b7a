#pragma once

#include "Command.h"
#include "account/Role.h"
#include "account/Session.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace pdi::cli {

// Passwords for the command line: the next line of standard input with --password-stdin,
// otherwise typed on the terminal without echo. Lines are read in order: the login password
// first (unless PDI_PASSWORD is set), then a new password where the command sets one.
class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::PasswordInput)

public:
    explicit PasswordInput(bool fromStandardInput)
        : fromStdin_(fromStandardInput) {}

    // nullopt with error set when there is nothing to read from.
    std::optional<QString> read(const QString& prompt, Console& console, QString& error);
    // A new password: asked twice on a terminal, read once from standard input.
    std::optional<QString> readNew(const QString& prompt, Console& console, QString& error);

private:
    bool fromStdin_;
};

// What every command that acts on the station shares: opening the data directory, signing in
// the person named by PDI_USER, the permission check, the exit codes 4 and 5, and at the end the
// logout record and sending queued audit messages. Refusals are recorded by the library.
//
//   auto login = CliLogin::open(parser, console, exitCode);
//   if (!login) return exitCode;
//   if (int code = login->signIn(Permission::Write, QStringLiteral("write")); code != ExitOk)
//   return code;
//   ... library calls with login->session() ...
class CliLogin {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::CliLogin)

public:
    static constexpr const char* UserVariable = "PDI_USER";
    static constexpr const char* PasswordVariable = "PDI_PASSWORD";

    // --data-dir DIR and --password-stdin.
    static void addOptions(QCommandLineParser& parser);
    // Opens the data directory (--data-dir, PDI_DATA_DIR, default); nullptr with the message
    // printed and exitCode set when it cannot be opened.
    static std::unique_ptr<CliLogin> open(const QCommandLineParser& parser, Console& console,
                                          int& exitCode);
    // The same for `pdi db`: the database's schema is treated as policy says, and interrupted
    // jobs are left for the next ordinary command.
    static std::unique_ptr<CliLogin> openForMaintenance(const QCommandLineParser& parser,
                                                        Console& console, int& exitCode,
                                                        SchemaPolicy policy);

    // Records logout and sends queued audit messages.
    ~CliLogin();
    CliLogin(const CliLogin&) = delete;
    CliLogin& operator=(const CliLogin&) = delete;

    // Signs in PDI_USER and, when required is set, checks the permission (a refusal is recorded as
    // a security alert naming action). ExitOk, or ExitAuth / ExitRole with the reason printed.
    int signIn(std::optional<Permission> required, const QString& action);

    Station& station() { return station_; }
    const Session& session() const { return *session_; }
    bool signedIn() const { return session_.has_value(); }
    PasswordInput& passwords() { return passwords_; }
    Console& console() { return console_; }

    // Prints the error's message and returns the exit code for it.
    int fail(const Error& error);
    static int exitCodeFor(const Error& error);

private:
    CliLogin(Station station, Console& console, bool passwordFromStdin);

    Station station_;
    Console& console_;
    PasswordInput passwords_;
    std::optional<Session> session_;
};

} // namespace pdi::cli
