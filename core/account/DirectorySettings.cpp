#include "DirectorySettings.h"

#include "LdapNames.h"
#include "settings/PemFile.h"

#include <QFileInfo>
#include <QUrl>

namespace pdi {

// The checks of the directory keys; the messages are in the settings' translation context.
struct DirectorySettingChecks {
    Q_DECLARE_TR_FUNCTIONS(pdi::Settings)

public:
    static Result<void> url(const QString& what, const QString& text) {
        if (text.isEmpty())
            return {};
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() ||
            (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")) ||
            url.host().isEmpty() || !(url.path().isEmpty() || url.path() == QLatin1String("/")) ||
            url.hasQuery())
            return Error::invalid(
                tr("%1 must be the address of one directory server, e.g. "
                   "ldaps://dc1.hospital.local or ldap://ldap.hospital.local:389 (the station "
                   "then requires StartTLS).")
                    .arg(what));
        return {};
    }

    static Result<void> personTemplate(const QString& what, const QString& text) {
        if (text.isEmpty())
            return {};
        if (!text.contains(QLatin1String("%1")))
            return Error::invalid(tr("%1 must contain %2 where the login name goes, e.g. "
                                     "%2@hospital.local or uid=%2,ou=people,dc=hospital,dc=local.")
                                      .arg(what, QStringLiteral("%1")));
        if (text.contains(QLatin1Char('=')) &&
            !LdapNames::isDn(LdapNames::fill(text, QStringLiteral("name"))))
            return Error::invalid(
                tr("%1 is not a valid distinguished name with the login name in it.").arg(what));
        return {};
    }

    static Result<void> filter(const QString& what, const QString& text) {
        if (!text.contains(QLatin1String("%1")) || !text.startsWith(QLatin1Char('(')) ||
            !text.endsWith(QLatin1Char(')')) ||
            text.count(QLatin1Char('(')) != text.count(QLatin1Char(')')))
            return Error::invalid(
                tr("%1 must be an LDAP filter in parentheses with %2 where the login name goes, "
                   "e.g. (&(objectClass=person)(uid=%2)).")
                    .arg(what, QStringLiteral("%1")));
        return {};
    }

    static Result<void> dn(const QString& what, const QString& text) {
        if (text.isEmpty() || LdapNames::isDn(text))
            return {};
        return Error::invalid(
            tr("%1 must be a distinguished name such as cn=pdi-admins,ou=groups,dc=hospital,"
               "dc=local.")
                .arg(what));
    }

    static Result<void> certificateFile(const QString& what, const QString& path) {
        if (!PemFile::holdsCertificate(path))
            return Error::invalid(tr("%1: %2 holds no PEM certificate.").arg(what, path));
        return {};
    }
};

Result<void> DirectorySettings::checkPrivateFile(const QString& what, const QString& path) {
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error::invalid(tr("%1: %2 is not a readable file.").arg(what, path));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & others)
        return Error::invalid(
            tr("%1: other users of this computer can read or change %2, and it holds the "
               "service account's password. Make it readable by its owner only (mode 600).")
                .arg(what, path));
    return {};
}

const char* DirectorySettings::groupKey(Role role) {
    switch (role) {
    case Role::Reception:
        return ReceptionGroup;
    case Role::FrontDesk:
        return FrontDeskGroup;
    case Role::Technologist:
        return TechnologistGroup;
    case Role::Admin:
        return AdminGroup;
    }
    return AdminGroup;
}

