#include "SchemaUpgrade.h"

#include "Timestamp.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pdi {

namespace {

// Taken by whoever migrates a PostgreSQL database, whatever its schema: CREATE EXTENSION and
// the like are database-wide.
constexpr qint32 MigrationLockClass = 0x50444930; // "PDI0"

} // namespace

Result<bool> SchemaUpgrade::hasVersionTable(const QSqlDatabase& c) const {
    QSqlQuery q(c);
    const bool found =
        db_.engine() == DatabaseEngine::Sqlite
            ? q.exec(QStringLiteral(
                  "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
            // In this station's schema only: public (on the search path for citext) may hold
            // another station's tables.
            : q.exec(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema "
                                    "= current_schema() AND table_name = 'schema_version'"));
    if (!found)
        return Database::storageError(q.lastError(), tr("reading the schema version"));
    return q.next();
}

Result<int> SchemaUpgrade::currentVersion() const {
    const QSqlDatabase c = db_.connection();
    Result<bool> exists = hasVersionTable(c);
    if (!exists)
        return exists.error();
    if (!*exists)
        return 0;
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !q.next())
        return Database::storageError(q.lastError(), tr("reading the schema version"));
    return q.value(0).toInt();
}

Result<QVector<AppliedMigration>> SchemaUpgrade::history() const {
    QVector<AppliedMigration> out;
    Result<int> current = currentVersion();
    if (!current)
        return current.error();
    if (*current == 0)
        return out;
    QSqlQuery q(db_.connection());
    if (!q.exec(QStringLiteral(
            "SELECT version, description, applied_at FROM schema_version ORDER BY version")))
        return Database::storageError(q.lastError(), tr("reading the schema version"));
    while (q.next())
        out << AppliedMigration{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

QVector<Migration> SchemaUpgrade::pending(int current) const {
    QVector<Migration> out;
    for (const Migration& m : Schema::migrations()) {
        if (m.version > current)
            out << m;
    }
    return out;
}

Error SchemaUpgrade::newer(int current) const {
    return Error::storage(
        tr("The station database (%1) was set up by a newer PDI Station (schema version %2; "
           "this program knows up to %3). Update PDI Station on this computer before using it.")
            .arg(db_.location().description())
            .arg(current)
            .arg(Schema::latestVersion()));
}

Result<void> SchemaUpgrade::bringUpToDate(SchemaPolicy policy) const {
    if (policy == SchemaPolicy::AsIs)
        return {};
    return upgrade(Schema::latestVersion(), policy);
}

Result<void> SchemaUpgrade::applyUpTo(int version) const {
    return upgrade(version, SchemaPolicy::Upgrade);
}

Result<void> SchemaUpgrade::upgrade(int target, SchemaPolicy policy) const {
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    QSqlQuery q(begun->connection());
    if (db_.engine() == DatabaseEngine::PostgreSql &&
        !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, 0)").arg(MigrationLockClass)))
        return Database::storageError(q.lastError(), tr("waiting for another station's upgrade"));
    Result<bool> exists = hasVersionTable(begun->connection());
    if (!exists)
        return exists.error();
    int current = 0;
    if (*exists) {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
            !q.next())
            return Database::storageError(q.lastError(), tr("reading the schema version"));
        current = q.value(0).toInt();
        q.finish();
    }
    if (current > Schema::latestVersion())
        return newer(current);
    if (current >= target)
        return {}; // the transaction rolls back: nothing was written
    if (policy == SchemaPolicy::RequireCurrent && current > 0)
        return Error::storage(
            tr("The shared station database (%1) has schema version %2, and this PDI Station "
               "needs version %3. An administrator brings it up to date once, for all stations; "
               "until then this station does not use it, so that stations with the older "
               "program are not cut off unannounced.")
                .arg(db_.location().description())
                .arg(current)
                .arg(Schema::latestVersion()));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY,"
                               " description TEXT NOT NULL,"
                               " applied_at TEXT NOT NULL)")))
        return Database::storageError(q.lastError(), tr("creating the schema version table"));
    for (const Migration& m : pending(current)) {
        if (m.version > target)
            break;
        if (auto applied = apply(*begun, m); !applied)
            return applied.error();
    }
    return begun->commit();
}

Result<void> SchemaUpgrade::apply(Transaction& tx, const Migration& m) const {
    const SqlDialect dialect = db_.dialect();
    QSqlQuery q(tx.connection());
    for (const SchemaStatement& statement : m.statements) {
        if (!statement.runsOn(db_.engine()))
            continue;
        if (!q.exec(dialect.schema(statement.sql)))
            return Database::storageError(
                q.lastError(), tr("updating the database schema to version %1").arg(m.version));
    }
    q.prepare(QStringLiteral(
        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
    q.addBindValue(m.version);
    q.addBindValue(QString::fromLatin1(m.description));
    q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
    return Database::exec(q, tr("recording schema version %1").arg(m.version));
}

} // namespace pdi
