#include "WriteJob.h"

#include "account/AccessControl.h"
#include "account/Session.h"
#include "audit/AuditTrail.h"
#include "label/LabelRenderer.h"
#include "layout/FileIdAllocator.h"
#include "layout/MediumBuilder.h"
#include "plan/ExportPlanner.h"
#include "rules/FindingCodes.h"
#include "station/Timestamp.h"
#include "target/DiscBurner.h"
#include "target/FolderWriter.h"
#include "target/IsoImageWriter.h"
#include "verify/MediumVerifier.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pdi {

namespace {

MediaType auditMedia(TargetMedia::Kind kind) {
    switch (kind) {
    case TargetMedia::Cd:
        return MediaType::Cd;
    case TargetMedia::Dvd:
    case TargetMedia::DvdDualLayer:
        return MediaType::Dvd;
    case TargetMedia::BluRay:
        return MediaType::Bd;
    case TargetMedia::Usb:
        return MediaType::Usb;
    }
    return MediaType::Other;
}

QString targetName(WriteTarget t) {
    switch (t) {
    case WriteTarget::Folder:
        return QStringLiteral("folder");
    case WriteTarget::IsoFile:
        return QStringLiteral("iso");
    case WriteTarget::Disc:
        return QStringLiteral("disc");
    }
    return QString();
}

QString reasonName(ExcludedContent::Reason r) {
    switch (r) {
    case ExcludedContent::Reason::OtherPatient:
        return QStringLiteral("other-patient");
    case ExcludedContent::Reason::NotSelected:
        return QStringLiteral("not-selected");
    case ExcludedContent::Reason::ExcludedByOperator:
        return QStringLiteral("excluded");
    case ExcludedContent::Reason::Video:
        return QStringLiteral("video");
    case ExcludedContent::Reason::Bulk:
        return QStringLiteral("bulk");
    case ExcludedContent::Reason::AiDerived:
        return QStringLiteral("ai-derived");
    }
    return QString();
}

QJsonObject planJson(const ExportPlan& plan) {
    QJsonArray studies;
    for (const PlannedStudy& st : plan.studies) {
        QJsonArray series;
        for (const PlannedSeries& se : st.series) {
            series.append(QJsonObject{{QStringLiteral("uid"), se.uid},
                                      {QStringLiteral("modality"), se.modality},
                                      {QStringLiteral("number"), se.number},
                                      {QStringLiteral("description"), se.description},
                                      {QStringLiteral("instances"), se.instances.size()},
                                      {QStringLiteral("aiDerived"), se.aiDerived},
                                      {QStringLiteral("video"), se.video},
                                      {QStringLiteral("bulk"), se.bulk}});
        }
        studies.append(
            QJsonObject{{QStringLiteral("uid"), st.uid},
                        {QStringLiteral("date"), st.date},
                        {QStringLiteral("description"), st.description},
                        {QStringLiteral("modalities"), QJsonArray::fromStringList(st.modalities)},
                        {QStringLiteral("series"), series}});
    }
    QJsonArray excluded;
    for (const ExcludedContent& e : plan.excluded) {
        excluded.append(QJsonObject{{QStringLiteral("reason"), reasonName(e.reason)},
                                    {QStringLiteral("seriesUid"), e.seriesUid},
                                    {QStringLiteral("instances"), e.instances},
                                    {QStringLiteral("message"), e.message}});
    }
    QJsonArray decisions;
    for (const ExportDecision& d : plan.decisions) {
        decisions.append(QJsonObject{{QStringLiteral("decision"), d.kindName()},
                                     {QStringLiteral("seriesUid"), d.seriesUid},
                                     {QStringLiteral("series"), d.series},
                                     {QStringLiteral("detail"), d.detail}});
    }
    QJsonArray others;
    for (const PlannedOtherFile& o : plan.otherFiles) {
        others.append(QJsonObject{{QStringLiteral("path"), o.mediumPath},
                                  {QStringLiteral("source"), o.localPath},
                                  {QStringLiteral("description"), o.description}});
    }
    QJsonArray problems;
    for (const SourceProblem& p : plan.sourceProblems)
        problems.append(QJsonObject{{QStringLiteral("path"), p.localPath},
                                    {QStringLiteral("message"), p.message}});
    return QJsonObject{
        {QStringLiteral("refused"), plan.refused},
        {QStringLiteral("refusal"), plan.refusal},
        {QStringLiteral("patientsFound"), QJsonArray::fromStringList(plan.patientsFound)},
        {QStringLiteral("patient"),
         QJsonObject{{QStringLiteral("id"), plan.patient.id},
                     {QStringLiteral("issuer"), plan.patient.issuer},
                     {QStringLiteral("name"), plan.patient.name},
                     {QStringLiteral("birthDate"), plan.patient.birthDate},
                     {QStringLiteral("sex"), plan.patient.sex}}},
        {QStringLiteral("studies"), studies},
        {QStringLiteral("excluded"), excluded},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("otherFiles"), others},
        {QStringLiteral("sourceProblems"), problems},
        {QStringLiteral("media"), TargetMedia::name(plan.media)},
        {QStringLiteral("estimatedBytes"), double(plan.estimatedBytes)},
        {QStringLiteral("capacityBytes"), double(plan.capacityBytes)},
        {QStringLiteral("web"), plan.web},
    };
}

