#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QHash>

namespace pdi {

// A workstation that uses the database, as the stations table knows it.
struct StationEntry {
    QString id;   // the data directory's station id
    QString name; // station.name when it last started
    QString host;
    QString dataDirectory;
    QString firstSeen; // UTC, ISO 8601
    QString lastSeen;
};

// The stations that share the database (one row each, refreshed when a station starts), so that
// a job or an archived object recorded with a station id can be shown with the station's name.
// Plain SQL with bound values; a cheap handle.
class StationRegistry {
    Q_DECLARE_TR_FUNCTIONS(pdi::StationRegistry)

public:
    explicit StationRegistry(Database database)
        : db_(std::move(database)) {}

    // Adds or refreshes this station's row. A station new to an embedded database also takes
    // over the jobs and archived objects recorded before stations had names (all of them were
    // its own). true when the station was not known before.
    Result<bool> enter(const StationEntry& station) const;
    Result<QVector<StationEntry>> all() const;
    // Station id -> name, for lists of jobs.
    Result<QHash<QString, QString>> names() const;

private:
    Database db_;
};

} // namespace pdi
