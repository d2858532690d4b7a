#pragma once

#include "job/JobProgress.h"
#include "layout/Manifest.h"
#include "layout/MediumDescription.h"
#include "plan/ExportPlan.h"
#include "station/Station.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pdi {

class Session;

// What the operator asked for: sources, choices, the target and an optional label.
struct WriteRequest {
    QStringList sources;
    ExportOptions options;
    QString target;   // a folder (USB stick), FILE.iso, /dev/srN or stdio:PATH
    QString labelPdf; // optional: also render the label
};

enum class WriteTarget { Folder, IsoFile, Disc };

struct WriteOutcome {
    enum class Status {
        Written,   // written, verified, recorded
        Refused,   // the plan refused (one patient, decisions, capacity): nothing written
        BadInput,  // a source or the target cannot be used
        Failed,    // writing, verification or the label failed: nothing that looks finished left
        Cancelled, // stopped by the operator: nothing left
        NotAllowed // the signed-in role may not write
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

    QString statusName() const; // written, refused, bad-input, failed, cancelled, not-allowed
    QJsonObject toJson() const;
};

// One referral medium from sources to a verified target: plan, lay out, write, read back and
// compare, label, and record it (job row with the manifest, Export audit record). A failure at
// any step removes what was written, so nothing that looks like a finished medium is left.
class WriteJob {
    Q_DECLARE_TR_FUNCTIONS(pdi::WriteJob)

public:
    explicit WriteJob(Station station)
        : station_(std::move(station)) {}

    // collected: the sources as the caller already read them (the GUI shows the plan first);
    // when null they are read from request.sources.
    WriteOutcome run(const Session& session, const WriteRequest& request,
                     const JobProgress& progress,
                     const CollectedSources* collected = nullptr) const;

    static WriteTarget targetKind(const QString& target);
    // Why a target cannot take a new medium (an ISO file that exists, a folder that is not
    // empty), as run() refuses it; empty when it can or when only the drive can tell.
    static QString targetProblem(const QString& target);

private:
    Station station_;
};

} // namespace pdi
