#include "StationRegistry.h"

#include "Timestamp.h"

#include <QSqlQuery>

namespace pdi {

Result<bool> StationRegistry::enter(const StationEntry& s) const {
    // Written only when something changed or an hour passed: most starts (every pdi command)
    // then only read.
    {
        QSqlQuery q(db_.connection());
        q.prepare(QStringLiteral(
            "SELECT name, host, data_directory, last_seen FROM stations WHERE id = ?"));
        q.addBindValue(s.id);
        if (auto done = Database::exec(q, tr("reading the list of stations")); !done)
            return done.error();
        if (q.next() && q.value(0).toString() == s.name && q.value(1).toString() == s.host &&
            q.value(2).toString() == s.dataDirectory &&
            Timestamp::parseIsoUtc(q.value(3).toString())
                    .secsTo(Timestamp::parseIsoUtc(s.lastSeen)) < 3600)
            return false;
    }
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    QSqlQuery q(begun->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM stations WHERE id = ?"));
    q.addBindValue(s.id);
    if (auto done = Database::exec(q, tr("reading the list of stations")); !done)
        return done.error();
    const bool known = q.next();
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO stations (id, name, host, data_directory, first_seen, last_seen)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
        " host = excluded.host, data_directory = excluded.data_directory,"
        " last_seen = excluded.last_seen"));
    for (const QString& v : {s.id, s.name, s.host, s.dataDirectory, s.lastSeen, s.lastSeen})
        q.addBindValue(Database::text(v));
    if (auto done = Database::exec(q, tr("recording this station")); !done)
        return done.error();
    if (!known && db_.engine() == DatabaseEngine::Sqlite) {
        for (const char* table : {"write_jobs", "import_jobs", "archive_instances"}) {
            q.prepare(QStringLiteral("UPDATE %1 SET station_id = ? WHERE station_id = ''")
                          .arg(QLatin1String(table)));
            q.addBindValue(s.id);
            if (auto done = Database::exec(q, tr("recording this station")); !done)
                return done.error();
        }
    }
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return !known;
}

Result<QVector<StationEntry>> StationRegistry::all() const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT id, name, host, data_directory, first_seen, last_seen"
                             " FROM stations ORDER BY name, id"));
    if (auto done = Database::exec(q, tr("reading the list of stations")); !done)
        return done.error();
    QVector<StationEntry> out;
    while (q.next())
        out << StationEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return out;
}

Result<QHash<QString, QString>> StationRegistry::names() const {
    Result<QVector<StationEntry>> stations = all();
    if (!stations)
        return stations.error();
    QHash<QString, QString> out;
    for (const StationEntry& s : std::as_const(*stations))
        out.insert(s.id, s.name);
    return out;
}

} // namespace pdi
