#include "ConfigCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "settings/SiteSettings.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace pdi::cli {

QString ConfigCommand::summary() const {
    return tr("show and change the site settings (administrators)");
}

int ConfigCommand::run(const QStringList& arguments, Console& console) {
    const QString usage = tr(
        "usage: pdi config list [--json] | get KEY | set KEY VALUE [--site] | unset KEY [--site]  "
        "[--data-dir DIR] [--password-stdin]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("list: write JSON to standard output"));
    parser.addOption(json);
    const QCommandLineOption site(
        QStringLiteral("site"),
        tr("set, unset: on a shared database, change the site's value of a per-station setting "
           "(the default of stations without their own) instead of this station's"));
    parser.addOption(site);
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, get, set or unset"));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const int expected = action == QLatin1String("set")    ? 3
                         : action == QLatin1String("list") ? 1
                                                           : 2;
    if (!QStringList{QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("set"),
                     QStringLiteral("unset")}
             .contains(action) ||
        args.size() != expected) {
        return commandLine.wrongUsage(console);
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    const QString key = args.value(1);
    const QString attempted = QStringLiteral("config %1 %2").arg(action, key).trimmed();
    if (int code = login->signIn(Permission::ManageSettings, attempted); code != ExitOk)
        return code;

    Settings settings = SiteSettings::of(login->station());
    if (action == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray items;
            for (const SettingDefinition* d : settings.catalog().all()) {
                items.append(
                    QJsonObject{{QStringLiteral("key"), d->key},
                                {QStringLiteral("type"), d->typeName()},
                                {QStringLiteral("value"), settings.value(*d)},
                                {QStringLiteral("text"), settings.text(*d)},
                                {QStringLiteral("default"), settings.isDefault(d->key)},
                                {QStringLiteral("perStation"), d->perStation},
                                {QStringLiteral("stationValue"), settings.isStationValue(d->key)},
                                {QStringLiteral("description"), d->describe()}});
            }
            return writeJson(QJsonObject{{QStringLiteral("settings"), items}}, QStringLiteral("-"),
                             console)
                       ? ExitOk
                       : ExitFailed;
        }
        for (const SettingDefinition* d : settings.catalog().all()) {
            console.out << d->key << " = " << settings.text(*d);
            if (settings.isDefault(d->key))
                console.out << "  " << tr("(default)");
            else if (settings.isStationValue(d->key))
                console.out << "  " << tr("(this station)");
            console.out << '\n';
        }
        return ExitOk;
    }
    if (Result<const SettingDefinition*> known = settings.catalog().require(key); !known)
        return login->fail(known.error());
    if (action == QLatin1String("get")) {
        console.out << settings.text(key) << '\n';
        return ExitOk;
    }
    const QString old = settings.text(key);
    const SettingScope scope = parser.isSet(site) ? SettingScope::Site : SettingScope::Own;
    Result<void> changed = action == QLatin1String("set")
                               ? settings.set(login->session(), key, args.value(2), scope)
                               : settings.reset(login->session(), key, scope);
    if (!changed)
        return login->fail(changed.error());
    console.out
        << tr("%1 = %2 (was %3)").arg(key, settings.text(key), old.isEmpty() ? tr("empty") : old)
        << '\n';
    return ExitOk;
}

} // namespace pdi::cli
