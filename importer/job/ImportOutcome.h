#pragma once

#include "ImportPlan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPair>

namespace pdi {

// What one run did; counts are over the planned instances.
struct ImportOutcome {
    enum class Status {
        Complete,   // every planned instance sent (and committed where the node commits)
        Incomplete, // some are still to send or to confirm; running again continues
        DryRun,     // nothing was sent
    };
    Status status = Status::Complete;
    QString message;
    qint64 jobId = 0;
    int run = 0;
    int planned = 0;
    int sentBefore = 0; // already sent or committed by earlier runs
    int sentNow = 0;
    int sent = 0; // sent, not (yet) committed
    int committed = 0;
    int failed = 0;
    int pending = 0;
    QVector<QPair<QString, QString>> failures; // SOP Instance UID, reason
    // Incomplete: why, each a sentence (the message says it with the counts and how to continue).
    QStringList reasons;
    bool commitmentAsked = false;

    static QString statusName(Status status); // complete, incomplete, dry-run
};

// An import of a medium that did not finish (cancelled, the PACS went away, a crash), as its job
// record keeps it. Running request again continues the job.
struct UnfinishedImport {
    qint64 jobId = 0;
    ImportRequest request;
    PatientDemographics outside;
    QString localName;
    int planned = 0;
    int sent = 0; // sent or committed
    int failed = 0;
    QString message; // of the last run
    QString updatedBy;
    QDateTime updatedAt;    // UTC
    QString station;        // the name of the station that ran it last
    bool elsewhere = false; // that station is another than this one (a shared database)
};

// The plan and the outcome of a run as one JSON document (`pdi import --json`).
QJsonObject importJson(const ImportPlan& plan, const ImportOutcome& outcome);

} // namespace pdi
