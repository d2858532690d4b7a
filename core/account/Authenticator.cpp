#include "Authenticator.h"

#include "AccountStore.h"
#include "DirectoryAccounts.h"
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
    const DirectorySettings directory(db_);
    const bool directoryAccount = attempt->source != QLatin1String("local");
    if (directory.enabled() && directoryAccount)
        return loginThroughDirectory(*attempt, name, password, directory.config());
    if (attempt->source == QLatin1String("directory")) {
        // Its password lives in the directory, which this station no longer asks: nothing the
        // person typed was compared, so nothing is counted.
        if (auto recorded = attempts.release(*attempt, QStringLiteral("directory-not-set"),
                                             AuditOutcome::SeriousFailure);
            !recorded)
            return recorded.error();
        return Error::authentication(
            tr("%1 signs in through the hospital directory, and this station is not set up to "
               "use it. Ask an administrator.")
                .arg(attempt->name));
    }
    return loginLocally(*attempt, password, directory.enabled());
}

Result<Session> Authenticator::loginLocally(const LoginAttempt& attempt, const QString& password,
                                            bool breakGlass) const {
    const LoginAttempts attempts(db_);
    const bool comparable = attempt.verdict == LoginAttempt::Verdict::Compare;
    const QString stored =
        attempt.passwordHash.isEmpty() ? QString(UnknownUserHash) : attempt.passwordHash;
    // The slow hash runs outside any transaction so that other stations can write meanwhile.
    const bool matches = PasswordHasher::verify(password, stored);
    if (!comparable || !matches) {
        if (auto recorded = attempts.fail(attempt); !recorded)
            return recorded.error();
        return refusal();
    }
    const std::optional<Role> role = Roles::fromName(attempt.role);
    if (!role)
        return Error::storage(
            tr("Account %1 has an unknown role \"%2\" in the database; an administrator must set "
               "its role again.")
                .arg(attempt.name, attempt.role));
    return recordLocalLogin(attempt, password, *role, breakGlass);
}

Result<Session> Authenticator::recordLocalLogin(const LoginAttempt& attempt,
                                                const QString& password, Role role,
                                                bool breakGlass) const {
    const Settings settings(db_);
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    // The account may have been disabled or locked by another station while the hash ran.
    const std::optional<StoredAccount> current = loadAccount(begun->connection(), attempt.name);
    if (!current || current->disabled || current->locked ||
        current->passwordHash != attempt.passwordHash)
        return Error::authentication(
            tr("Account %1 changed while signing in; try again.").arg(attempt.name));
    const QDateTime now = Timestamp::now();
    QSqlQuery q(begun->connection());
    const QString rehash = PasswordHasher::needsRehash(attempt.passwordHash)
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
    q.addBindValue(attempt.name);
    if (auto done = Database::exec(q, tr("recording a login")); !done)
        return done.error();

    Session session(attempt.name, attempt.displayName, role, settings.stationName(), now);
    const AuditTrail trail(db_);
    AuditEvent e = AuditEvent::by(session, AuditEventType::Login);
    e.target = attempt.name;
    if (breakGlass) {
        // The directory is the rule; a station password is the emergency way in (the first
        // administrator, a directory that is down) and is reviewed as such.
        e.details = QJsonObject{{QStringLiteral("source"), QStringLiteral("local")},
                                {QStringLiteral("breakGlass"), true}};
        AuditEvent alert = AuditEvent::by(session, AuditEventType::SecurityAlert);
        alert.alert = SecurityAlert::BreakGlass;
        alert.outcome = AuditOutcome::MinorFailure; // a safeguard was set aside, on purpose
        alert.target = attempt.name;
        alert.details = QJsonObject{{QStringLiteral("reason"), QStringLiteral("local-sign-in")}};
        if (auto recorded = trail.record(*begun, alert); !recorded)
            return recorded.error();
    }
    if (auto recorded = trail.record(*begun, e); !recorded)
        return recorded.error();
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return session;
}

Result<Session> Authenticator::loginThroughDirectory(const LoginAttempt& attempt,
                                                     const QString& name, const QString& password,
                                                     const DirectoryConfig& config) const {
    const LoginAttempts attempts(db_);
    const QJsonObject via{{QStringLiteral("source"), QStringLiteral("directory")}};
    // Disabled or locked here stays so, whatever the directory says; a name this station could
    // not keep is nobody's.
    if ((attempt.known() && attempt.verdict != LoginAttempt::Verdict::Compare) ||
        !AccountStore::checkName(name)) {
        if (auto recorded = attempts.fail(attempt, via); !recorded)
            return recorded.error();
        return refusal();
    }
    const DirectoryAnswer answer = DirectoryClient(config).signIn(name, password);
    if (answer.outcome == DirectoryAnswer::Outcome::WrongPassword) {
        if (auto recorded = attempts.fail(attempt, via); !recorded)
            return recorded.error();
        return refusal();
    }
    if (answer.outcome != DirectoryAnswer::Outcome::SignedIn)
        return directoryRefused(attempt, answer);

    const std::optional<Role> role = config.roleFor(answer.person.groups);
    const bool member = config.inRequiredGroup(answer.person.groups);
    if (!member || !role) {
        // The password was right: this is no guess, and it is not counted.
        QJsonObject details = via;
        details.insert(QStringLiteral("dn"), answer.person.dn);
        if (auto recorded =
                attempts.release(attempt,
                                 member ? QStringLiteral("directory-no-role")
                                        : QStringLiteral("directory-not-in-required-group"),
                                 AuditOutcome::SeriousFailure, details);
            !recorded)
            return recorded.error();
        return Error::authentication(
            member ? tr("The hospital directory accepted your password, but none of your groups "
                        "there gives you a role at PDI Station. Ask an administrator to add you "
                        "to the right group.")
                   : tr("The hospital directory accepted your password, but you are not in the "
                        "group of people who may use PDI Station. Ask an administrator to add "
                        "you to it."));
    }
    Result<DirectorySignedIn> in =
        DirectoryAccounts(db_).signedIn(attempt, name, answer.person, *role);
    if (!in)
        return in.error();
    return Session(in->name, in->displayName, in->role, Settings(db_).stationName(), in->time);
}

Result<Session> Authenticator::directoryRefused(const LoginAttempt& attempt,
                                                const DirectoryAnswer& answer) const {
    const LoginAttempts attempts(db_);
    QJsonObject details{{QStringLiteral("source"), QStringLiteral("directory")}};
    if (answer.outcome == DirectoryAnswer::Outcome::Unavailable) {
        // Nobody's mistake: not counted, so that a directory that is down locks nobody out.
        details.insert(QStringLiteral("problem"), answer.problem);
        if (auto recorded = attempts.release(attempt, QStringLiteral("directory-unreachable"),
                                             AuditOutcome::MinorFailure, details);
            !recorded)
            return recorded.error();
        return Error::network(answer.problem);
    }
    if (auto recorded = attempts.release(attempt, QStringLiteral("directory-") + answer.reason,
                                         AuditOutcome::SeriousFailure, details);
        !recorded)
        return recorded.error();
    if (answer.reason == QLatin1String("locked"))
        return Error::authentication(tr("Your account is locked in the hospital directory, so you "
                                        "cannot sign in. Ask the directory's administrator."));
    if (answer.reason == QLatin1String("expired"))
        return Error::authentication(
            tr("Your password in the hospital directory has expired. Change it where you "
               "change your hospital password, then sign in again."));
    return Error::authentication(tr("Your account is disabled in the hospital directory, so you "
                                    "cannot sign in. Ask the directory's administrator."));
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
