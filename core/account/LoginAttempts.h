#pragma once

#include "audit/AuditEvent.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QString>

namespace pdi {

// One sign-in attempt as LoginAttempts::begin found it.
struct LoginAttempt {
    // Compare: the password may be compared with the stored hash. Anything else is refused
    // whatever the password; the hash is compared all the same, so that every refusal costs the
    // same time.
    enum class Verdict { Compare, UnknownUser, Disabled, Locked };

    Verdict verdict = Verdict::UnknownUser;
    QString name; // as stored (the typed name when unknown)
    QString displayName;
    QString role;
    QString passwordHash;
    QString source;   // the account's: local or directory; empty when unknown
    int failures = 0; // Compare: failures counted so far, this attempt included

    bool known() const { return !source.isEmpty(); }
};

// The failed-login count and the lock of the local password accounts (login.maxFailures).
//
// An attempt counts as a failure from the moment it begins: begin() reads the account and adds
// the attempt to its count in one write transaction, before the slow password comparison, and
// lets no more than login.maxFailures attempts compare. Twenty attempts at once therefore get
// five comparisons, not twenty. A successful login resets the count (Authenticator); a failed
// one keeps it and locks the account when the count reached the limit (fail()).
//
// A cheap handle over the Database; construct one where needed.
class LoginAttempts {
    Q_DECLARE_TR_FUNCTIONS(pdi::LoginAttempts)

public:
    explicit LoginAttempts(Database database)
        : db_(std::move(database)) {}

    Result<LoginAttempt> begin(const QString& name) const;
    // Records the failed attempt (login-failed; account-locked too when this failure locks the
    // account) and locks it when its count reached the limit. details go into the record.
    Result<void> fail(const LoginAttempt& attempt, const QJsonObject& details = {}) const;
    // An attempt that proved nothing about the password: the directory could not be asked, or
    // it accepted the password but refuses the account (disabled there, no group for a role).
    // Gives back the count begin() took, so that it never leads to a lock, and records a
    // login-failed with reason (and details) that is not counted.
    Result<void> release(const LoginAttempt& attempt, const QString& reason, AuditOutcome outcome,
                         const QJsonObject& details = {}) const;

    static QString reason(LoginAttempt::Verdict verdict); // unknown-user, disabled, locked, ...

private:
    Database db_;
};

} // namespace pdi
