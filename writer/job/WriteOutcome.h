#pragma once

#include "layout/Manifest.h"
#include "layout/MediumDescription.h"
#include "plan/ExportPlan.h"
#include "result/Result.h"
#include "target/MediumTarget.h"

#include <QJsonObject>
#include <QStringList>

namespace pdi {

// What the operator asked for: sources, choices, the target and an optional label.
struct WriteRequest {
    QStringList sources; // DICOM files and folders
    ExportOptions options;
    QString target;   // a folder (USB stick), FILE.iso, /dev/srN or stdio:PATH
    QString labelPdf; // optional: also render the label
};

// What a write that started did: written and verified, failed or cancelled, with the job
// record's ID, what the plan put on the medium and what reading it back found. Whatever stopped
// it before it started (refused, bad input, not allowed) is an Error instead.
struct WriteOutcome {
    enum class Status {
        Written,  // written, verified, recorded
        Failed,   // writing, verification or the label failed: nothing that looks finished left
        Cancelled // stopped by the operator: nothing left
    };
    Status status = Status::Failed;
    QString message; // for a person: what happened and what to do
    qint64 jobId = 0;
    QString fileSetId;
    WriteTarget target = WriteTarget::Folder;
    QString targetPath;
    ExportPlan plan;
    MediumDescription description;
    bool verified = false;
    QStringList verificationProblems;
    // A real disc was burnt but is not a verified medium (it does not read back as written, or
    // its verification was cancelled): unlike a file it cannot be removed, so the person must be
    // told not to hand it over.
    bool spoiledDisc = false;
    QStringList notes;
    int transcoded = 0;
    Manifest manifest;
    QString labelPath;

    QString statusName() const; // written, failed, cancelled
    QJsonObject toJson() const;

    // The same JSON for a write that ended in an error before it had an outcome, its status
    // named after the error: refused (Conflict), not-allowed (Permission), cancelled, failed
    // (Storage, Network) or bad-input. plan: as far as it got (empty before the sources were
    // read).
    static QJsonObject toJson(const Error& error, const QString& target, const ExportPlan& plan);
    // The plan as the job record, the audit record and the JSON output give it.
    static QJsonObject planJson(const ExportPlan& plan);
};

} // namespace pdi
