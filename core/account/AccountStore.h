#pragma once

#include "Account.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QVector>

namespace pdi {

class Session;
class StationOwner;

// What an administrator fills in for a new account.
struct NewAccount {
    QString name;
    QString displayName; // defaults to the name
    Role role = Role::Reception;
    QString password; // clear text only on its way to PasswordHasher
};

// The accounts table: one account per named person (shared accounts are not allowed, JSRT-QA).
// Every change needs ManageAccounts (a person may change their own password) and is recorded as
// a user-change audit record in the same transaction. Refusals are recorded as security alerts.
//
// A cheap handle over the Database; construct one where needed.
class AccountStore {
    Q_DECLARE_TR_FUNCTIONS(pdi::AccountStore)

public:
    explicit AccountStore(Database database)
        : db_(std::move(database)) {}

    Result<int> count() const;

    // The first account of a new station, created without signing in. Allowed only while no
    // account exists, and it must be an administrator.
    Result<Account> createFirstAdministrator(const NewAccount& account);

    Result<Account> add(const Session& session, const NewAccount& account);
    Result<QVector<Account>> list(const Session& session) const;
    Result<Account> find(const Session& session, const QString& name) const;
    Result<void> disable(const Session& session, const QString& name);
    Result<void> enable(const Session& session, const QString& name);
    // Clears a lock after too many failed logins, and the failure count.
    Result<void> unlock(const Session& session, const QString& name);
    // Break-glass: the station's operating-system owner unlocks a locked administrator when no
    // administrator can sign in any more (all locked or disabled). Refused while another
    // administrator can sign in: they unlock it. Recorded as a break-glass security alert and
    // an unlock under the owner's operating-system name.
    Result<void> unlockAsStationOwner(const StationOwner& owner, const QString& name);
    Result<void> setRole(const Session& session, const QString& name, Role role);
    // Anyone may change their own password (they proved the old one by signing in);
    // changing someone else's needs ManageAccounts.
    Result<void> changePassword(const Session& session, const QString& name,
                                const QString& newPassword);

    // Login names: 1 to 32 of A-Z a-z 0-9 . _ -, starting with a letter or digit.
    static Result<void> checkName(const QString& name);
    // The password policy (PasswordPolicy): login.minPasswordLength, not the login or the
    // person's name, not a dictionary word or a simple pattern.
    Result<void> checkPassword(const QString& name, const QString& password,
                               const QString& displayName = QString()) const;

private:
    Result<Account> insert(Transaction& tx, const NewAccount& account, const QString& createdBy);
    Result<Account> load(const QSqlDatabase& connection, const QString& name) const;
    Result<void> requireOtherAdministrator(const QSqlDatabase& connection,
                                           const QString& name) const;
    Result<void> update(const Session& session, const QString& name, const QString& change,
                        const QString& sql, const QVariantList& binds, const QJsonObject& details,
                        bool keepsAdministrator);

    Database db_;
};

} // namespace pdi
