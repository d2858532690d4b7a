#pragma once

#include "Session.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>

namespace pdi {

// Signs people in and out. Every attempt is on the record: login, or login-failed with the
// reason (unknown user, wrong password, disabled, locked). login.maxFailures wrong passwords in a
// row lock the account until an administrator unlocks it; the failure that locks it is also
// recorded as a security alert.
//
// A cheap handle over the Database; construct one where needed.
class Authenticator {
    Q_DECLARE_TR_FUNCTIONS(pdi::Authenticator)

public:
    explicit Authenticator(Database database)
        : db_(std::move(database)) {}

    // An Authentication error for a wrong user name or password, a disabled or a locked
    // account; the message tells the person what to do.
    Result<Session> login(const QString& userName, const QString& password) const;
    // reason: why the session ends ("idle", "exit"), kept in the record's details.
    Result<void> logout(const Session& session, const QString& reason = QString()) const;

private:
    Result<void> recordFailure(const QString& userName, const QString& displayName,
                               const QString& role, const QString& reason,
                               bool countsTowardsLock) const;

    Database db_;
};

} // namespace pdi
