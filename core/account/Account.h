#pragma once

#include "Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pdi {

// Where an account signs in: with its password kept by this station, or through the hospital
// directory (which keeps the password; the station keeps only the account row).
enum class AccountSource { Local, Directory };

// One named person's account as an administrator sees it. The password hash never leaves
// AccountStore and Authenticator.
struct Account {
    QString name;        // the login name; unique regardless of letter case
    QString displayName; // the person's name as shown and audited
    Role role = Role::Reception;
    bool disabled = false; // switched off by an administrator
    bool locked = false;   // too many failed logins in a row; an administrator unlocks it
    int failedLogins = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime passwordChangedAt;
    QDateTime lastLoginAt; // invalid when never
    AccountSource source = AccountSource::Local;

    static QString sourceName(AccountSource source); // stable: local, directory
    static AccountSource sourceFromName(const QString& name);

    QJsonObject toJson() const;
};

} // namespace pdi
