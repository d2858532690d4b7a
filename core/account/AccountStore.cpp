#include "AccountStore.h"

#include "AccessControl.h"
#include "PasswordHasher.h"
#include "PasswordPolicy.h"
#include "Session.h"
#include "audit/AuditTrail.h"
#include "settings/Settings.h"
#include "station/StationOwner.h"
#include "station/Timestamp.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pdi {

namespace {

const QString AccountColumns =
    QStringLiteral("name, display_name, role, disabled, locked, failed_logins, created_at, "
                   "created_by, password_changed_at, "
                   "last_login_at, source");

Account accountFrom(const QSqlQuery& q) {
    Account a;
    a.name = q.value(0).toString();
    a.displayName = q.value(1).toString();
    a.role = Roles::fromName(q.value(2).toString()).value_or(Role::Reception);
    a.disabled = q.value(3).toBool();
    a.locked = q.value(4).toBool();
    a.failedLogins = q.value(5).toInt();
    a.createdAt = Timestamp::parseIsoUtc(q.value(6).toString());
    a.createdBy = q.value(7).toString();
    a.passwordChangedAt = Timestamp::parseIsoUtc(q.value(8).toString());
    a.lastLoginAt = Timestamp::parseIsoUtc(q.value(9).toString());
    a.source = Account::sourceFromName(q.value(10).toString());
    return a;
}

bool hasControlCharacters(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

QJsonObject Account::toJson() const {
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("role"), Roles::name(role)},
        {QStringLiteral("disabled"), disabled},
        {QStringLiteral("locked"), locked},
        {QStringLiteral("failedLogins"), failedLogins},
        {QStringLiteral("createdAt"), Timestamp::isoUtc(createdAt)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("passwordChangedAt"), Timestamp::isoUtc(passwordChangedAt)},
        {QStringLiteral("lastLoginAt"),
         lastLoginAt.isValid() ? Timestamp::isoUtc(lastLoginAt) : QString()},
        {QStringLiteral("source"), sourceName(source)},
    };
}

QString Account::sourceName(AccountSource source) {
    return source == AccountSource::Directory ? QStringLiteral("directory")
                                              : QStringLiteral("local");
}

AccountSource Account::sourceFromName(const QString& name) {
    return name == QLatin1String("directory") ? AccountSource::Directory : AccountSource::Local;
}

Result<int> AccountStore::count() const {
    QSqlQuery q(db_.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) || !q.next())
        return Database::storageError(q.lastError(), tr("counting accounts"));
    return q.value(0).toInt();
}

Result<void> AccountStore::checkName(const QString& name) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    // Nothing typed is not a name that is refused: it is a name still to give.
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("Give a login name: 1 to 32 letters, digits, dots, underscores "
                                 "or hyphens, starting with a letter or digit."));
    if (!valid.match(name).hasMatch())
        return Error::invalid(
            tr("\"%1\" is not a usable login name: use 1 to 32 letters, digits, dots, "
               "underscores or hyphens, starting with a letter or digit.")
                .arg(name));
    return {};
}

Result<void> AccountStore::checkPassword(const QString& name, const QString& password,
                                         const QString& displayName) const {
    return PasswordPolicy(Settings(db_).minPasswordLength()).check(password, name, displayName);
}

Result<Account> AccountStore::load(const QSqlDatabase& connection, const QString& name) const {
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE name = ?").arg(AccountColumns));
    q.addBindValue(name);
    if (auto done = Database::exec(q, tr("reading account %1").arg(name)); !done)
        return done.error();
    if (!q.next())
        return Error::notFound(tr("There is no account \"%1\".").arg(name));
    return accountFrom(q);
}

