#include "Station.h"

namespace pdi {

Result<Station> Station::open(const QString& dataDirectory) {
    Result<DataDirectory> directory = DataDirectory::open(dataDirectory);
    if (!directory)
        return directory.error();
    Result<Database> db = Database::open(directory->databasePath());
    if (!db)
        return db.error();
    return Station(*directory, *db);
}

} // namespace pdi
