#include "DatabaseMaintenance.h"

#include "account/AccessControl.h"
#include "account/Session.h"
#include "audit/AuditTrail.h"

namespace pdi {

Result<DatabaseStatus> DatabaseMaintenance::status(const Session& session) const {
    if (auto allowed = AccessControl::require(session, Permission::ManageSettings, AuditTrail(db_),
                                              QStringLiteral("db status"));
        !allowed)
        return allowed.error();
    const SchemaUpgrade upgrade(db_);
    DatabaseStatus s;
    s.engine = db_.engine();
    s.description = db_.location().description();
    s.address = db_.location().address();
    s.latest = Schema::latestVersion();
    Result<QVector<AppliedMigration>> applied = upgrade.history();
    if (!applied)
        return applied.error();
    s.applied = *applied;
    for (const AppliedMigration& m : s.applied)
        s.version = qMax(s.version, m.version);
    s.pending = upgrade.pending(s.version);
    if (s.isCurrent()) {
        Result<QVector<StationEntry>> stations = StationRegistry(db_).all();
        if (!stations)
            return stations.error();
        s.stations = *stations;
    }
    return s;
}

Result<DatabaseMaintenance::Migrated> DatabaseMaintenance::migrate(const Session& session) const {
    if (auto allowed = AccessControl::require(session, Permission::ManageSettings, AuditTrail(db_),
                                              QStringLiteral("db migrate"));
        !allowed)
        return allowed.error();
    const SchemaUpgrade upgrade(db_);
    Migrated m;
    Result<int> before = upgrade.currentVersion();
    if (!before)
        return before.error();
    m.from = *before;
    if (auto done = upgrade.bringUpToDate(SchemaPolicy::Upgrade); !done)
        return done.error();
    Result<int> after = upgrade.currentVersion();
    if (!after)
        return after.error();
    m.to = *after;
    if (m.to != m.from) {
        AuditEvent e = AuditEvent::by(session, AuditEventType::SettingsChange);
        e.target = QStringLiteral("database schema");
        e.details = QJsonObject{{QStringLiteral("key"), QStringLiteral("database schema")},
                                {QStringLiteral("old"), QString::number(m.from)},
                                {QStringLiteral("new"), QString::number(m.to)},
                                {QStringLiteral("database"), db_.location().address()}};
        if (auto recorded = AuditTrail(db_).record(e); !recorded)
            return recorded.error();
    }
    return m;
}

} // namespace pdi