Result<Account> AccountStore::insert(Transaction& tx, const NewAccount& account,
                                     const QString& createdBy) {
    if (auto valid = checkName(account.name); !valid)
        return valid.error();
    const QString displayName =
        account.displayName.trimmed().isEmpty() ? account.name : account.displayName.trimmed();
    if (displayName.size() > 64 || hasControlCharacters(displayName))
        return Error::invalid(tr("The display name must be one line of at most 64 characters."));
    if (auto valid = checkPassword(account.name, account.password, displayName); !valid)
        return valid.error();
    if (load(tx.connection(), account.name))
        return Error::conflict(
            tr("An account \"%1\" exists already (login names ignore letter case).")
                .arg(account.name));

    const QString hash = PasswordHasher::hash(account.password);
    if (hash.isEmpty())
        return Error::storage(
            tr("The password could not be protected (the system's random number source "
               "failed); try again."));
    const QString now = Timestamp::isoUtc(Timestamp::now());
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO accounts (name, display_name, role, password_hash, created_at, created_by,"
        " password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.name);
    q.addBindValue(displayName);
    q.addBindValue(Roles::name(account.role));
    q.addBindValue(hash);
    q.addBindValue(now);
    q.addBindValue(createdBy);
    q.addBindValue(now);
    if (auto done = Database::exec(q, tr("adding account %1").arg(account.name)); !done)
        return done.error();
    return load(tx.connection(), account.name);
}

Result<Account> AccountStore::createFirstAdministrator(const NewAccount& account) {
    if (account.role != Role::Admin)
        return Error::invalid(tr("The first account must be an administrator (role admin): only an "
                                 "administrator can add the other accounts."));
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    QSqlQuery q(begun->connection());
    // Checked inside the write transaction: two first-time setups racing cannot both win.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) || !q.next())
        return Database::storageError(q.lastError(), tr("counting accounts"));
    if (q.value(0).toInt() > 0)
        return Error::permission(
            tr("Accounts exist already; sign in as an administrator to add more (set PDI_USER "
               "and give your password)."));
    q.finish();
    Result<Account> added = insert(*begun, account, account.name);
    if (!added)
        return added;

    AuditEvent e;
    e.type = AuditEventType::UserChange;
    e.actor = AuditActor{added->name, added->displayName, Roles::name(Role::Admin),
                         Settings(db_).stationName()};
    e.target = added->name;
    e.details = QJsonObject{{QStringLiteral("change"), QStringLiteral("add")},
                            {QStringLiteral("role"), Roles::name(Role::Admin)},
                            {QStringLiteral("displayName"), added->displayName},
                            {QStringLiteral("firstAccount"), true}};
    if (auto recorded = AuditTrail(db_).record(*begun, e); !recorded)
        return recorded.error();
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return added;
}

Result<Account> AccountStore::add(const Session& session, const NewAccount& account) {
    if (auto allowed = AccessControl::require(session, Permission::ManageAccounts, AuditTrail(db_),
                                              QStringLiteral("user add %1").arg(account.name));
        !allowed)
        return allowed.error();
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Result<Account> added = insert(*begun, account, session.userName());
    if (!added)
        return added;
    AuditEvent e = AuditEvent::by(session, AuditEventType::UserChange);
    e.target = added->name;
    e.details = QJsonObject{{QStringLiteral("change"), QStringLiteral("add")},
                            {QStringLiteral("role"), Roles::name(added->role)},
                            {QStringLiteral("displayName"), added->displayName}};
    if (auto recorded = AuditTrail(db_).record(*begun, e); !recorded)
        return recorded.error();
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return added;
}

Result<QVector<Account>> AccountStore::list(const Session& session) const {
    if (auto allowed = AccessControl::require(session, Permission::ManageAccounts, AuditTrail(db_),
                                              QStringLiteral("user list"));
        !allowed)
        return allowed.error();
    QSqlQuery q(db_.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM accounts ORDER BY name COLLATE NOCASE").arg(AccountColumns));
    if (auto done = Database::exec(q, tr("listing accounts")); !done)
        return done.error();
    QVector<Account> out;
    while (q.next())
        out << accountFrom(q);
    return out;
}

Result<Account> AccountStore::find(const Session& session, const QString& name) const {
    if (session.userName().compare(name, Qt::CaseInsensitive) != 0) {
        if (auto allowed =
                AccessControl::require(session, Permission::ManageAccounts, AuditTrail(db_),
                                       QStringLiteral("user show %1").arg(name));
            !allowed)
            return allowed.error();
    }
    return load(db_.connection(), name);
}

Result<void> AccountStore::requireOtherAdministrator(const QSqlDatabase& connection,
                                                     const QString& name) const {
    QSqlQuery q(connection);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND disabled = 0 AND locked = 0"
        " AND name <> ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError(), tr("counting administrators"));
    if (q.value(0).toInt() == 0)
        return Error::conflict(
            tr("%1 is the last administrator who can sign in; add another administrator first, "
               "or nobody could manage accounts any more.")
                .arg(name));
    return {};
}

Result<void> AccountStore::update(const Session& session, const QString& name,
                                  const QString& change, const QString& sql,
                                  const QVariantList& binds, const QJsonObject& details,
                                  bool keepsAdministrator) {
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Result<Account> before = load(begun->connection(), name);
    if (!before)
        return before.error();
    if (keepsAdministrator && before->role == Role::Admin) {
        if (auto other = requireOtherAdministrator(begun->connection(), before->name); !other)
            return other.error();
    }
    QSqlQuery q(begun->connection());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(before->name);
    if (auto done = Database::exec(q, tr("changing account %1").arg(name)); !done)
        return done.error();
    AuditEvent e = AuditEvent::by(session, AuditEventType::UserChange);
    e.target = before->name;
    e.details = details;
    e.details.insert(QStringLiteral("change"), change);
    if (auto recorded = AuditTrail(db_).record(*begun, e); !recorded)
        return recorded.error();
    return begun->commit();
}

Result<void> AccountStore::disable(const Session& session, const QString& name) {
    if (auto allowed = AccessControl::require(session, Permission::ManageAccounts, AuditTrail(db_),
                                              QStringLiteral("user disable %1").arg(name));
        !allowed)
        return allowed.error();
    return update(session, name, QStringLiteral("disable"),
                  QStringLiteral("UPDATE accounts SET disabled = 1 WHERE name = ?"), {}, {}, true);
}

Result<void> AccountStore::enable(const Session& session, const QString& name) {
    if (auto allowed = AccessControl::require(session, Permission::ManageAccounts, AuditTrail(db_),
                                              QStringLiteral("user enable %1").arg(name));
        !allowed)
        return allowed.error();
    return update(session, name, QStringLiteral("enable"),
                  QStringLiteral("UPDATE accounts SET disabled = 0 WHERE name = ?"), {}, {}, false);
}

Result<void> AccountStore::unlock(const Session& session, const QString& name) {
    if (auto allowed = AccessControl::require(session, Permission::ManageAccounts, AuditTrail(db_),
                                              QStringLiteral("user unlock %1").arg(name));
        !allowed)
        return allowed.error();
    return update(
        session, name, QStringLiteral("unlock"),
        QStringLiteral("UPDATE accounts SET locked = 0, failed_logins = 0 WHERE name = ?"), {}, {},
        false);
}

Result<void> AccountStore::unlockAsStationOwner(const StationOwner& owner, const QString& name) {
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Result<Account> account = load(begun->connection(), name);
    if (!account)
        return account.error();
    if (account->role != Role::Admin || !account->locked)
        return Error::conflict(
            tr("%1 is not a locked administrator; break-glass only unlocks the administrators "
               "when none can sign in. An administrator unlocks the other accounts.")
                .arg(account->name));
    if (requireOtherAdministrator(begun->connection(), account->name))
        return Error::conflict(tr("Another administrator can still sign in; ask them to unlock %1.")
                                   .arg(account->name));
    QSqlQuery q(begun->connection());
    q.prepare(QStringLiteral("UPDATE accounts SET locked = 0, failed_logins = 0 WHERE name = ?"));
    q.addBindValue(account->name);
    if (auto done = Database::exec(q, tr("changing account %1").arg(name)); !done)
        return done.error();

    // Nobody signed in: the record names the operating-system user, kept apart from the
    // station's login names.
    const AuditActor actor{QStringLiteral("os:%1").arg(owner.userName()), owner.userName(),
                           QString(), Settings(db_).stationName()};
    const QJsonObject details{{QStringLiteral("operatingSystemUser"), owner.userName()},
                              {QStringLiteral("uid"), double(owner.uid())}};
    AuditEvent alert;
    alert.type = AuditEventType::SecurityAlert;
    alert.alert = SecurityAlert::BreakGlass;
    alert.actor = actor;
    alert.target = account->name;
    alert.outcome = AuditOutcome::MinorFailure; // a safeguard was set aside, on purpose
    alert.details = details;
    AuditEvent change;
    change.type = AuditEventType::UserChange;
    change.actor = actor;
    change.target = account->name;
    change.details = details;
    change.details.insert(QStringLiteral("change"), QStringLiteral("unlock"));
    change.details.insert(QStringLiteral("breakGlass"), true);
    const AuditTrail trail(db_);
    for (const AuditEvent& e : {alert, change}) {
        if (auto recorded = trail.record(*begun, e); !recorded)
            return recorded.error();
    }
    return begun->commit();
}

Result<void> AccountStore::setRole(const Session& session, const QString& name, Role role) {
    if (auto allowed = AccessControl::require(session, Permission::ManageAccounts, AuditTrail(db_),
                                              QStringLiteral("user role %1").arg(name));
        !allowed)
        return allowed.error();
    Result<Account> account = load(db_.connection(), name);
    if (!account)
        return account.error();
    if (account->source == AccountSource::Directory)
        return Error::conflict(tr("%1 signs in through the hospital directory, which gives the "
                                  "role from the person's groups at every sign-in; change the "
                                  "groups in the directory instead.")
                                   .arg(account->name));
    return update(session, name, QStringLiteral("role"),
                  QStringLiteral("UPDATE accounts SET role = ? WHERE name = ?"),
                  {Roles::name(role)}, QJsonObject{{QStringLiteral("role"), Roles::name(role)}},
                  role != Role::Admin);
}

Result<void> AccountStore::changePassword(const Session& session, const QString& name,
                                          const QString& newPassword) {
    const bool own = session.userName().compare(name, Qt::CaseInsensitive) == 0;
    if (!own) {
        if (auto allowed =
                AccessControl::require(session, Permission::ManageAccounts, AuditTrail(db_),
                                       QStringLiteral("user passwd %1").arg(name));
            !allowed)
            return allowed.error();
    }
    Result<Account> account = load(db_.connection(), name);
    if (!account)
        return account.error();
    if (account->source == AccountSource::Directory)
        return Error::conflict(tr("%1 signs in through the hospital directory and has no password "
                                  "at this station; the password is changed in the directory.")
                                   .arg(account->name));
    if (auto valid = checkPassword(account->name, newPassword, account->displayName); !valid)
        return valid.error();
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Error::storage(
            tr("The password could not be protected (the system's random number source "
               "failed); try again."));
    return update(
        session, name, QStringLiteral("password"),
        QStringLiteral(
            "UPDATE accounts SET password_hash = ?, password_changed_at = ? WHERE name = ?"),
        {hash, Timestamp::isoUtc(Timestamp::now())}, QJsonObject{{QStringLiteral("own"), own}},
        false);
}

} // namespace pdi
