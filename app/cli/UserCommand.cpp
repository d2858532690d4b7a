#include "UserCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "account/AccessControl.h"
#include "station/StationOwner.h"
#include "station/Timestamp.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace pdi::cli {

namespace {

QString state(const Account& a) {
    if (a.disabled)
        return UserCommand::tr("disabled");
    if (a.locked)
        return UserCommand::tr("locked");
    return UserCommand::tr("active");
}

QString signsInWith(const Account& a) {
    return a.source == AccountSource::Directory ? UserCommand::tr("directory")
                                                : UserCommand::tr("local");
}

} // namespace

int UserCommand::list(const AccountStore& accounts, CliLogin& login, bool json) {
    Result<QVector<Account>> list = accounts.list(login.session());
    if (!list)
        return login.fail(list.error());
    Console& console = login.console();
    if (json) {
        QJsonArray items;
        for (const Account& a : *list)
            items.append(a.toJson());
        return writeJson(QJsonObject{{QStringLiteral("accounts"), items}}, QStringLiteral("-"),
                         console)
                   ? ExitOk
                   : ExitFailed;
    }
    // Where each account signs in: its password here (local) or the hospital directory.
    for (const Account& a : *list) {
        console.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                           .arg(a.name, -16)
                           .arg(Roles::name(a.role), -12)
                           .arg(state(a), -8)
                           .arg(signsInWith(a), -9)
                           .arg(a.lastLoginAt.isValid() ? Timestamp::isoUtc(a.lastLoginAt)
                                                        : tr("never"),
                                -24)
                           .arg(a.displayName);
    }
    return ExitOk;
}

QString UserCommand::summary() const {
    return tr("add, list, disable and unlock accounts; change roles and passwords");
}

