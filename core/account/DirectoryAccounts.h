#pragma once

#include "DirectoryClient.h"
#include "LoginAttempts.h"
#include "Role.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pdi {

// Who a directory sign-in made: what the Session is built from.
struct DirectorySignedIn {
    QString name;
    QString displayName;
    Role role = Role::Reception;
    QDateTime time;
};

// The account rows of people who sign in through the hospital directory. The row is made at a
// person's first successful sign-in and brought up to date at every later one (name shown, role
// from the groups, last login; failure count reset), in one transaction with its records: a
// user-change when the row is added or its role changes, and the login. No password is kept.
//
// A cheap handle over the Database; construct one where needed.
class DirectoryAccounts {
    Q_DECLARE_TR_FUNCTIONS(pdi::DirectoryAccounts)

public:
    explicit DirectoryAccounts(Database database)
        : db_(std::move(database)) {}

    // attempt: what LoginAttempts::begin found for name (unknown: the first sign-in).
    Result<DirectorySignedIn> signedIn(const LoginAttempt& attempt, const QString& name,
                                       const DirectoryPerson& person, Role role) const;

private:
    Database db_;
};

} // namespace pdi
