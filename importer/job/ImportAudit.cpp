#include "ImportAudit.h"

#include "audit/AuditTrail.h"

#include <QJsonArray>

namespace pdi {

namespace {

AuditPatient outsidePatient(const ImportPlan& plan) {
    return AuditPatient{plan.outside.id, plan.outside.issuer, plan.outside.name};
}

AuditPatient localPatient(const ImportPlan& plan) {
    return AuditPatient{plan.local.patientId, plan.local.issuer, plan.local.name};
}

QStringList studyUids(const ImportPlan& plan) {
    QStringList uids;
    for (const ImportObject& i : plan.instances) {
        if (!uids.contains(i.studyUid))
            uids << i.studyUid;
    }
    return uids;
}

} // namespace

AuditEvent ImportAudit::event(AuditEventType type, const ImportPlan& plan) const {
    AuditEvent e = AuditEvent::by(session_, type);
    e.mediumId = plan.medium.identifier;
    e.mediaType = plan.medium.mediaType;
    e.target = plan.destination.name;
    return e;
}

void ImportAudit::refusal(const ImportPlan& plan, const QString& reason) const {
    AuditEvent e = event(AuditEventType::Import, plan);
    e.outcome = AuditOutcome::SeriousFailure;
    if (!plan.local.patientId.isEmpty())
        e.patients = {localPatient(plan)};
    e.patientsBefore = {outsidePatient(plan)};
    e.details = QJsonObject{{QStringLiteral("outcome"), QStringLiteral("refused")},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("destination"), plan.destination.name},
                            {QStringLiteral("sourceInstitution"), plan.sourceInstitution},
                            {QStringLiteral("mediumHash"), plan.medium.contentHash}};
    if (!plan.contradictions.isEmpty())
        e.details.insert(QStringLiteral("identityDifferences"),
                         IdentityDifference::toJson(plan.contradictions));
    (void)station_.audit().record(e);
}

Result<void> ImportAudit::mediumContent(const ImportPlan& plan) const {
    const MediumFlags& flags = plan.medium.report().flags;
    const QStringList hazards = plan.medium.hazardousFiles();
    if (!flags[MediumFlags::Autorun] && !flags[MediumFlags::Executables] && hazards.isEmpty())
        return {};
    AuditEvent e = event(AuditEventType::SecurityAlert, plan);
    e.alert = SecurityAlert::MediumContent;
    e.outcome = AuditOutcome::MinorFailure;
    e.target = hazards.isEmpty() ? plan.medium.identifier : hazards.join(QLatin1String(", "));
    e.details = QJsonObject{
        {QStringLiteral("autorun"), flags[MediumFlags::Autorun]},
        {QStringLiteral("executables"), flags[MediumFlags::Executables]},
        {QStringLiteral("files"), QJsonArray::fromStringList(hazards)},
        {QStringLiteral("action"), QStringLiteral("import; nothing on the medium was run")}};
    if (auto recorded = station_.audit().record(e); !recorded)
        return recorded.error();
    return {};
}

Result<void> ImportAudit::decision(Transaction& tx, const ImportPlan& plan, qint64 job) const {
    AuditEvent e = event(AuditEventType::ReconcileDecision, plan);
    e.patients = {localPatient(plan)};
    e.patientsBefore = {outsidePatient(plan)};
    e.details = QJsonObject{
        {QStringLiteral("job"), job},
        {QStringLiteral("keepIds"), plan.request.keepIds},
        {QStringLiteral("demographicsSource"), plan.demographicsSource},
        {QStringLiteral("accessionNumber"), plan.local.accessionNumber},
        {QStringLiteral("localBirthDate"), plan.local.birthDate},
        {QStringLiteral("localSex"), plan.local.sex},
        {QStringLiteral("outsideBirthDate"), plan.outside.birthDate},
        {QStringLiteral("outsideSex"), plan.outside.sex},
        {QStringLiteral("score"), plan.match.score},
        {QStringLiteral("matches"), QJsonArray::fromStringList(plan.match.matches)},
        {QStringLiteral("differences"), QJsonArray::fromStringList(plan.match.differences)}};
    if (plan.identityOverride.isSet())
        e.details.insert(QStringLiteral("identityOverride"), plan.identityOverride.toJson());
    if (auto recorded = station_.audit().record(tx, e); !recorded)
        return recorded.error();
    return {};
}

