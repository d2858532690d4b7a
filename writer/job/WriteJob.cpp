#include "WriteJob.h"

#include "WriteAudit.h"
#include "WriteJobRecovery.h"
#include "WriteJobStore.h"
#include "account/AccessControl.h"
#include "audit/AuditTrail.h"
#include "label/LabelRenderer.h"
#include "layout/MediumBuilder.h"
#include "plan/ExportPlanner.h"
#include "target/FolderWriter.h"
#include "verify/MediumVerifier.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace pdi {

namespace {

void end(WriteOutcome& out, WriteOutcome::Status status, const QString& message) {
    out.status = status;
    out.message = message;
}

bool cancelled(const Error& error) {
    return error.kind == Error::Kind::Cancelled;
}

} // namespace

WriteJob::WriteJob(const Station& station, const Session& session)
    : station_(station)
    , session_(session) {}

WriteTarget WriteJob::targetKind(const QString& target) {
    return MediumTarget::kindOf(target);
}

QString WriteJob::targetProblem(const QString& target) {
    return MediumTarget(target).problem();
}

Result<WriteOutcome> WriteJob::run(const WriteRequest& request, const JobProgress& progress,
                                   const CollectedSources* collected) const {
    const Result<WritePlan> planned = prepare(request, progress, collected);
    if (!planned)
        return planned.error();
    return execute(*planned, progress);
}

Result<void> WriteJob::allowed(const WriteRequest& request) const {
    const AuditTrail audit = station_.audit();
    if (Result<void> write =
            AccessControl::require(session_, Permission::Write, audit, QStringLiteral("write"));
        !write)
        return write;
    if (!request.labelPdf.isEmpty())
        return AccessControl::require(session_, Permission::Label, audit, QStringLiteral("label"));
    return {};
}

Result<WritePlan> WriteJob::prepare(const WriteRequest& request, const JobProgress& progress,
                                    const CollectedSources* collected) const {
    if (Result<void> permitted = allowed(request); !permitted)
        return permitted.error();
    const MediumTarget target(request.target);
    if (const QString problem = target.problem(); !problem.isEmpty())
        return Error::invalid(problem);

    WritePlan planned;
    planned.request = request;
    ExportOptions& options = planned.request.options;
    if (target.kind() == WriteTarget::Folder && options.media == TargetMedia::Usb)
        options.usbFreeBytes = FolderWriter::freeBytes(request.target);

    progress(tr("Reading the sources"), 0, 0);
    const Result<CollectedSources> sources =
        collected ? *collected : ExportSource::collect(request.sources, progress);
    if (progress.cancelled())
        return Error::cancelled(tr("writing was cancelled before anything was written"));
    if (!sources)
        return sources.error();
    planned.plan = ExportPlanner::plan(*sources, options, station_.settings().checkSettings());
    return planned;
}

Result<WriteOutcome> WriteJob::execute(const WritePlan& planned,
                                       const JobProgress& progress) const {
    if (Result<void> permitted = allowed(planned.request); !permitted)
        return permitted.error();
    if (planned.plan.refused) {
        WriteAudit::refused(station_.audit(), session_, planned.plan, planned.request.target);
        return Error::conflict(planned.plan.refusal);
    }

    WriteOutcome out;
    out.target = targetKind(planned.request.target);
    out.targetPath = planned.request.target;
    out.plan = planned.plan;
    out.fileSetId = MediumBuilder::newFileSetId(QDateTime::currentDateTime());
    // Held from before the record exists to its end: a running record whose lock nobody holds
    // belongs to a process that is gone (WriteJobRecovery).
    QLockFile lock(WriteJobRecovery::lockPath(station_, out.fileSetId));
    lock.setStaleLockTime(0);
    QDir().mkpath(QFileInfo(lock.fileName()).path());
    if (!lock.tryLock(0))
        return Error::conflict(tr("another write with the same File-set ID (%1) is running; try "
                                  "again in a second")
                                   .arg(out.fileSetId));
    // The job row exists from here on, whatever happens next.
    const WriteJobStore store(station_.database());
    const Result<qint64> id = store.start(session_, out);
    if (!id)
        return id.error();
    out.jobId = *id;

    const QString staging =
        station_.directory().filePath(QStringLiteral("staging/job-%1").arg(out.jobId));
    QDir(staging).removeRecursively();
    writeMedium(planned, staging, progress, out);
    QDir(staging).removeRecursively();
    store.finish(out);
    WriteAudit::finished(station_.audit(), session_, out);
    return out;
}