// Removes what a write put into a folder target, files first, then the folders it made.
void removeWritten(const QString& target, const Manifest& manifest) {
    QStringList dirs;
    for (auto it = manifest.entries().cbegin(); it != manifest.entries().cend(); ++it) {
        QFile::remove(target + QLatin1Char('/') + it.key());
        const QStringList parts = it.key().split(QLatin1Char('/'));
        for (int i = 1; i < parts.size(); ++i)
            dirs << parts.mid(0, i).join(QLatin1Char('/'));
    }
    dirs.removeDuplicates();
    std::sort(dirs.begin(), dirs.end(), [](const QString& a, const QString& b) {
        return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
    });
    for (const QString& d : std::as_const(dirs))
        QDir().rmdir(target + QLatin1Char('/') + d);
}

} // namespace

QString WriteOutcome::statusName() const {
    switch (status) {
    case Status::Written:
        return QStringLiteral("written");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::BadInput:
        return QStringLiteral("bad-input");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::NotAllowed:
        return QStringLiteral("not-allowed");
    }
    return QString();
}

QJsonObject WriteOutcome::toJson() const {
    return QJsonObject{
        {QStringLiteral("status"), statusName()},
        {QStringLiteral("message"), message},
        {QStringLiteral("jobId"), double(jobId)},
        {QStringLiteral("fileSetId"), fileSetId},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("kind"), targetName(target)},
                                               {QStringLiteral("path"), targetPath}}},
        {QStringLiteral("plan"), planJson(plan)},
        {QStringLiteral("transcoded"), transcoded},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("verificationProblems"), QJsonArray::fromStringList(verificationProblems)},
        {QStringLiteral("spoiledDisc"), spoiledDisc},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("label"), labelPath},
        {QStringLiteral("manifest"), manifest.toJson()},
    };
}

WriteTarget WriteJob::targetKind(const QString& target) {
    if (DiscBurner::isDriveAddress(target))
        return WriteTarget::Disc;
    const QString lower = target.toLower();
    if (lower.endsWith(QLatin1String(".iso")) || lower.endsWith(QLatin1String(".img")))
        return WriteTarget::IsoFile;
    return WriteTarget::Folder;
}

QString WriteJob::targetProblem(const QString& target) {
    switch (targetKind(target)) {
    case WriteTarget::IsoFile: {
        const QFileInfo info(target);
        if (info.exists())
            return tr("%1 already exists; choose another file name or remove it first").arg(target);
        if (!QFileInfo(info.absolutePath()).isDir())
            return tr("the folder %1 does not exist").arg(info.absolutePath());
        return QString();
    }
    case WriteTarget::Folder:
        return FolderWriter::targetProblem(target);
    case WriteTarget::Disc:
        return QString(); // only the drive knows: the burn says what is wrong with the disc
    }
    return QString();
}

