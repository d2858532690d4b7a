#pragma once

#include "Role.h"
#include "settings/SettingStore.h"

#include <QMap>

#include <optional>

namespace pdi {

// How the hospital directory (LDAP, Active Directory) is reached and what its groups mean here,
// as one value: the directory client works from this, never from the store.
struct DirectoryConfig {
    enum class BindMode {
        Person, // bind with the person's own DN or UPN made from personTemplate
        Search, // bind as the service account, find the person, then bind as them
    };

    QString url;    // ldap://host[:port] (StartTLS required) or ldaps://host[:port]; empty: off
    QString caFile; // PEM; empty: the system's CA store
    BindMode bindMode = BindMode::Person;
    QString personTemplate; // "%1@hospital.local" (UPN) or "uid=%1,ou=people,dc=..." (DN)
    QString serviceDn;
    QString servicePasswordFile;
    QString searchBase;
    QString searchFilter; // "(&(objectClass=person)(uid=%1))"; %1 is the escaped login name
    QMap<Role, QString> roleGroups; // the group DN that gives each role; empty: none
    QString requiredGroup;          // empty: none
    int timeoutSeconds = 10;

    bool enabled() const { return !url.isEmpty(); }
    bool startTls() const { return url.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive); }
    // A template with "=" is a DN template (the name is escaped as a DN value), else a UPN.
    bool personTemplateIsDn() const { return personTemplate.contains(QLatin1Char('=')); }

    // The role the groups give: the one with the most permissions among the mapped groups the
    // person is a member of; nullopt when none is mapped.
    std::optional<Role> roleFor(const QStringList& groups) const;
    bool inRequiredGroup(const QStringList& groups) const;
};

// The settings of directory sign-in, declared by core's account code that reads them. The
// application puts them into the catalogue a person sees (SiteSettings).
class DirectorySettings {
    Q_DECLARE_TR_FUNCTIONS(pdi::Settings)

public:
    static constexpr const char* Url = "directory.url";
    static constexpr const char* CaFile = "directory.caFile";
    static constexpr const char* BindMode = "directory.bindMode";
    static constexpr const char* PersonTemplate = "directory.personTemplate";
    static constexpr const char* ServiceDn = "directory.serviceDn";
    static constexpr const char* ServicePasswordFile = "directory.servicePasswordFile";
    static constexpr const char* SearchBase = "directory.searchBase";
    static constexpr const char* SearchFilter = "directory.searchFilter";
    static constexpr const char* ReceptionGroup = "directory.group.reception";
    static constexpr const char* FrontDeskGroup = "directory.group.frontdesk";
    static constexpr const char* TechnologistGroup = "directory.group.technologist";
    static constexpr const char* AdminGroup = "directory.group.admin";
    static constexpr const char* RequiredGroup = "directory.requiredGroup";
    static constexpr const char* TimeoutSeconds = "directory.timeoutSeconds";

    static const QVector<SettingDefinition>& definitions();
    static SettingCatalog catalog() { return SettingCatalog{&definitions()}; }
    // The key of the group setting that gives role.
    static const char* groupKey(Role role);

    explicit DirectorySettings(Database database)
        : store_(std::move(database), catalog()) {}

    DirectoryConfig config() const;
    bool enabled() const { return !own(Url).toString().isEmpty(); }

    // A file that holds a secret must be readable by its owner only; the error says why.
    static Result<void> checkPrivateFile(const QString& what, const QString& path);

private:
    QJsonValue own(const char* key) const { return store_.value(settingIn(definitions(), key)); }

    SettingStore store_;
};

} // namespace pdi
