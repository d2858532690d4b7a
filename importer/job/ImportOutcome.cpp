#include "ImportOutcome.h"

#include "ImportSelector.h"

#include <QJsonArray>

namespace pdi {

QString ImportOutcome::statusName(Status status) {
    switch (status) {
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::Incomplete:
        return QStringLiteral("incomplete");
    case Status::DryRun:
        return QStringLiteral("dry-run");
    }
    return QString();
}

QJsonObject importJson(const ImportPlan& plan, const ImportOutcome& outcome) {
    QJsonArray failures;
    for (const auto& f : outcome.failures)
        failures.append(QJsonObject{{QStringLiteral("sopInstanceUid"), f.first},
                                    {QStringLiteral("reason"), f.second}});
    QJsonArray known;
    for (const KnownPatient& k : plan.known)
        known.append(QJsonObject{{QStringLiteral("source"), k.source},
                                 {QStringLiteral("kind"), Candidate::kindName(k.kind)},
                                 {QStringLiteral("id"), k.patient.id},
                                 {QStringLiteral("issuer"), k.patient.issuer},
                                 {QStringLiteral("name"), k.patient.name},
                                 {QStringLiteral("birthDate"), k.patient.birthDate},
                                 {QStringLiteral("sex"), k.patient.sex}});
    const DicomNode& node = plan.destination;
    return QJsonObject{
        {QStringLiteral("job"), outcome.jobId},
        {QStringLiteral("run"), outcome.run},
        {QStringLiteral("status"), ImportOutcome::statusName(outcome.status)},
        {QStringLiteral("message"), outcome.message},
        {QStringLiteral("medium"),
         QJsonObject{{QStringLiteral("path"), plan.medium.medium->location()},
                     {QStringLiteral("kind"), mediumKindName(plan.medium.medium->kind())},
                     {QStringLiteral("identifier"), plan.medium.identifier},
                     {QStringLiteral("contentHash"), plan.medium.contentHash},
                     {QStringLiteral("flags"), plan.medium.report().flags.toJson()}}},
        {QStringLiteral("destination"),
         QJsonObject{{QStringLiteral("name"), node.name},
                     {QStringLiteral("aeTitle"), node.aeTitle},
                     {QStringLiteral("characterSet"), node.characterSet},
                     {QStringLiteral("commit"), node.has(DicomNode::Commit)}}},
        {QStringLiteral("outside"),
         QJsonObject{{QStringLiteral("id"), plan.outside.id},
                     {QStringLiteral("issuer"), plan.outside.issuer},
                     {QStringLiteral("name"), plan.outside.name},
                     {QStringLiteral("birthDate"), plan.outside.birthDate},
                     {QStringLiteral("sex"), plan.outside.sex},
                     {QStringLiteral("institution"), plan.sourceInstitution}}},
        {QStringLiteral("local"),
         QJsonObject{{QStringLiteral("id"), plan.local.patientId},
                     {QStringLiteral("issuer"), plan.local.issuer},
                     {QStringLiteral("name"), plan.local.name},
                     {QStringLiteral("birthDate"), plan.local.birthDate},
                     {QStringLiteral("sex"), plan.local.sex},
                     {QStringLiteral("accessionNumber"), plan.local.accessionNumber},
                     {QStringLiteral("source"), plan.demographicsSource},
                     {QStringLiteral("known"), known}}},
        {QStringLiteral("identity"),
         QJsonObject{
             {QStringLiteral("differences"), IdentityDifference::toJson(plan.contradictions)},
             {QStringLiteral("override"), plan.identityOverride.isSet()
                                              ? QJsonValue(plan.identityOverride.toJson())
                                              : QJsonValue()}}},
        {QStringLiteral("match"),
         QJsonObject{
             {QStringLiteral("score"), plan.match.score},
             {QStringLiteral("verdict"), CandidateMatch::verdictName(plan.match.verdict)},
             {QStringLiteral("matches"), QJsonArray::fromStringList(plan.match.matches)},
             {QStringLiteral("differences"), QJsonArray::fromStringList(plan.match.differences)}}},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("planned"), outcome.planned},
                     {QStringLiteral("sentBefore"), outcome.sentBefore},
                     {QStringLiteral("sentNow"), outcome.sentNow},
                     {QStringLiteral("sent"), outcome.sent},
                     {QStringLiteral("committed"), outcome.committed},
                     {QStringLiteral("failed"), outcome.failed},
                     {QStringLiteral("pending"), outcome.pending},
                     {QStringLiteral("leftOut"), int(plan.leftOut.size())}}},
        {QStringLiteral("failures"), failures},
        {QStringLiteral("leftOut"), ImportSelector::toJson(plan.leftOut)},
        {QStringLiteral("lookupProblems"), QJsonArray::fromStringList(plan.lookupProblems)},
    };
}

} // namespace pdi
