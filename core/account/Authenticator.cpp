#include "Authenticator.h"

#include "PasswordHasher.h"
#include "audit/AuditTrail.h"
#include "settings/Settings.h"
#include "station/Timestamp.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pdi {

namespace {

// The hash of a random password nobody knows. An unknown user name is checked against it, so
// that a wrong name takes as long as a wrong password and timing does not reveal which names
// exist.
const QLatin1String UnknownUserHash(
    "pbkdf2-sha256$600000$3JP5LhwR/CmERVZLSg9Dbg==$1egU/INRzW3hBCz0k1e6DJ2JRKtRyNiQMqdmvw35+uA=");

struct StoredAccount {
    QString name;
    QString displayName;
    QString role;
    QString passwordHash;
    bool disabled = false;
    bool locked = false;
    int failedLogins = 0;
};

std::optional<StoredAccount> loadAccount(const QSqlDatabase& connection, const QString& name,
                                         QSqlError& error) {
    QSqlQuery q(connection);
    q.prepare(QStringLiteral(
        "SELECT name, display_name, role, password_hash, disabled, locked, failed_logins"
        " FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return StoredAccount{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toBool(),   q.value(5).toBool(),
                         q.value(6).toInt()};
}

} // namespace

Result<void> Authenticator::recordFailure(const QString& userName, const QString& displayName,
                                          const QString& role, const QString& reason,
                                          bool countsTowardsLock) const {
    const Settings settings(db_);
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    AuditEvent e;
    e.type = AuditEventType::LoginFailed;
    e.actor = AuditActor{userName, displayName, role, settings.stationName()};
    e.target = userName;
    e.outcome = countsTowardsLock ? AuditOutcome::MinorFailure : AuditOutcome::SeriousFailure;
    e.details = QJsonObject{{QStringLiteral("reason"), reason}};

    bool lockedNow = false;
    if (countsTowardsLock) {
        // Re-read inside the write transaction: two stations failing at once must both count.
        QSqlError error;
        const std::optional<StoredAccount> current =
            loadAccount(begun->connection(), userName, error);
        if (current) {
            const int failures = current->failedLogins + 1;
            const int limit = settings.maxLoginFailures();
            lockedNow = !current->locked && failures >= limit;
            QSqlQuery q(begun->connection());
            q.prepare(
                QStringLiteral("UPDATE accounts SET failed_logins = ?, locked = ? WHERE name = ?"));
            q.addBindValue(failures);
            q.addBindValue(current->locked || lockedNow ? 1 : 0);
            q.addBindValue(current->name);
            if (auto done = Database::exec(q, tr("counting a failed login")); !done)
                return done.error();
            e.details.insert(QStringLiteral("failures"), failures);
            e.details.insert(QStringLiteral("limit"), limit);
            if (lockedNow) {
                e.outcome = AuditOutcome::MajorFailure;
                e.details.insert(QStringLiteral("locked"), true);
            }
        }
    }
    if (auto recorded = AuditTrail(db_).record(*begun, e); !recorded)
        return recorded.error();
    if (lockedNow) {
        AuditEvent alert;
        alert.type = AuditEventType::SecurityAlert;
        alert.alert = SecurityAlert::AccountLocked;
        alert.actor = e.actor;
        alert.target = userName;
        alert.details =
            QJsonObject{{QStringLiteral("failures"), e.details.value(QLatin1String("failures"))}};
        if (auto recorded = AuditTrail(db_).record(*begun, alert); !recorded)
            return recorded.error();
    }
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    if (lockedNow)
        return Error::authentication(
            tr("Wrong user name or password. Account %1 is now locked after %2 failed "
               "logins in a row; an administrator can unlock it.")
                .arg(userName)
                .arg(settings.maxLoginFailures()));
    return {};
}

Result<Session> Authenticator::login(const QString& userName, const QString& password) const {
    const QString name = userName.trimmed();
    const Error wrong =
        Error::authentication(tr("Wrong user name or password. Check both and try again."));
    if (name.isEmpty())
        return Error::authentication(
            tr("No user name given; set PDI_USER or type your login name."));

    QSqlError readError;
    const std::optional<StoredAccount> account = loadAccount(db_.connection(), name, readError);
    if (readError.isValid())
        return Database::storageError(readError, tr("reading account %1").arg(name));
    if (!account) {
        (void)PasswordHasher::verify(password, UnknownUserHash);
        if (auto recorded =
                recordFailure(name, QString(), QString(), QStringLiteral("unknown-user"), false);
            !recorded)
            return recorded.error();
        return wrong;
    }
    if (account->disabled) {
        if (auto recorded = recordFailure(account->name, account->displayName, account->role,
                                          QStringLiteral("disabled"), false);
            !recorded)
            return recorded.error();
        return Error::authentication(
            tr("Account %1 is disabled; ask an administrator to enable it (pdi user enable %1).")
                .arg(account->name));
    }
    if (account->locked) {
        if (auto recorded = recordFailure(account->name, account->displayName, account->role,
                                          QStringLiteral("locked"), false);
            !recorded)
            return recorded.error();
        return Error::authentication(
            tr("Account %1 is locked after too many failed logins; ask an administrator to "
               "unlock it.")
                .arg(account->name));
    }
    // The slow hash runs outside any transaction so that other stations can write meanwhile.
    if (!PasswordHasher::verify(password, account->passwordHash)) {
        if (auto recorded = recordFailure(account->name, account->displayName, account->role,
                                          QStringLiteral("wrong-password"), true);
            !recorded)
            return recorded.error();
        return wrong;
    }
    const std::optional<Role> role = Roles::fromName(account->role);
    if (!role)
        return Error::storage(
            tr("Account %1 has an unknown role \"%2\" in the database; an administrator must set "
               "its role again.")
                .arg(account->name, account->role));

    const Settings settings(db_);
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    // The account may have been disabled or locked by another station while the hash ran.
    const std::optional<StoredAccount> current =
        loadAccount(begun->connection(), account->name, readError);
    if (!current || current->disabled || current->locked ||
        current->passwordHash != account->passwordHash)
        return Error::authentication(
            tr("Account %1 changed while signing in; try again.").arg(account->name));
    const QDateTime now = Timestamp::now();
    QSqlQuery q(begun->connection());
    const QString rehash = PasswordHasher::needsRehash(account->passwordHash)
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
    q.addBindValue(account->name);
    if (auto done = Database::exec(q, tr("recording a login")); !done)
        return done.error();

    Session session(account->name, account->displayName, *role, settings.stationName(), now);
    AuditEvent e = AuditEvent::by(session, AuditEventType::Login);
    e.target = account->name;
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
