#pragma once

#include "WriteOutcome.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pdi {

class Session;

// The write_jobs table: a row from the moment a write starts (status running, with the plan),
// finished with its status, message and manifest whatever the outcome; with the station that
// writes (Database::stationId).
class WriteJobStore {
    Q_DECLARE_TR_FUNCTIONS(pdi::WriteJobStore)

public:
    explicit WriteJobStore(Database database);

    // Records the start of the write the outcome describes so far (patient, File-set ID,
    // target, plan); the new job's ID. Errors: Storage.
    Result<qint64> start(const Session& session, const WriteOutcome& outcome) const;
    // Best effort: what is on the medium does not depend on the record.
    void finish(const WriteOutcome& outcome) const;
    // The manifest of a folder write before its files are copied, so that an interrupted write's
    // files can be found and removed. Best effort.
    void recordManifest(qint64 job, const Manifest& manifest) const;

    // A write whose record says it is running.
    struct RunningJob {
        qint64 id = 0;
        QString startedAt;
        QString userName;
        QString station;
        QString patientId;
        QString patientIssuer;
        QString patientName;
        QString fileSetId;
        QString mediaType;
        QString target;
        QJsonArray manifest;
    };
    // This station's writes whose record says they are running: the staging folders and target
    // files of another station's writes are on that station's disk, not to be touched here.
    Result<QVector<RunningJob>> running() const;
    // Ends a running job's record as interrupted. Best effort.
    void interrupt(qint64 job, const QString& message) const;

private:
    Database database_;
};

} // namespace pdi
