#include "DirectoryAccounts.h"

#include "Account.h"
#include "audit/AuditTrail.h"
#include "settings/Settings.h"
#include "station/Timestamp.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace pdi {

namespace {

struct Row {
    QString name;
    QString role;
    QString source;
    bool disabled = false;
    bool locked = false;
};

Result<std::optional<Row>> loadRow(const QSqlDatabase& connection, const QString& name) {
    QSqlQuery q(connection);
    q.prepare(
        QStringLiteral("SELECT name, role, source, disabled, locked FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    if (auto done = Database::exec(q, DirectoryAccounts::tr("reading account %1").arg(name)); !done)
        return done.error();
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(Row{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toBool(), q.value(4).toBool()});
}

// The directory's name for the person as this station shows it: one line of at most 64
// characters (AccountStore's rule), the login name when the directory has none.
QString shownName(const QString& fromDirectory, const QString& login) {
    QString shown = fromDirectory.simplified();
    shown.remove(QRegularExpression(QStringLiteral("\\p{Cc}")));
    return shown.isEmpty() ? login : shown.left(64);
}

} // namespace

Result<DirectorySignedIn> DirectoryAccounts::signedIn(const LoginAttempt& attempt,
                                                      const QString& name,
                                                      const DirectoryPerson& person,
                                                      Role role) const {
    const Settings settings(db_);
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Result<std::optional<Row>> loaded = loadRow(begun->connection(), name);
    if (!loaded)
        return loaded.error();
    const std::optional<Row>& row = *loaded;
    // Made, switched to a local password, disabled or locked by someone else while the
    // directory answered: the sign-in starts again from the new state.
    if (row ? (!attempt.known() || row->source != QLatin1String("directory") || row->disabled ||
               row->locked)
            : attempt.known())
        return Error::authentication(
            tr("Account %1 changed while signing in; try again.").arg(attempt.name));

    DirectorySignedIn out{row ? row->name : name, shownName(person.displayName, name), role,
                          Timestamp::now()};
    const QString now = Timestamp::isoUtc(out.time);
    QSqlQuery q(begun->connection());
    if (row) {
        q.prepare(QStringLiteral("UPDATE accounts SET display_name = ?, role = ?, "
                                 "failed_logins = 0, last_login_at = ? WHERE name = ?"));
        q.addBindValue(out.displayName);
        q.addBindValue(Roles::name(role));
        q.addBindValue(now);
        q.addBindValue(out.name);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO accounts (name, display_name, role, password_hash, created_at, "
            "created_by, password_changed_at, last_login_at, source) "
            "VALUES (?, ?, ?, '', ?, 'directory', '', ?, 'directory')"));
        q.addBindValue(out.name);
        q.addBindValue(out.displayName);
        q.addBindValue(Roles::name(role));
        q.addBindValue(now);
        q.addBindValue(now);
    }
    if (auto done = Database::exec(q, tr("recording the sign-in of %1").arg(out.name)); !done)
        return done.error();

    const AuditActor actor{out.name, out.displayName, Roles::name(role), settings.stationName()};
    const AuditTrail trail(db_);
    const bool added = !row;
    if (added || row->role != Roles::name(role)) {
        AuditEvent change;
        change.type = AuditEventType::UserChange;
        change.actor = actor;
        change.target = out.name;
        change.details = QJsonObject{
            {QStringLiteral("change"), added ? QStringLiteral("add") : QStringLiteral("role")},
            {QStringLiteral("role"), Roles::name(role)},
            {QStringLiteral("source"), QStringLiteral("directory")},
            {QStringLiteral("dn"), person.dn}};
        if (added)
            change.details.insert(QStringLiteral("displayName"), out.displayName);
        if (auto recorded = trail.record(*begun, change); !recorded)
            return recorded.error();
    }
    AuditEvent login;
    login.type = AuditEventType::Login;
    login.actor = actor;
    login.target = out.name;
    login.details = QJsonObject{{QStringLiteral("source"), QStringLiteral("directory")},
                                {QStringLiteral("dn"), person.dn}};
    if (auto recorded = trail.record(*begun, login); !recorded)
        return recorded.error();
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return out;
}

} // namespace pdi
