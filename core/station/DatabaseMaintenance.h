#pragma once

#include "Database.h"
#include "SchemaUpgrade.h"
#include "StationRegistry.h"

#include <QCoreApplication>

namespace pdi {

class Session;

// What `pdi db status` and the settings page show about the station database.
struct DatabaseStatus {
    DatabaseEngine engine = DatabaseEngine::Sqlite;
    QString description; // for a person, without secrets
    QString address;     // the file, or the postgresql:// address without secrets
    int version = 0;     // the schema as found
    int latest = 0;      // what this program knows
    QVector<AppliedMigration> applied;
    QVector<Migration> pending;     // version < latest: what `pdi db migrate` would apply
    QVector<StationEntry> stations; // those that use it (a current schema only)

    bool isCurrent() const { return version == latest; }
    bool isNewer() const { return version > latest; }
};

// What an administrator does with the station database itself (`pdi db`): look at it, and bring
// a shared database's schema up to date for every station.
class DatabaseMaintenance {
    Q_DECLARE_TR_FUNCTIONS(pdi::DatabaseMaintenance)

public:
    explicit DatabaseMaintenance(Database database)
        : db_(std::move(database)) {}

    // Needs ManageSettings.
    Result<DatabaseStatus> status(const Session& session) const;

    struct Migrated {
        int from = 0;
        int to = 0;
    };
    // Applies the pending migrations (ManageSettings), recorded as a settings-change of the
    // database schema. A database set up by a newer program is refused.
    Result<Migrated> migrate(const Session& session) const;

private:
    Database db_;
};

} // namespace pdi
