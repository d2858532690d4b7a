#pragma once

#include "DatabaseLocation.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace pdi {

// One statement of a migration. Most are written once for both engines, with the few engine
// words as SqlDialect::schema placeholders; the rest (triggers, expression indexes) come as a
// pair of statements, each for one engine.
struct SchemaStatement {
    SchemaStatement(const QString& both) // NOLINT: implicit, a plain statement is for both
        : sql(both) {}
    static SchemaStatement only(DatabaseEngine engine, const QString& sql) {
        SchemaStatement s(sql);
        s.engine = engine;
        return s;
    }
    bool runsOn(DatabaseEngine e) const { return !engine || *engine == e; }

    QString sql;
    std::optional<DatabaseEngine> engine; // empty: both
};

// The station database's schema as an ordered list of migrations. Migration N brings the
// schema from version N-1 to N. Released migrations are never edited in what they do (their
// text may only gain placeholders that read the same on SQLite): a later issue that needs a
// table appends a migration.
struct Migration {
    int version;
    const char* description;
    QVector<SchemaStatement> statements; // one SQL statement each (the drivers run one per exec)
};

class Schema {
public:
    static const QVector<Migration>& migrations();
    static int latestVersion();
};

} // namespace pdi
