#include "Authenticator.h"

#include "LoginAttempts.h"
#include "PasswordHasher.h"
#include "audit/AuditTrail.h"
#include "settings/Settings.h"
#include "station/Timestamp.h"

#include <QSqlQuery>

namespace pdi {

namespace {

// The hash of a random password nobody knows. An unknown user name is checked against it, so
// that a wrong name takes as long as a wrong password and timing does not reveal which names
// exist.
const QLatin1String UnknownUserHash(
    "pbkdf2-sha256$600000$3JP5LhwR/CmERVZLSg9Dbg==$1egU/INRzW3hBCz0k1e6DJ2JRKtRyNiQMqdmvw35+uA=");

struct StoredAccount {
    QString passwordHash;
    bool disabled = false;
    bool locked = false;
};

std::optional<StoredAccount> loadAccount(const QSqlDatabase& connection, const QString& name) {
    QSqlQuery q(connection);
    q.prepare(
        QStringLiteral("SELECT password_hash, disabled, locked FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredAccount{q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool()};
}

} // namespace

Error Authenticator::refusal() const {
    return Error::authentication(
        tr("Wrong user name or password, or the account is disabled or locked. Check both and "
           "try again; after %1 failed logins in a row an account is locked until an "
           "administrator unlocks it.")
            .arg(Settings(db_).maxLoginFailures()));
}

Result<Session> Authenticator::login(const QString& userName, const QString& password) const {
    const QString name = userName.trimmed();
    if (name.isEmpty())
        return Error::authentication(tr("No user name given; type your login name."));

    // Counted before the comparison (LoginAttempts), and every refusal compares a hash and
    // answers alike: neither the time taken nor the message tells whether the name exists,
    // the account is disabled or locked, or only the password was wrong.
    const LoginAttempts attempts(db_);
    Result<LoginAttempt> attempt = attempts.begin(name);
    if (!attempt)
        return attempt.error();
    const bool comparable = attempt->verdict == LoginAttempt::Verdict::Compare;
    const QString stored =
        attempt->passwordHash.isEmpty() ? QString(UnknownUserHash) : attempt->passwordHash;
    // The slow hash runs outside any transaction so that other stations can write meanwhile.
    const bool matches = PasswordHasher::verify(password, stored);
    if (!comparable || !matches) {
        if (auto recorded = attempts.fail(*attempt); !recorded)
            return recorded.error();
        return refusal();
    }
    const std::optional<Role> role = Roles::fromName(attempt->role);
    if (!role)
        return Error::storage(
            tr("Account %1 has an unknown role \"%2\" in the database; an administrator must set "
               "its role again.")
                .arg(attempt->name, attempt->role));

    const Settings settings(db_);
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    // The account may have been disabled or locked by another station while the hash ran.
    const std::optional<StoredAccount> current = loadAccount(begun->connection(), attempt->name);
    if (!current || current->disabled || current->locked ||
        current->passwordHash != attempt->passwordHash)
        return Error::authentication(
            tr("Account %1 changed while signing in; try again.").arg(attempt->name));
    const QDateTime now = Timestamp::now();
    QSqlQuery q(begun->connection());
    const QString rehash = PasswordHasher::needsRehash(attempt->passwordHash)
                               ? PasswordHasher::hash(password)
                               : QString();
    if (!rehash.isEmpty()) {
        q.prepare(QStringLiteral(
            "UPDATE accounts SET failed_logins = 0, last_login_at = ?, password_hash = ?"
            " WHERE name = ?"));
        q.addBindValue(Timestamp::isoUtc(now));
        q.addBindValue(rehash);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE accounts SET failed_logins = 0, last_login_at = ? WHERE name = ?"));
        q.addBindValue(Timestamp::isoUtc(now));
    }
    q.addBindValue(attempt->name);
    if (auto done = Database::exec(q, tr("recording a login")); !done)
        return done.error();

    Session session(attempt->name, attempt->displayName, *role, settings.stationName(), now);
    AuditEvent e = AuditEvent::by(session, AuditEventType::Login);
    e.target = attempt->name;
    if (auto recorded = AuditTrail(db_).record(*begun, e); !recorded)
        return recorded.error();
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return session;
}

Result<void> Authenticator::logout(const Session& session, const QString& reason) const {
    AuditEvent e = AuditEvent::by(session, AuditEventType::Logout);
    e.target = session.userName();
    if (!reason.isEmpty())
        e.details = QJsonObject{{QStringLiteral("reason"), reason}};
    Result<AuditRecord> recorded = AuditTrail(db_).record(e);
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace pdi
