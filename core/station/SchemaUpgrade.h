#pragma once

#include "Database.h"
#include "Schema.h"

#include <QCoreApplication>

namespace pdi {

// A migration that was applied, as schema_version records it.
struct AppliedMigration {
    int version = 0;
    QString description;
    QString appliedAt; // UTC, ISO 8601
};

// Brings a station database's schema to Schema::latestVersion() on either engine, in one
// transaction, and refuses a database set up by a newer program. On PostgreSQL a
// database-wide lock keeps two stations that start at once from migrating the same schema
// twice.
class SchemaUpgrade {
    Q_DECLARE_TR_FUNCTIONS(pdi::SchemaUpgrade)

public:
    explicit SchemaUpgrade(Database database)
        : db_(std::move(database)) {}

    // 0 for a database without tables.
    Result<int> currentVersion() const;
    Result<QVector<AppliedMigration>> history() const;

    // What Database::open does with the schema it finds (SchemaPolicy).
    Result<void> bringUpToDate(SchemaPolicy policy) const;
    // Applies the migrations up to version and no further (tests of older databases).
    Result<void> applyUpTo(int version) const;
    // The migrations still to apply; Migrations after the current version.
    QVector<Migration> pending(int current) const;

private:
    Result<void> upgrade(int target, SchemaPolicy policy) const;
    Result<bool> hasVersionTable(const QSqlDatabase& connection) const;
    Result<void> apply(Transaction& tx, const Migration& migration) const;
    Error newer(int current) const;

    Database db_;
};

} // namespace pdi
