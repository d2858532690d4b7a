#include "CliLogin.h"

#include "recovery/StationRecovery.h"

#include "account/AccessControl.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace pdi::cli {

namespace {

// Standard input read line by line, shared by every password read of the command, so that
// "printf 'login\nnew\n' | pdi ... --password-stdin" hands out the lines in order.
QFile& standardInput() {
    static QFile in;
    if (!in.isOpen())
        in.open(stdin, QIODevice::ReadOnly);
    return in;
}

std::optional<QString> readLine() {
    QFile& in = standardInput();
    QByteArray line = in.readLine();
    if (line.isEmpty() && in.atEnd())
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// Turns terminal echo off while a password is typed.
class HiddenInput {
public:
    HiddenInput() {
        if (tcgetattr(STDIN_FILENO, &saved_) == 0) {
            termios quiet = saved_;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~HiddenInput() {
        if (active_)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
    }
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;

private:
    termios saved_{};
    bool active_ = false;
};

} // namespace

std::optional<QString> PasswordInput::read(const QString& prompt, Console& console,
                                           QString& error) {
    if (fromStdin_) {
        std::optional<QString> line = readLine();
        if (!line)
            error = tr("Standard input ended before the password; give one password per line with "
                       "--password-stdin.");
        return line;
    }
    if (!isatty(STDIN_FILENO)) {
        error = tr("There is no terminal to type the password on; give it on standard input with "
                   "--password-stdin.");
        return std::nullopt;
    }
    console.err << prompt << ' ';
    console.err.flush();
    std::optional<QString> line;
    {
        HiddenInput hidden;
        line = readLine();
    }
    console.err << '\n';
    console.err.flush();
    if (!line)
        error = tr("No password was typed.");
    return line;
}

std::optional<QString> PasswordInput::readNew(const QString& prompt, Console& console,
                                              QString& error) {
    std::optional<QString> first = read(prompt, console, error);
    if (!first || fromStdin_)
        return first;
    std::optional<QString> again = read(tr("Type it again:"), console, error);
    if (!again)
        return std::nullopt;
    if (*again != *first) {
        error = tr("The two passwords differ; nothing was changed.");
        return std::nullopt;
    }
    return first;
}

void CliLogin::addOptions(QCommandLineParser& parser) {
    parser.addOption(
        QCommandLineOption(QStringLiteral("data-dir"),
                           tr("the station's data directory (default: PDI_DATA_DIR, else %1)")
                               .arg(DataDirectory::defaultPath()),
                           QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("password-stdin"),
        tr("read passwords from standard input, one per line: yours first (unless "
           "PDI_PASSWORD is set), then a new one where the command sets one")));
}

namespace {

// With both, the first line of standard input could be read as the login password or as a new
// one; a script that meant the first gives a new account the administrator's password.
bool passwordSourcesClash(const QCommandLineParser& parser, Console& console) {
    if (!parser.isSet(QStringLiteral("password-stdin")) ||
        !qEnvironmentVariableIsSet(CliLogin::PasswordVariable))
        return false;
    console.err << CliLogin::tr(
                       "PDI_PASSWORD and --password-stdin cannot be used together: it would "
                       "be unclear which password the first line on standard input is. Unset "
                       "PDI_PASSWORD and give every password on standard input, one per line "
                       "(yours first), or leave out --password-stdin.")
                << '\n';
    return true;
}

} // namespace

std::unique_ptr<CliLogin> CliLogin::openForMaintenance(const QCommandLineParser& parser,
                                                       Console& console, int& exitCode,
                                                       SchemaPolicy policy) {
    if (passwordSourcesClash(parser, console)) {
        exitCode = ExitUsage;
        return nullptr;
    }
    Result<DataDirectory> directory =
        DataDirectory::open(DataDirectory::resolve(parser.value(QStringLiteral("data-dir"))));
    Result<DatabaseLocation> location = directory ? DatabaseLocation::resolve(*directory)
                                                  : Result<DatabaseLocation>(directory.error());
    Result<Station> station =
        location ? Station::open(*directory, *location, policy) : Result<Station>(location.error());
    if (!station) {
        console.err << station.error().message << '\n';
        exitCode = exitCodeFor(station.error());
        return nullptr;
    }
    return std::unique_ptr<CliLogin>(
        new CliLogin(*station, console, parser.isSet(QStringLiteral("password-stdin"))));
}

std::unique_ptr<CliLogin> CliLogin::open(const QCommandLineParser& parser, Console& console,
                                         int& exitCode) {
    if (passwordSourcesClash(parser, console)) {
        exitCode = ExitUsage;
        return nullptr;
    }
    Result<Station> station =
        Station::open(DataDirectory::resolve(parser.value(QStringLiteral("data-dir"))));
    if (!station) {
        console.err << station.error().message << '\n';
        exitCode = exitCodeFor(station.error());
        return nullptr;
    }
    // A write or an import whose program was killed is ended here, and whoever runs the next
    // command is told, by the name of the person who started it.
    for (const QString& notice : StationRecovery::run(*station, QStringLiteral("pdi")))
        console.err << notice << '\n';
    return std::unique_ptr<CliLogin>(
        new CliLogin(*station, console, parser.isSet(QStringLiteral("password-stdin"))));
}

CliLogin::CliLogin(Station station, Console& console, bool passwordFromStdin)
    : station_(std::move(station))
    , console_(console)
    , passwords_(passwordFromStdin) {}

CliLogin::~CliLogin() {
    if (session_) {
        if (auto out =
                station_.authenticator().logout(*session_, QStringLiteral("command finished"));
            !out)
            console_.err << out.error().message << '\n';
    }
    // The head of the day goes outside the database (anchor file, repository) before the queue
    // is sent, so that it travels with it.
    if (session_) {
        Result<std::optional<AuditAnchoring::Taken>> anchored = station_.anchoring().anchorIfDue();
        if (!anchored)
            console_.err << tr("warning: %1").arg(anchored.error().message) << '\n';
        else if (*anchored && !(*anchored)->fileError.isEmpty())
            console_.err << tr("warning: %1").arg((*anchored)->fileError) << '\n';
    }
    // Every command may have added records; send them while the person is still here to read a
    // warning. A repository that is down only delays them: they stay queued.
    const SyslogDelivery d = station_.syslog().flush();
    if (d.error) {
        console_.err
            << tr("warning: %1 (%n audit message(s) queued; `pdi audit flush` sends them later)",
                  nullptr, d.remaining)
                   .arg(d.error->message)
            << '\n';
    }
    console_.out.flush();
    console_.err.flush();
}

int CliLogin::signIn(std::optional<Permission> required, const QString& action) {
    const QString user = qEnvironmentVariable(UserVariable);
    if (user.isEmpty()) {
        console_.err
            << tr("Set PDI_USER to your login name: every act is recorded under a named person.")
            << '\n';
        return ExitAuth;
    }
    QString password = qEnvironmentVariable(PasswordVariable);
    if (!qEnvironmentVariableIsSet(PasswordVariable)) {
        QString error;
        std::optional<QString> typed =
            passwords_.read(tr("Password for %1:").arg(user), console_, error);
        if (!typed) {
            console_.err << error << ' '
                         << tr("For your own password you can also set PDI_PASSWORD.") << '\n';
            return ExitAuth;
        }
        password = *typed;
    }
    Result<Session> session = station_.authenticator().login(user, password);
    if (!session)
        return fail(session.error());
    session_ = *session;
    if (required) {
        if (auto allowed = AccessControl::require(*session_, *required, station_.audit(), action);
            !allowed)
            return fail(allowed.error());
    }
    return ExitOk;
}

int CliLogin::fail(const Error& error) {
    // Messages quote file and patient names from the medium.
    Console::line(console_.err, error.message);
    return exitCodeFor(error);
}

int CliLogin::exitCodeFor(const Error& error) {
    switch (error.kind) {
    case Error::Kind::Authentication:
        return ExitAuth;
    case Error::Kind::Permission:
        return ExitRole;
    case Error::Kind::Conflict:
        return ExitFindings;
    case Error::Kind::Invalid:
    case Error::Kind::NotFound:
        return ExitUsage;
    case Error::Kind::Storage:
    case Error::Kind::Network:
    case Error::Kind::Cancelled:
        return ExitFailed;
    }
    return ExitFailed;
}

} // namespace pdi::cli
