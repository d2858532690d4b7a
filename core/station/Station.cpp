#include "Station.h"

#include "SchemaUpgrade.h"
#include "StationRegistry.h"
#include "Timestamp.h"

#include <QSysInfo>

namespace pdi {

Result<Station> Station::open(const QString& dataDirectory) {
    Result<DataDirectory> directory = DataDirectory::open(dataDirectory);
    if (!directory)
        return directory.error();
    Result<DatabaseLocation> location = DatabaseLocation::resolve(*directory);
    if (!location)
        return location.error();
    // The embedded file follows the program; a shared database is upgraded by an
    // administrator, once for all stations.
    return open(*directory, *location,
                location->isShared() ? SchemaPolicy::RequireCurrent : SchemaPolicy::Upgrade);
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
