#pragma once

#include "DirectorySettings.h"

#include <QCoreApplication>
#include <QStringList>

namespace pdi {

// A person as the directory knows them after they proved their password.
struct DirectoryPerson {
    QString dn;
    QString displayName; // displayName, else cn; may be empty
    QStringList groups;  // DNs of the groups they are a member of (memberOf and member lookups)
};

// What the directory said to a sign-in.
struct DirectoryAnswer {
    enum class Outcome {
        SignedIn,      // the password is right; person is filled in
        WrongPassword, // no such person, or the password is wrong: the person's mistake
        Unusable,      // the directory disables, locks or lets the password expire (reason)
        Unavailable,   // the directory cannot be reached or used (problem): nobody's mistake
    };
    Outcome outcome = Outcome::Unavailable;
    QString reason;  // Unusable: disabled, locked, expired
    QString problem; // Unavailable: what is wrong, in words
    DirectoryPerson person;
};

// Signs a person in against the hospital directory (LDAP, Active Directory) with Debian's
// OpenLDAP client library; keeps no password and no connection. Either binds as the person
// (their DN or UPN from a template) or searches for them with the service account and then binds
// as them; then reads their name, whether the directory has disabled them, and their groups.
// Every value a person typed is escaped (RFC 4514 in a DN, RFC 4515 in a filter). Blocking:
// call it off the GUI thread.
class DirectoryClient {
    Q_DECLARE_TR_FUNCTIONS(pdi::DirectoryClient)

public:
    explicit DirectoryClient(DirectoryConfig config)
        : config_(std::move(config)) {}

    DirectoryAnswer signIn(const QString& name, const QString& password) const;

    // For the administrator's "Test connection": connects (with StartTLS on ldap://), signs in
    // the service account in search mode, and looks at the search base. A sentence on success.
    Result<QString> testConnection() const;

    // What is missing from the configuration for the chosen mode; empty when complete.
    QString incompleteBecause() const;

private:
    Result<QString> servicePassword() const;

    DirectoryConfig config_;
};

} // namespace pdi