const QVector<SettingDefinition>& DirectorySettings::definitions() {
    using D = SettingDefinition;
    using C = DirectorySettingChecks;
    static const QVector<SettingDefinition> all{
        D::text(Url, 253,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "The hospital directory (LDAP or Active Directory) people sign "
                                  "in with: ldaps://host or ldap://host (then StartTLS is "
                                  "required). Empty: only this station's own accounts."))
            .checkedBy(C::url),
        D::file(CaFile,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "PEM file with the CA certificates that sign the directory "
                                  "server's certificate; empty: the system's CA store."))
            .checkedBy(C::certificateFile),
        D::choice(BindMode, QStringLiteral("person"),
                  {QStringLiteral("person"), QStringLiteral("search")},
                  QT_TRANSLATE_NOOP("pdi::Settings",
                                    "person: sign in to the directory with the person's own name "
                                    "made from the name template; search: find the person with "
                                    "the service account first, then sign in as them.")),
        D::text(PersonTemplate, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "How the login name becomes the person's name in the directory: "
                                  "a user principal name such as %1@hospital.local, or a "
                                  "distinguished name such as uid=%1,ou=people,dc=hospital,"
                                  "dc=local."))
            .checkedBy(C::personTemplate),
        D::text(ServiceDn, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Distinguished name of the service account that searches the "
                                  "directory (search mode)."))
            .checkedBy(C::dn),
        D::file(ServicePasswordFile,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "File holding the service account's password on its first "
                                  "line; readable by this station's user only."))
            .checkedBy(checkPrivateFile),
        D::text(SearchBase, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Where people and groups are searched, e.g. dc=hospital,"
                                  "dc=local."))
            .checkedBy(C::dn),
        D::text(SearchFilter, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Filter that finds a person by login name (%1). OpenLDAP: "
                                  "(&(objectClass=person)(uid=%1)); Active Directory: "
                                  "(&(objectClass=user)(sAMAccountName=%1))."),
                1, QStringLiteral("(&(objectClass=person)(uid=%1))"))
            .checkedBy(C::filter),
        D::text(ReceptionGroup, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Directory group whose members sign in as reception."))
            .checkedBy(C::dn),
        D::text(FrontDeskGroup, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Directory group whose members sign in as front desk."))
            .checkedBy(C::dn),
        D::text(TechnologistGroup, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Directory group whose members sign in as technologists."))
            .checkedBy(C::dn),
        D::text(AdminGroup, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Directory group whose members sign in as administrators."))
            .checkedBy(C::dn),
        D::text(RequiredGroup, 256,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Directory group a person must also be in to sign in at all; "
                                  "empty: none."))
            .checkedBy(C::dn),
        D::integer(TimeoutSeconds, 10, 1, 60,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Seconds to wait for the directory before a sign-in fails "
                                     "as unreachable.")),
    };
    return all;
}

DirectoryConfig DirectorySettings::config() const {
    DirectoryConfig c;
    c.url = own(Url).toString();
    c.caFile = own(CaFile).toString();
    c.bindMode = own(BindMode).toString() == QLatin1String("search")
                     ? DirectoryConfig::BindMode::Search
                     : DirectoryConfig::BindMode::Person;
    c.personTemplate = own(PersonTemplate).toString();
    c.serviceDn = own(ServiceDn).toString();
    c.servicePasswordFile = own(ServicePasswordFile).toString();
    c.searchBase = own(SearchBase).toString();
    c.searchFilter = own(SearchFilter).toString();
    for (Role role : Roles::all()) {
        const QString group = own(groupKey(role)).toString();
        if (!group.isEmpty())
            c.roleGroups.insert(role, group);
    }
    c.requiredGroup = own(RequiredGroup).toString();
    c.timeoutSeconds = own(TimeoutSeconds).toInt();
    return c;
}

std::optional<Role> DirectoryConfig::roleFor(const QStringList& groups) const {
    std::optional<Role> best;
    // Roles::all() runs from the fewest permissions to the most.
    for (Role role : Roles::all()) {
        const QString wanted = roleGroups.value(role);
        if (wanted.isEmpty())
            continue;
        for (const QString& g : groups) {
            if (LdapNames::sameDn(g, wanted))
                best = role;
        }
    }
    return best;
}

bool DirectoryConfig::inRequiredGroup(const QStringList& groups) const {
    if (requiredGroup.isEmpty())
        return true;
    return std::any_of(groups.cbegin(), groups.cend(),
                       [this](const QString& g) { return LdapNames::sameDn(g, requiredGroup); });
}

} // namespace pdi
