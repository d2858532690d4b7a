#include "WriteOutcome.h"

#include <QJsonArray>

namespace pdi {

namespace {

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

QJsonArray studiesJson(const ExportPlan& plan) {
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
    return studies;
}

QJsonArray excludedJson(const ExportPlan& plan) {
    QJsonArray excluded;
    for (const ExcludedContent& e : plan.excluded) {
        excluded.append(QJsonObject{{QStringLiteral("reason"), reasonName(e.reason)},
                                    {QStringLiteral("seriesUid"), e.seriesUid},
                                    {QStringLiteral("instances"), e.instances},
                                    {QStringLiteral("message"), e.message}});
    }
    return excluded;
}

QJsonArray decisionsJson(const ExportPlan& plan) {
    QJsonArray decisions;
    for (const ExportDecision& d : plan.decisions) {
        decisions.append(QJsonObject{{QStringLiteral("decision"), d.kindName()},
                                     {QStringLiteral("seriesUid"), d.seriesUid},
                                     {QStringLiteral("series"), d.series},
                                     {QStringLiteral("detail"), d.detail}});
    }
    return decisions;
}

QString errorStatusName(Error::Kind kind) {
    switch (kind) {
    case Error::Kind::Conflict:
        return QStringLiteral("refused");
    case Error::Kind::Permission:
    case Error::Kind::Authentication:
        return QStringLiteral("not-allowed");
    case Error::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Kind::Storage:
    case Error::Kind::Network:
        return QStringLiteral("failed");
    case Error::Kind::Invalid:
    case Error::Kind::NotFound:
        return QStringLiteral("bad-input");
    }
    return QStringLiteral("bad-input");
}

} // namespace

QJsonObject WriteOutcome::planJson(const ExportPlan& plan) {
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
        {QStringLiteral("studies"), studiesJson(plan)},
        {QStringLiteral("excluded"), excludedJson(plan)},
        {QStringLiteral("decisions"), decisionsJson(plan)},
        {QStringLiteral("otherFiles"), others},
        {QStringLiteral("sourceProblems"), problems},
        {QStringLiteral("media"), TargetMedia::name(plan.media)},
        {QStringLiteral("estimatedBytes"), double(plan.estimatedBytes)},
        {QStringLiteral("capacityBytes"), double(plan.capacityBytes)},
        {QStringLiteral("web"), plan.web},
    };
}

QString WriteOutcome::statusName() const {
    switch (status) {
    case Status::Written:
        return QStringLiteral("written");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QJsonObject WriteOutcome::toJson() const {
    return QJsonObject{
        {QStringLiteral("status"), statusName()},
        {QStringLiteral("message"), message},
        {QStringLiteral("jobId"), double(jobId)},
        {QStringLiteral("fileSetId"), fileSetId},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("kind"), MediumTarget::kindName(target)},
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

QJsonObject WriteOutcome::toJson(const Error& error, const QString& target,
                                 const ExportPlan& plan) {
    WriteOutcome none;
    none.message = error.message;
    none.target = MediumTarget::kindOf(target);
    none.targetPath = target;
    none.plan = plan;
    QJsonObject json = none.toJson();
    json.insert(QStringLiteral("status"), errorStatusName(error.kind));
    return json;
}

} // namespace pdi