int UserCommand::run(const QStringList& arguments, Console& console) {
    const QString usage =
        tr("usage: pdi user add NAME --role ROLE [--display-name TEXT] | list [--json] | disable "
           "NAME | enable NAME "
           "| unlock NAME [--break-glass] | role NAME ROLE | passwd NAME   [--data-dir DIR] "
           "[--password-stdin]\n"
           "roles: %1")
            .arg(Roles::names().join(QLatin1String(", ")));
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("add: the new account's role"),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         tr("add: the person's name as shown and audited"),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("list: write JSON to standard output"));
    parser.addOption(roleOption);
    parser.addOption(displayName);
    const QCommandLineOption breakGlass(
        QStringLiteral("break-glass"),
        tr("unlock: without signing in, as the operating-system user who owns the data "
           "directory, when no administrator can sign in any more (recorded)"));
    parser.addOption(json);
    parser.addOption(breakGlass);
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("add, list, disable, enable, unlock, role or passwd"));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QHash<QString, int> arity{{QStringLiteral("add"), 2},     {QStringLiteral("list"), 1},
                                    {QStringLiteral("disable"), 2}, {QStringLiteral("enable"), 2},
                                    {QStringLiteral("unlock"), 2},  {QStringLiteral("role"), 3},
                                    {QStringLiteral("passwd"), 2}};
    if (!arity.contains(action) || args.size() != arity.value(action)) {
        return commandLine.wrongUsage(console);
    }
    const QString name = args.value(1);
    std::optional<Role> role;
    if (action == QLatin1String("add") || action == QLatin1String("role")) {
        const QString roleName =
            action == QLatin1String("add") ? parser.value(roleOption) : args.value(2);
        role = Roles::fromName(roleName);
        if (!role) {
            console.err << tr("Give the role with --role: one of %1.")
                               .arg(Roles::names().join(QLatin1String(", ")))
                        << '\n';
            return ExitUsage;
        }
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    AccountStore accounts = login->station().accounts();

    if (action == QLatin1String("add")) {
        Result<int> count = accounts.count();
        if (!count)
            return login->fail(count.error());
        const bool first = *count == 0;
        if (!first) {
            if (int code = login->signIn(Permission::ManageAccounts,
                                         QStringLiteral("user add %1").arg(name));
                code != ExitOk)
                return code;
        } else if (*role != Role::Admin) {
            return login->fail(Error::invalid(
                tr("The first account must be an administrator: use --role admin.")));
        }
        if (auto valid = AccountStore::checkName(name); !valid)
            return login->fail(valid.error());
        QString error;
        std::optional<QString> password =
            login->passwords().readNew(tr("New password for %1:").arg(name), console, error);
        if (!password)
            return login->fail(Error::invalid(error));
        const NewAccount account{name, parser.value(displayName), *role, *password};
        Result<Account> added = first ? accounts.createFirstAdministrator(account)
                                      : accounts.add(login->session(), account);
        if (!added)
            return login->fail(added.error());
        console.out << tr("Account %1 (%2, %3) added.")
                           .arg(added->name, added->displayName, Roles::displayName(added->role))
                    << '\n';
        if (first)
            console.out
                << tr("This is the first account; sign in with PDI_USER=%1 to add the others.")
                       .arg(added->name)
                << '\n';
        return ExitOk;
    }

    if (action == QLatin1String("passwd")) {
        if (int code = login->signIn(std::nullopt, QString()); code != ExitOk)
            return code;
        const bool own = login->session().userName().compare(name, Qt::CaseInsensitive) == 0;
        if (!own) {
            if (auto allowed = AccessControl::require(login->session(), Permission::ManageAccounts,
                                                      login->station().audit(),
                                                      QStringLiteral("user passwd %1").arg(name));
                !allowed)
                return login->fail(allowed.error());
            if (Result<Account> exists = accounts.find(login->session(), name); !exists)
                return login->fail(exists.error());
        }
        QString error;
        std::optional<QString> password =
            login->passwords().readNew(tr("New password for %1:").arg(name), console, error);
        if (!password)
            return login->fail(Error::invalid(error));
        if (auto changed = accounts.changePassword(login->session(), name, *password); !changed)
            return login->fail(changed.error());
        console.out << tr("Password of %1 changed.").arg(name) << '\n';
        return ExitOk;
    }

    if (parser.isSet(breakGlass)) {
        if (action != QLatin1String("unlock"))
            return login->fail(Error::invalid(tr("--break-glass only goes with unlock.")));
        Result<StationOwner> owner = StationOwner::of(login->station().directory());
        if (!owner)
            return login->fail(owner.error());
        if (auto done = accounts.unlockAsStationOwner(*owner, name); !done)
            return login->fail(done.error());
        console.out << tr("Account %1 unlocked by the operating-system user %2 (break-glass, "
                          "recorded in the audit trail). Sign in and change its password if it "
                          "may have been guessed at.")
                           .arg(name, owner->userName())
                    << '\n';
        return ExitOk;
    }

    const QString attempted = QStringLiteral("user %1 %2").arg(action, name).trimmed();
    if (int code = login->signIn(Permission::ManageAccounts, attempted); code != ExitOk)
        return code;
    const Session& session = login->session();

    if (action == QLatin1String("list"))
        return list(accounts, *login, parser.isSet(json));

    Result<void> done;
    QString message;
    if (action == QLatin1String("disable")) {
        done = accounts.disable(session, name);
        message = tr("Account %1 disabled.").arg(name);
    } else if (action == QLatin1String("enable")) {
        done = accounts.enable(session, name);
        message = tr("Account %1 enabled.").arg(name);
    } else if (action == QLatin1String("unlock")) {
        done = accounts.unlock(session, name);
        message = tr("Account %1 unlocked.").arg(name);
    } else {
        done = accounts.setRole(session, name, *role);
        message = tr("Account %1 now has the role %2.").arg(name, Roles::displayName(*role));
    }
    if (!done)
        return login->fail(done.error());
    console.out << message << '\n';
    return ExitOk;
}

} // namespace pdi::cli
