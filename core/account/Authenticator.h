#pragma once

#include "Session.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>

namespace pdi {

// Signs people in and out with the local password accounts. Every attempt is on the record:
// login, or login-failed with the reason (unknown-user, wrong-password, disabled, locked).
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
    // locked account; the record says which it was.
    Result<Session> login(const QString& userName, const QString& password) const;
    // reason: why the session ends ("idle", "exit"), kept in the record's details.
    Result<void> logout(const Session& session, const QString& reason = QString()) const;

private:
    Error refusal() const;

    Database db_;
};

} // namespace pdi