Result<void> ImportAudit::started(Transaction& tx, const ImportPlan& plan, qint64 job,
                                  int run) const {
    AuditEvent e = event(AuditEventType::Import, plan);
    e.patients = {localPatient(plan)};
    e.patientsBefore = {outsidePatient(plan)};
    e.studies = studyUids(plan);
    e.details = QJsonObject{{QStringLiteral("job"), job},
                            {QStringLiteral("run"), run},
                            {QStringLiteral("outcome"), QStringLiteral("started")},
                            {QStringLiteral("destination"), plan.destination.name},
                            {QStringLiteral("planned"), int(plan.instances.size())}};
    if (auto recorded = station_.audit().record(tx, e); !recorded)
        return recorded.error();
    return {};
}

Result<void> ImportAudit::interrupted(const Station& station, Transaction& tx,
                                      const ImportJobStore::RunningJob& job,
                                      const QString& recordedBy) {
    AuditEvent e;
    e.type = AuditEventType::Import;
    e.actor.userName = job.startedBy;
    e.outcome = AuditOutcome::SeriousFailure;
    e.patients = {AuditPatient{job.localPatientId, job.localIssuer, job.localName}};
    e.mediumId = job.mediumId;
    e.target = job.destination;
    // The instance states are written in batches (at most two seconds or 200 objects apart):
    // "sent" is what the record holds, a run that was killed may have sent a few more.
    e.details = QJsonObject{{QStringLiteral("job"), job.id},
                            {QStringLiteral("outcome"), QStringLiteral("interrupted")},
                            {QStringLiteral("destination"), job.destination},
                            {QStringLiteral("startedAt"), job.startedAt},
                            {QStringLiteral("sent"), job.sent},
                            {QStringLiteral("committed"), job.committed},
                            {QStringLiteral("pending"), job.pending},
                            {QStringLiteral("failed"), job.failed},
                            {QStringLiteral("recordedBy"), recordedBy}};
    if (auto recorded = station.audit().record(tx, e); !recorded)
        return recorded.error();
    return {};
}

Result<void> ImportAudit::finished(Transaction& tx, const ImportPlan& plan,
                                   const ImportOutcome& outcome, bool connectionLost) const {
    const DicomNode& node = plan.destination;
    const QStringList studies = studyUids(plan);
    if (outcome.sentNow > 0 && !node.isLocal()) {
        AuditEvent t = AuditEvent::by(session_, AuditEventType::Transfer);
        t.target = node.aeTitle;
        t.patients = {localPatient(plan)};
        t.studies = studies;
        t.outcome = connectionLost ? AuditOutcome::MinorFailure : AuditOutcome::Success;
        t.details = QJsonObject{{QStringLiteral("node"), node.name},
                                {QStringLiteral("host"), node.host},
                                {QStringLiteral("port"), node.port},
                                {QStringLiteral("tls"), node.tls},
                                {QStringLiteral("instances"), outcome.sentNow},
                                {QStringLiteral("job"), outcome.jobId}};
        if (auto recorded = station_.audit().record(tx, t); !recorded)
            return recorded.error();
    }
    AuditEvent e = event(AuditEventType::Import, plan);
    e.outcome = outcome.status == ImportOutcome::Status::Complete ? AuditOutcome::Success
                                                                  : AuditOutcome::MinorFailure;
    e.patients = {localPatient(plan)};
    e.patientsBefore = {outsidePatient(plan)};
    e.studies = studies;
    e.details = QJsonObject{{QStringLiteral("job"), outcome.jobId},
                            {QStringLiteral("run"), outcome.run},
                            {QStringLiteral("outcome"), ImportOutcome::statusName(outcome.status)},
                            {QStringLiteral("destination"), node.name},
                            {QStringLiteral("sourceInstitution"), plan.sourceInstitution},
                            {QStringLiteral("mediumHash"), plan.medium.contentHash},
                            {QStringLiteral("keepIds"), plan.request.keepIds},
                            {QStringLiteral("accessionNumber"), plan.local.accessionNumber},
                            {QStringLiteral("planned"), outcome.planned},
                            {QStringLiteral("sentNow"), outcome.sentNow},
                            {QStringLiteral("sent"), outcome.sent},
                            {QStringLiteral("committed"), outcome.committed},
                            {QStringLiteral("failed"), outcome.failed},
                            {QStringLiteral("pending"), outcome.pending},
                            {QStringLiteral("leftOut"), int(plan.leftOut.size())}};
    if (plan.identityOverride.isSet())
        e.details.insert(QStringLiteral("identityOverride"), plan.identityOverride.toJson());
    if (auto recorded = station_.audit().record(tx, e); !recorded)
        return recorded.error();
    return {};
}

} // namespace pdi
