#pragma once

#include <QStringList>
#include <QVector>

namespace pdi {

// The station database's schema as an ordered list of migrations. Migration N brings the
// schema from version N-1 to N. Released migrations are never edited: a later issue that needs
// a table (jobs, local archive) appends a migration.
struct Migration {
    int version;
    const char* description;
    QStringList statements; // one SQL statement each (Qt's SQLite driver runs one per exec)
};

class Schema {
public:
    static const QVector<Migration>& migrations();
    static int latestVersion();
};

} // namespace pdi
