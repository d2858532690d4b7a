#include "FirstRun.h"

namespace pdi {

namespace {

// What the first-run form calls each value, for its messages: never the setting's key.
QString fieldName(const QString& key) {
    if (key == QLatin1String(Settings::InstitutionName))
        return FirstRun::tr("Institution");
    if (key == QLatin1String(Settings::InstitutionDepartment))
        return FirstRun::tr("Department");
    if (key == QLatin1String(Settings::InstitutionPhone))
        return FirstRun::tr("Telephone");
    if (key == QLatin1String(Settings::InstitutionAddress))
        return FirstRun::tr("Address");
    if (key == QLatin1String(Settings::StationName))
        return FirstRun::tr("Station name");
    if (key == QLatin1String(Settings::UiLanguage))
        return FirstRun::tr("Language");
    return key;
}

} // namespace

QVector<QPair<QString, QString>> FirstRun::settingValues(const FirstRunSetup& setup) {
    QVector<QPair<QString, QString>> values{
        {QString::fromLatin1(Settings::InstitutionName), setup.institution.name},
        {QString::fromLatin1(Settings::InstitutionDepartment), setup.institution.department},
        {QString::fromLatin1(Settings::InstitutionPhone), setup.institution.phone},
        {QString::fromLatin1(Settings::InstitutionAddress), setup.institution.address},
        {QString::fromLatin1(Settings::UiLanguage), setup.language},
    };
    if (!setup.stationName.trimmed().isEmpty())
        values.append({QString::fromLatin1(Settings::StationName), setup.stationName});
    return values;
}

Result<bool> FirstRun::needed(const Station& station) {
    Result<int> count = station.accounts().count();
    if (!count)
        return count.error();
    return *count == 0;
}

Result<void> FirstRun::validate(const Station& station, const FirstRunSetup& setup) {
    const NewAccount& admin = setup.administrator;
    if (auto valid = AccountStore::checkName(admin.name); !valid)
        return valid.error();
    if (auto valid =
            station.accounts().checkPassword(admin.name, admin.password, admin.displayName);
        !valid)
        return valid.error();
    if (setup.institution.name.trimmed().isEmpty())
        return Error::invalid(tr("Give the name of the institution: it is written on every "
                                 "medium this station issues."));
    for (const auto& [key, text] : settingValues(setup)) {
        if (Result<QJsonValue> parsed =
                station.settings().catalog().parse(key, text, fieldName(key));
            !parsed)
            return parsed.error();
    }
    return {};
}

Result<void> FirstRun::apply(const Station& station, const FirstRunSetup& setup) {
    if (auto valid = validate(station, setup); !valid)
        return valid;
    NewAccount admin = setup.administrator;
    admin.role = Role::Admin;
    if (Result<Account> created = station.accounts().createFirstAdministrator(admin); !created)
        return created.error();

    // The settings are changed by the new administrator in person, so the record says who set
    // the institution up.
    Result<Session> session = station.authenticator().login(admin.name, admin.password);
    if (!session)
        return Error{session.error().kind,
                     tr("The administrator %1 was created, but signing in failed: %2")
                         .arg(admin.name, session.error().message)};
    Settings settings = station.settings();
    Result<void> saved;
    for (const auto& [key, text] : settingValues(setup)) {
        if (settings.text(key) == text.trimmed())
            continue;
        saved = settings.set(*session, key, text);
        if (!saved) {
            saved = Error{saved.error().kind,
                          tr("The administrator %1 was created, but a setting could not be "
                             "saved: %2 Sign in and finish in Settings.")
                              .arg(admin.name, saved.error().message)};
            break;
        }
    }
    (void)station.authenticator().logout(*session, QStringLiteral("first-run"));
    return saved;
}

} // namespace pdi
