#pragma once

#include "DirectoryClient.h"
#include "LoginAttempts.h"
#include "Session.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>

namespace pdi {

// Signs people in and out: with the station's own password accounts, or, once a hospital
// directory is set (DirectorySettings), through the directory for every name without a local
// password (DirectoryClient; the row is made at the first sign-in, DirectoryAccounts). A local
// sign-in while the directory is set is break-glass and recorded as such. Every attempt is on
// the record: login, or login-failed with the reason (unknown-user, wrong-password, disabled,
// locked; directory-unreachable and the directory's refusals, which are not counted).
// login.maxFailures failed attempts in a row lock the account (LoginAttempts counts them before
// the password is compared, so parallel attempts cannot get past the limit) until an
// administrator unlocks it; the failure that locks it is also recorded as a security alert.
// Every refusal costs the same time and reads the same, whatever its reason.
//
// A cheap handle over the Database; construct one where needed.
class Authenticator {
    Q_DECLARE_TR_FUNCTIONS(pdi::Authenticator)

public:
    explicit Authenticator(Database database)
        : db_(std::move(database)) {}

    // One Authentication error, the same for a wrong user name or password and a disabled or
    // locked account; the record says which it was. Through the directory also: a Network
    // error when it cannot be reached (not counted towards the lock), an Authentication error
    // that says why when it refuses the account or its groups give no role here.
    Result<Session> login(const QString& userName, const QString& password) const;
    // reason: why the session ends ("idle", "exit"), kept in the record's details.
    Result<void> logout(const Session& session, const QString& reason = QString()) const;

private:
    Error refusal() const;
    Result<Session> loginLocally(const LoginAttempt& attempt, const QString& password,
                                 bool breakGlass) const;
    Result<Session> recordLocalLogin(const LoginAttempt& attempt, const QString& password,
                                     Role role, bool breakGlass) const;
    Result<Session> loginThroughDirectory(const LoginAttempt& attempt, const QString& name,
                                          const QString& password,
                                          const DirectoryConfig& config) const;
    Result<Session> directoryRefused(const LoginAttempt& attempt,
                                     const DirectoryAnswer& answer) const;

    Database db_;
};

} // namespace pdi