void WriteJob::writeMedium(const WritePlan& planned, const QString& staging,
                           const JobProgress& progress, WriteOutcome& out) const {
    const Institution institution = station_.settings().institution();
    const MediumTarget target(planned.request.target);
    // Disc images hash every file while they are generated; a folder copy is hashed beforehand.
    const Result<StagedMedium> staged = MediumBuilder::stage(
        out.plan, MediumIssuer::of(institution, session_.role()), out.fileSetId, staging, progress,
        target.kind() == WriteTarget::Folder);
    if (!staged) {
        if (cancelled(staged.error()))
            return end(out, WriteOutcome::Status::Cancelled,
                       tr("writing was cancelled; nothing was written"));
        return end(out, WriteOutcome::Status::Failed,
                   tr("the medium could not be prepared: %1").arg(staged.error().message));
    }
    out.transcoded = staged->transcoded;
    out.notes = staged->notes;
    out.description = staged->description;
    out.manifest = staged->manifest;
    if (target.kind() == WriteTarget::Folder)
        WriteJobStore(station_.database()).recordManifest(out.jobId, out.manifest);

    const IsoImageWriter::Metadata metadata{
        out.fileSetId, QStringLiteral("PDI STATION " PDI_VERSION), institution.name};
    if (Result<void> written = target.write(*staged, metadata, progress, &out.manifest); !written) {
        return end(out,
                   cancelled(written.error()) ? WriteOutcome::Status::Cancelled
                                              : WriteOutcome::Status::Failed,
                   written.error().message);
    }
    if (!verify(target, *staged, progress, out))
        return;
    out.verified = true;

    if (!planned.request.labelPdf.isEmpty()) {
        const Result<int> label =
            LabelRenderer::renderPdf(out.description, planned.request.labelPdf);
        if (!label) {
            return end(
                out, WriteOutcome::Status::Failed,
                tr("the medium was written and verified, but the label could not be made: %1")
                    .arg(label.error().message));
        }
        out.labelPath = planned.request.labelPdf;
    }
    QString message =
        tr("written and verified: %n object(s) for patient %1", nullptr, out.plan.instanceCount())
            .arg(out.plan.patient.id);
    if (const int corrected = int(out.description.correctedHeaders.size()); corrected > 0) {
        message += QLatin1String("; ") +
                   tr("the file meta information of %n object(s) disagreed with the object and "
                      "was written anew from it (see README.TXT)",
                      nullptr, corrected);
    }
    end(out, WriteOutcome::Status::Written, message);
}

bool WriteJob::verify(const MediumTarget& target, const StagedMedium& staged,
                      const JobProgress& progress, WriteOutcome& out) const {
    // Read back what is on the target and compare with what was meant to be there, findings the
    // staged medium expects apart.
    const Result<MediumVerifier::Verification> verification = MediumVerifier::verify(
        target.verificationPath(), out.manifest, staged.expectedFindings,
        station_.settings().checkSettings(), progress, target.stagedDicomdir(), staged.readObjects);
    out.verificationProblems =
        verification ? verification->problems : QStringList{verification.error().message};
    if (verification && verification->passed()) {
        // Only now does the medium get the names that make it look finished.
        const Result<void> published = target.publish();
        if (published)
            return true;
        out.verificationProblems << published.error().message;
    }
    target.remove(out.manifest);
    out.spoiledDisc = target.isRealDisc();
    if (!verification && cancelled(verification.error())) {
        end(out, WriteOutcome::Status::Cancelled,
            tr("verification was cancelled; the output was removed"));
        return false;
    }
    const QString problems = out.verificationProblems.join(QLatin1String("; "));
    end(out, WriteOutcome::Status::Failed,
        target.isRealDisc()
            ? tr("the disc does not read back as written (%1). Do not hand it over: destroy it "
                 "and write a new one.")
                  .arg(problems)
            : tr("the written medium does not read back as written (%1); it was removed.")
                  .arg(problems));
    return false;
}

} // namespace pdi
