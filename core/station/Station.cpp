#include "Station.h"

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
    return Station(directory, *db);
}

} // namespace pdi
