#pragma once

#include "Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pdi {

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

    QJsonObject toJson() const;
};

} // namespace pdi
