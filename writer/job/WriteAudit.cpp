#include "WriteAudit.h"

#include "audit/AuditTrail.h"

#include <QJsonArray>

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

AuditEvent exportEvent(const Session& session, const ExportPlan& plan) {
    AuditEvent event = AuditEvent::by(session, AuditEventType::Export);
    event.mediaType = auditMedia(plan.media);
    if (!plan.patient.id.isEmpty())
        event.patients = {{plan.patient.id, plan.patient.issuer, plan.patient.name}};
    return event;
}

} // namespace

void WriteAudit::refused(const AuditTrail& audit, const Session& session, const ExportPlan& plan,
                         const QString& target) {
    AuditEvent event = exportEvent(session, plan);
    event.outcome = AuditOutcome::MinorFailure;
    event.details = QJsonObject{
        {QStringLiteral("refused"), plan.refusal},
        {QStringLiteral("target"), target},
        {QStringLiteral("patientsFound"), QJsonArray::fromStringList(plan.patientsFound)}};
    (void)audit.record(event);
}

void WriteAudit::finished(const AuditTrail& audit, const Session& session,
                          const WriteOutcome& outcome) {
    AuditEvent event = exportEvent(session, outcome.plan);
    event.outcome = outcome.status == WriteOutcome::Status::Written ? AuditOutcome::Success
                    : outcome.status == WriteOutcome::Status::Cancelled
                        ? AuditOutcome::MinorFailure
                        : AuditOutcome::SeriousFailure;
    event.mediumId = outcome.fileSetId;
    for (const PlannedStudy& st : outcome.plan.studies)
        event.studies << st.uid;
    QJsonObject details = WriteOutcome::planJson(outcome.plan);
    details.insert(QStringLiteral("jobId"), double(outcome.jobId));
    details.insert(QStringLiteral("target"), outcome.targetPath);
    details.insert(QStringLiteral("targetKind"), MediumTarget::kindName(outcome.target));
    details.insert(QStringLiteral("instances"), outcome.plan.instanceCount());
    details.insert(QStringLiteral("transcoded"), outcome.transcoded);
    details.insert(QStringLiteral("verified"), outcome.verified);
    details.insert(QStringLiteral("label"), outcome.labelPath);
    if (outcome.status != WriteOutcome::Status::Written)
        details.insert(QStringLiteral("reason"), outcome.message);
    // The audit outcome of a write that did not finish is a minor failure (the medium was not
    // made); readers tell a person's Cancel from a fault by this.
    if (outcome.status == WriteOutcome::Status::Cancelled)
        details.insert(QStringLiteral("cancelled"), true);
    details.remove(QStringLiteral("refused"));
    details.remove(QStringLiteral("refusal"));
    event.details = details;
    (void)audit.record(event);
}

void WriteAudit::interrupted(const AuditTrail& audit, const WriteJobStore::RunningJob& job,
                             const QStringList& removed, const QString& recordedBy) {
    AuditEvent event;
    event.type = AuditEventType::Export;
    event.actor.userName = job.userName;
    event.actor.station = job.station;
    event.outcome = AuditOutcome::SeriousFailure;
    if (!job.patientId.isEmpty())
        event.patients = {{job.patientId, job.patientIssuer, job.patientName}};
    event.mediumId = job.fileSetId;
    event.mediaType = auditMedia(TargetMedia::fromName(job.mediaType).value_or(TargetMedia::Usb));
    event.target = job.target;
    event.details = QJsonObject{{QStringLiteral("job"), job.id},
                                {QStringLiteral("outcome"), QStringLiteral("interrupted")},
                                {QStringLiteral("startedAt"), job.startedAt},
                                {QStringLiteral("verified"), false},
                                {QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
                                {QStringLiteral("recordedBy"), recordedBy}};
    (void)audit.record(event);
}

} // namespace pdi
