#pragma once

#include "JobRecord.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QVector>

namespace pdi {

class Session;

// Which jobs a list shows.
struct JobFilter {
    bool unfinishedOnly = false; // only running, unfinished and interrupted ones
    QString stationId;           // one station's (StationRegistry id); empty: every station's
    std::optional<JobKind> kind; // writes or imports; unset: both
    QDateTime since;             // only jobs active (started, run or ended) since; invalid: any
    int limit = 100;             // the newest this many; 0: all
};

// The write and import jobs of every station that shares the database (tables write_jobs and
// import_jobs), newest activity first, each with the name its station has now: what `pdi jobs`
// and the Jobs workspace list. Read only; it shows what the records say and never looks a
// patient up.
//
// Everyone signed in may list jobs (which station is busy, what stopped short); the patients,
// targets and messages are left out for a person whose role may not see patients
// (AccessControl::maySeePatients). Listing is not recorded in the audit trail, like the other
// lists of the station (audit records, archive, the unfinished imports of a medium).
class JobList {
    Q_DECLARE_TR_FUNCTIONS(pdi::JobList)

public:
    explicit JobList(Database database)
        : db_(std::move(database)) {}

    Result<QVector<JobRecord>> list(const Session& session, const JobFilter& filter) const;

    // The id of the station of this name (letter case ignored): NotFound naming the stations
    // there are when none is.
    Result<QString> stationNamed(const QString& name) const;

private:
    Result<void> readWrites(const JobFilter& filter, QVector<JobRecord>& out) const;
    Result<void> readImports(const JobFilter& filter, QVector<JobRecord>& out) const;

    Database db_;
};

} // namespace pdi