WriteOutcome WriteJob::run(const Session& session, const WriteRequest& request,
                           const JobProgress& progress,
                           const ExportSource::Result* collected) const {
    WriteOutcome out;
    out.target = targetKind(request.target);
    out.targetPath = request.target;
    const AuditTrail audit = station_.audit();

    if (Result<void> allowed =
            AccessControl::require(session, Permission::Write, audit, QStringLiteral("write"));
        !allowed) {
        out.status = WriteOutcome::Status::NotAllowed;
        out.message = allowed.error().message;
        return out;
    }
    if (!request.labelPdf.isEmpty()) {
        if (Result<void> allowed =
                AccessControl::require(session, Permission::Label, audit, QStringLiteral("label"));
            !allowed) {
            out.status = WriteOutcome::Status::NotAllowed;
            out.message = allowed.error().message;
            return out;
        }
    }

    ExportOptions options = request.options;
    if (const QString problem = targetProblem(request.target); !problem.isEmpty()) {
        out.status = WriteOutcome::Status::BadInput;
        out.message = problem;
        return out;
    }
    if (out.target == WriteTarget::Folder && options.media == TargetMedia::Usb)
        options.usbFreeBytes = FolderWriter::freeBytes(request.target);

    const Settings settings = station_.settings();
    const CheckSettings checkSettings = settings.checkSettings();
    const Institution institution = settings.institution();

    progress(tr("Reading the sources"), 0, 0);
    const ExportSource::Result sources =
        collected ? *collected : ExportSource::collect(request.sources, progress.cancel);
    if (progress.cancelled()) {
        out.status = WriteOutcome::Status::Cancelled;
        out.message = tr("writing was cancelled before anything was written");
        return out;
    }
    if (!sources.error.isEmpty()) {
        out.status = WriteOutcome::Status::BadInput;
        out.message = sources.error;
        return out;
    }

    out.plan = ExportPlanner::plan(sources, options, checkSettings);
    AuditEvent event = AuditEvent::by(session, AuditEventType::Export);
    event.mediaType = auditMedia(out.plan.media);
    if (!out.plan.patient.id.isEmpty())
        event.patients = {{out.plan.patient.id, out.plan.patient.issuer, out.plan.patient.name}};
    if (out.plan.refused) {
        out.status = WriteOutcome::Status::Refused;
        out.message = out.plan.refusal;
        event.outcome = AuditOutcome::MinorFailure;
        event.details = QJsonObject{
            {QStringLiteral("refused"), out.plan.refusal},
            {QStringLiteral("target"), request.target},
            {QStringLiteral("patientsFound"), QJsonArray::fromStringList(out.plan.patientsFound)}};
        (void)audit.record(event);
        return out;
    }

    // The job row exists from here on, whatever happens next.
    const QDateTime started = Timestamp::now();
    out.fileSetId = MediumBuilder::newFileSetId(QDateTime::currentDateTime());
    {
        QSqlQuery q(station_.database().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO write_jobs (started_at, user_name, station, status, patient_id, "
            "patient_issuer, patient_name, file_set_id, media_type, target, plan) "
            "VALUES (?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(Timestamp::isoUtc(started));
        q.addBindValue(session.userName());
        q.addBindValue(session.station());
        q.addBindValue(out.plan.patient.id);
        q.addBindValue(Database::text(out.plan.patient.issuer));
        q.addBindValue(Database::text(out.plan.patient.name));
        q.addBindValue(out.fileSetId);
        q.addBindValue(TargetMedia::name(out.plan.media));
        q.addBindValue(request.target);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(planJson(out.plan)).toJson(QJsonDocument::Compact)));
        if (Result<void> r = Database::exec(q, tr("record the write job")); !r) {
            out.status = WriteOutcome::Status::Failed;
            out.message = r.error().message;
            return out;
        }
        out.jobId = q.lastInsertId().toLongLong();
    }

    const QString staging =
        station_.directory().filePath(QStringLiteral("staging/job-%1").arg(out.jobId));
    QDir(staging).removeRecursively();
    const MediumIssuer issuer = MediumIssuer::of(institution, session.role());

    auto finish = [&](WriteOutcome::Status status, const QString& message) {
        out.status = status;
        out.message = message;
        QDir(staging).removeRecursively();
        QSqlQuery q(station_.database().connection());
        q.prepare(QStringLiteral(
            "UPDATE write_jobs SET finished_at = ?, status = ?, message = ?, manifest = ? "
            "WHERE id = ?"));
        q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
        q.addBindValue(out.statusName());
        q.addBindValue(message);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(out.manifest.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(out.jobId);
        (void)Database::exec(q, tr("record the write job"));

        event.outcome = status == WriteOutcome::Status::Written     ? AuditOutcome::Success
                        : status == WriteOutcome::Status::Cancelled ? AuditOutcome::MinorFailure
                                                                    : AuditOutcome::SeriousFailure;
        event.mediumId = out.fileSetId;
        for (const PlannedStudy& st : std::as_const(out.plan.studies))
            event.studies << st.uid;
        QJsonObject details = planJson(out.plan);
        details.insert(QStringLiteral("jobId"), double(out.jobId));
        details.insert(QStringLiteral("target"), request.target);
        details.insert(QStringLiteral("targetKind"), targetName(out.target));
        details.insert(QStringLiteral("instances"), out.plan.instanceCount());
        details.insert(QStringLiteral("transcoded"), out.transcoded);
        details.insert(QStringLiteral("verified"), out.verified);
        details.insert(QStringLiteral("label"), out.labelPath);
        if (status != WriteOutcome::Status::Written)
            details.insert(QStringLiteral("reason"), message);
        details.remove(QStringLiteral("refused"));
        details.remove(QStringLiteral("refusal"));
        event.details = details;
        (void)audit.record(event);
        return out;
    };

    // Disc images hash every file while they are generated; a folder copy is hashed beforehand.
    const MediumBuilder::Result staged = MediumBuilder::stage(
        out.plan, issuer, out.fileSetId, staging, progress, out.target == WriteTarget::Folder);
    out.transcoded = staged.transcoded;
    out.notes = staged.notes;
    out.description = staged.description;
    if (!staged.ok) {
        return finish(
            staged.cancelled ? WriteOutcome::Status::Cancelled : WriteOutcome::Status::Failed,
            staged.cancelled ? tr("writing was cancelled; nothing was written")
                             : tr("the medium could not be prepared: %1").arg(staged.error));
    }
    out.manifest = staged.medium.manifest;

    const IsoImageWriter::Metadata metadata{
        out.fileSetId, QStringLiteral("PDI STATION " PDI_VERSION), institution.name};
    StepResult written;
    QString readBack = request.target;
    switch (out.target) {
    case WriteTarget::Folder:
        written = FolderWriter::write(staged.medium, request.target, progress);
        break;
    case WriteTarget::IsoFile:
        written = IsoImageWriter::writeFile(staged.medium, metadata, request.target, progress,
                                            &out.manifest);
        break;
    case WriteTarget::Disc:
        written =
            DiscBurner::burn(staged.medium, metadata, request.target, progress, &out.manifest);
        readBack = DiscBurner::readBackPath(request.target);
        break;
    }
    auto removeOutput = [&]() {
        if (out.target == WriteTarget::Folder)
            removeWritten(request.target, out.manifest);
        else if (out.target == WriteTarget::IsoFile ||
                 request.target.startsWith(QLatin1String("stdio:")))
            QFile::remove(readBack);
    };
    const bool realDisc =
        out.target == WriteTarget::Disc && !request.target.startsWith(QLatin1String("stdio:"));
    if (!written.ok) {
        if (out.target == WriteTarget::Disc && request.target.startsWith(QLatin1String("stdio:")))
            QFile::remove(readBack);
        return finish(written.cancelled ? WriteOutcome::Status::Cancelled
                                        : WriteOutcome::Status::Failed,
                      written.error);
    }

    // Read back what is on the target and compare with what was meant to be there. Video the
    // operator decided to include stays compressed: its findings are expected.
    QSet<QString> tolerated;
    {
        FileIdAllocator ids;
        const QString key = out.plan.patient.id + QChar(0) + out.plan.patient.issuer;
        for (const PlannedStudy& st : std::as_const(out.plan.studies)) {
            for (const PlannedSeries& se : st.series) {
                for (const PlannedInstance& inst : se.instances) {
                    const QString path =
                        ids.allocate(key, st.uid, se.uid, inst.source.summary.sopInstanceUid)
                            .join(QLatin1Char('/'));
                    if (se.video) {
                        tolerated << QString::fromLatin1(FindingCode::Compressed) +
                                         QLatin1Char('|') + path;
                        tolerated << QString::fromLatin1(FindingCode::Video) + QLatin1Char('|') +
                                         path;
                    }
                }
            }
        }
    }
    const MediumVerifier::Result verification =
        MediumVerifier::verify(readBack, out.manifest, tolerated, checkSettings, progress);
    out.verificationProblems = verification.problems;
    if (!verification.ok) {
        removeOutput();
        out.spoiledDisc = realDisc;
        if (verification.cancelled)
            return finish(WriteOutcome::Status::Cancelled,
                          tr("verification was cancelled; the output was removed"));
        return finish(
            WriteOutcome::Status::Failed,
            realDisc
                ? tr("the disc does not read back as written (%1). Do not hand it over: destroy it "
                     "and write a new one.")
                      .arg(verification.problems.join(QLatin1String("; ")))
                : tr("the written medium does not read back as written (%1); it was removed.")
                      .arg(verification.problems.join(QLatin1String("; "))));
    }
    out.verified = true;

    if (!request.labelPdf.isEmpty()) {
        const LabelRenderer::RenderResult label =
            LabelRenderer::renderPdf(out.description, request.labelPdf);
        if (!label.ok) {
            return finish(
                WriteOutcome::Status::Failed,
                tr("the medium was written and verified, but the label could not be made: %1")
                    .arg(label.error));
        }
        out.labelPath = request.labelPdf;
    }
    return finish(
        WriteOutcome::Status::Written,
        tr("written and verified: %n object(s) for patient %1", nullptr, out.plan.instanceCount())
            .arg(out.plan.patient.id));
}

} // namespace pdi
