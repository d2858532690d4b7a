#include "Station.h"

#include "SchemaUpgrade.h"
#include "StationRegistry.h"
#include "Timestamp.h"

#include <QSysInfo>

#include <utility>

namespace pdi {

namespace {

// The data directory and the database it names (DatabaseLocation::resolve).
Result<std::pair<DataDirectory, DatabaseLocation>> locate(const QString& dataDirectory) {
    Result<DataDirectory> directory = DataDirectory::open(dataDirectory);
    if (!directory)
        return directory.error();
    Result<DatabaseLocation> location = DatabaseLocation::resolve(*directory);
    if (!location)
        return location.error();
    return std::make_pair(*directory, *location);
}

// The embedded file follows the program; a shared database is upgraded by an administrator,
// once for all stations.
SchemaPolicy policyFor(const DatabaseLocation& location) {
    return location.isShared() ? SchemaPolicy::RequireCurrent : SchemaPolicy::Upgrade;
}

} // namespace

Result<Station> Station::open(const QString& dataDirectory) {
    auto where = locate(dataDirectory);
    if (!where)
        return where.error();
    return open(where->first, where->second, policyFor(where->second));
}

Result<Station> Station::openToRead(const QString& dataDirectory) {
    auto where = locate(dataDirectory);
    if (!where)
        return where.error();
    const auto& [directory, location] = *where;
    Result<Database> db = Database::open(location, SchemaPolicy::AsIs);
    if (!db)
        return db.error();
    if (db->schemaVersion() != Schema::latestVersion())
        return open(directory, location, policyFor(location));
    db->setStationId(directory.stationId());
    return Station(directory, *db);
}

Result<Station> Station::open(const DataDirectory& directory, const DatabaseLocation& location,
                              SchemaPolicy policy) {
    Result<Database> db = Database::open(location, policy);
    if (!db)
        return db.error();
    db->setStationId(directory.stationId());
    Station station(directory, *db);
    // A database opened as it is (pdi db status) may not have the stations table yet.
    if (policy != SchemaPolicy::AsIs || db->schemaVersion() == Schema::latestVersion()) {
        const QString now = Timestamp::isoUtc(Timestamp::now());
        const StationEntry me{directory.stationId(),
                              station.settings().stationName(),
                              QSysInfo::machineHostName(),
                              directory.path(),
                              now,
                              now};
        if (auto entered = StationRegistry(*db).enter(me); !entered)
            return entered.error();
    }
    return station;
}

} // namespace pdi
