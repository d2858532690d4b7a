#pragma once

#include "WriteOutcome.h"
#include "account/Session.h"
#include "job/JobProgress.h"
#include "plan/ExportSource.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>

namespace pdi {

// What a write will put where, decided before anything is written.
struct WritePlan {
    WriteRequest request; // its options completed (a USB stick's free space)
    ExportPlan plan;      // refused: plan.refusal says why, and execute() refuses to write it
};

// One referral medium from sources to a verified target: plan, lay out, write, read back and
// compare, label, and record it (job row with the manifest, Export audit record). A failure at
// any step removes what was written, so nothing that looks like a finished medium is left.
//
// The GUI and the CLI call it the same way, off the GUI thread:
//
//   WriteJob job(station, session);
//   Result<WriteOutcome> outcome = job.run(request, progress, &collected);
//
// or prepare() and execute() to show the plan (a refused one too) before writing. Errors are
// what stops a write before it starts: Permission (Write, and Label for a label), Invalid (a
// target that cannot take a medium, a source that cannot be read), Conflict (the plan is
// refused: one patient, decisions, capacity; nothing written), Cancelled (while the sources are
// read), Storage (the job cannot be recorded). A write that started ends in an outcome:
// written, failed or cancelled.
class WriteJob {
    Q_DECLARE_TR_FUNCTIONS(pdi::WriteJob)

public:
    WriteJob(const Station& station, const Session& session);

    // collected: the sources as the caller already read them (the GUI shows the plan first);
    // when null they are read from request.sources.
    Result<WriteOutcome> run(const WriteRequest& request, const JobProgress& progress,
                             const CollectedSources* collected = nullptr) const;

    // Checks the permissions and the target, reads the sources and plans the medium.
    Result<WritePlan> prepare(const WriteRequest& request, const JobProgress& progress,
                              const CollectedSources* collected = nullptr) const;
    // Writes what prepare() planned (a refused plan is recorded and refused), reads it back,
    // renders the label and records the job.
    Result<WriteOutcome> execute(const WritePlan& planned, const JobProgress& progress) const;

    static WriteTarget targetKind(const QString& target);
    // Why a target cannot take a new medium (an ISO file that exists, a folder that is not
    // empty), as prepare() refuses it; empty when it can or when only the drive can tell.
    static QString targetProblem(const QString& target);

private:
    Result<void> allowed(const WriteRequest& request) const;
    // Stage, write, verify and label; the outcome says how far it got.
    void writeMedium(const WritePlan& planned, const QString& staging, const JobProgress& progress,
                     WriteOutcome& out) const;
    // Reads the written medium back; false (with the outcome ended) when it is not as written.
    bool verify(const MediumTarget& target, const StagedMedium& staged, const JobProgress& progress,
                WriteOutcome& out) const;

    Station station_;
    Session session_;
};

} // namespace pdi
