#include "LoginAttempts.h"

#include "audit/AuditTrail.h"
#include "settings/Settings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pdi {

namespace {

struct StoredCount {
    QString name;
    QString displayName;
    QString role;
    QString passwordHash;
    QString source;
    bool disabled = false;
    bool locked = false;
    int failures = 0;
};

Result<std::optional<StoredCount>> loadCount(const QSqlDatabase& connection, const QString& name) {
    QSqlQuery q(connection);
    q.prepare(
        QStringLiteral("SELECT name, display_name, role, password_hash, source, disabled, locked,"
                       " failed_logins FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Database::storageError(q.lastError(),
                                      LoginAttempts::tr("reading account %1").arg(name));
    if (!q.next())
        return std::optional<StoredCount>();
    return std::optional<StoredCount>(StoredCount{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toBool(), q.value(6).toBool(), q.value(7).toInt()});
}

} // namespace

QString LoginAttempts::reason(LoginAttempt::Verdict verdict) {
    switch (verdict) {
    case LoginAttempt::Verdict::Compare:
        return QStringLiteral("wrong-password");
    case LoginAttempt::Verdict::UnknownUser:
        return QStringLiteral("unknown-user");
    case LoginAttempt::Verdict::Disabled:
        return QStringLiteral("disabled");
    case LoginAttempt::Verdict::Locked:
        return QStringLiteral("locked");
    }
    return QString();
}

Result<LoginAttempt> LoginAttempts::begin(const QString& name) const {
    const int limit = Settings(db_).maxLoginFailures();
    // Every attempt takes the write lock, whatever it finds, so that an unknown name costs what
    // a known one costs.
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Result<std::optional<StoredCount>> stored = loadCount(begun->connection(), name);
    if (!stored)
        return stored.error();
    LoginAttempt attempt;
    attempt.name = name;
    if (!*stored)
        return attempt;
    const StoredCount& s = **stored;
    attempt.name = s.name;
    attempt.displayName = s.displayName;
    attempt.role = s.role;
    attempt.passwordHash = s.passwordHash;
    attempt.source = s.source;
    attempt.failures = s.failures;
    if (s.disabled) {
        attempt.verdict = LoginAttempt::Verdict::Disabled;
        return attempt;
    }
    // Attempts still comparing count already: the limit holds however many arrive at once.
    if (s.locked || s.failures >= limit) {
        attempt.verdict = LoginAttempt::Verdict::Locked;
        return attempt;
    }
    QSqlQuery q(begun->connection());
    q.prepare(
        QStringLiteral("UPDATE accounts SET failed_logins = failed_logins + 1 WHERE name = ?"));
    q.addBindValue(s.name);
    if (auto done = Database::exec(q, tr("counting a login attempt")); !done)
        return done.error();
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    attempt.verdict = LoginAttempt::Verdict::Compare;
    attempt.failures = s.failures + 1;
    return attempt;
}

Result<void> LoginAttempts::fail(const LoginAttempt& attempt, const QJsonObject& details) const {
    const Settings settings(db_);
    const int limit = settings.maxLoginFailures();
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    const bool counted = attempt.verdict == LoginAttempt::Verdict::Compare;
    AuditEvent e;
    e.type = AuditEventType::LoginFailed;
    e.actor = AuditActor{attempt.name, attempt.displayName, attempt.role, settings.stationName()};
    e.target = attempt.name;
    e.outcome = counted ? AuditOutcome::MinorFailure : AuditOutcome::SeriousFailure;
    e.details = details;
    e.details.insert(QStringLiteral("reason"), reason(attempt.verdict));

    bool lockedNow = false;
    if (counted) {
        // Read again: other attempts may have counted, or a login reset the count, meanwhile.
        Result<std::optional<StoredCount>> current = loadCount(begun->connection(), attempt.name);
        if (!current)
            return current.error();
        if (*current) {
            const StoredCount& c = **current;
            lockedNow = !c.locked && c.failures >= limit;
            if (lockedNow) {
                QSqlQuery q(begun->connection());
                q.prepare(QStringLiteral("UPDATE accounts SET locked = 1 WHERE name = ?"));
                q.addBindValue(c.name);
                if (auto done = Database::exec(q, tr("locking account %1").arg(c.name)); !done)
                    return done.error();
            }
            e.details.insert(QStringLiteral("failures"), c.failures);
            e.details.insert(QStringLiteral("limit"), limit);
            if (lockedNow) {
                e.outcome = AuditOutcome::MajorFailure;
                e.details.insert(QStringLiteral("locked"), true);
            }
        }
    }
    const AuditTrail trail(db_);
    if (auto recorded = trail.record(*begun, e); !recorded)
        return recorded.error();
    if (lockedNow) {
        AuditEvent alert;
        alert.type = AuditEventType::SecurityAlert;
        alert.alert = SecurityAlert::AccountLocked;
        alert.actor = e.actor;
        alert.target = attempt.name;
        alert.details =
            QJsonObject{{QStringLiteral("failures"), e.details.value(QLatin1String("failures"))}};
        if (auto recorded = trail.record(*begun, alert); !recorded)
            return recorded.error();
    }
    return begun->commit();
}

Result<void> LoginAttempts::release(const LoginAttempt& attempt, const QString& why,
                                    AuditOutcome outcome, const QJsonObject& details) const {
    const Settings settings(db_);
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    if (attempt.verdict == LoginAttempt::Verdict::Compare) {
        QSqlQuery q(begun->connection());
        q.prepare(QStringLiteral("UPDATE accounts SET failed_logins = failed_logins - 1"
                                 " WHERE name = ? AND failed_logins > 0"));
        q.addBindValue(attempt.name);
        if (auto done = Database::exec(q, tr("giving back a login attempt")); !done)
            return done.error();
    }
    AuditEvent e;
    e.type = AuditEventType::LoginFailed;
    e.actor = AuditActor{attempt.name, attempt.displayName, attempt.role, settings.stationName()};
    e.target = attempt.name;
    e.outcome = outcome;
    e.details = details;
    e.details.insert(QStringLiteral("reason"), why);
    e.details.insert(QStringLiteral("counted"), false);
    if (auto recorded = AuditTrail(db_).record(*begun, e); !recorded)
        return recorded.error();
    return begun->commit();
}

} // namespace pdi
