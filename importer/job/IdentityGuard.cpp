#include "IdentityGuard.h"

#include "ImportAudit.h"
#include "ImportJobStore.h"
#include "account/Authenticator.h"
#include "dicom/PersonName.h"
#include "settings/ImportSettings.h"

namespace pdi {

QVector<IdentityDifference> IdentityGuard::contradictions(const ImportPlan& plan) {
    if (plan.request.keepIds)
        return {};
    return IdentityContradiction::between(
        plan.outside, PatientDemographics{plan.local.patientId, plan.local.issuer, plan.local.name,
                                          plan.local.birthDate, plan.local.sex});
}

bool IdentityGuard::approvalRequired() const {
    return ImportSettings(station_.settings()).overrideApproval();
}

Result<void> IdentityGuard::admit(ImportPlan& plan, const QString& jobKey) const {
    plan.contradictions = contradictions(plan);
    plan.identityOverride = IdentityOverride();
    if (plan.contradictions.isEmpty())
        return {};

    const QString who = QStringLiteral("%1 %2").arg(
        plan.local.patientId, PersonName::fromDicom(plan.local.name).display());
    const QString differs =
        IdentityDifference::sentences(plan.contradictions).join(QLatin1String("; "));
    const QString reason = plan.request.differenceReason.trimmed();
    if (reason.isEmpty()) {
        // A job that continues was confirmed when it started.
        Result<std::optional<IdentityOverride>> recorded =
            ImportJobStore(station_.database()).identityOverride(jobKey);
        if (!recorded)
            return recorded.error();
        if (*recorded) {
            plan.identityOverride = **recorded;
            plan.identityOverride.differences = plan.contradictions;
            plan.identityOverride.fromRecord = true;
            return {};
        }
        return refuse(plan,
                      tr("The local patient %1 contradicts the patient on the medium (%2). "
                         "Nothing was sent. Choose the right local patient, or, if they are the "
                         "same person all the same, confirm the difference with a reason.")
                          .arg(who, differs));
    }

    IdentityOverride o;
    o.differences = plan.contradictions;
    o.reason = reason;
    o.confirmedBy = session_.userName();
    if (approvalRequired()) {
        const std::optional<Session>& approver = plan.request.differenceApprover;
        if (!approver)
            return refuse(plan, tr("The local patient %1 contradicts the patient on the medium "
                                   "(%2). This station requires a second person (technologist "
                                   "or administrator) to approve such an import; nothing was "
                                   "sent.")
                                    .arg(who, differs));
        if (approver->userName().compare(session_.userName(), Qt::CaseInsensitive) == 0 ||
            !approver->can(Permission::Import))
            return refuse(plan, tr("%1 cannot approve this import: the approval must come from "
                                   "another person who may import. Nothing was sent.")
                                    .arg(approver->displayName()));
        o.approvedBy = approver->userName();
        o.approverName = approver->displayName();
    }
    plan.identityOverride = o;
    return {};
}

Result<void> IdentityGuard::refuse(const ImportPlan& plan, const QString& reason) const {
    ImportAudit(station_, session_).refusal(plan, reason);
    return Error::conflict(reason);
}

Result<Session> IdentityGuard::approve(const QString& userName, const QString& password) const {
    if (userName.trimmed().compare(session_.userName(), Qt::CaseInsensitive) == 0)
        return Error::permission(
            tr("The approval must come from a second person, not from %1, who asks for it.")
                .arg(session_.displayName()));
    const Authenticator authenticator(station_.database());
    Result<Session> approver = authenticator.login(userName, password);
    if (!approver)
        return approver.error();
    (void)authenticator.logout(*approver, QStringLiteral("approval"));
    if (!approver->can(Permission::Import))
        return Error::permission(
            tr("%1 (%2) may not import, so cannot approve an import; ask a technologist or an "
               "administrator.")
                .arg(approver->displayName(), Roles::displayName(approver->role())));
    return approver;
}

} // namespace pdi

namespace pdi {

QJsonObject IdentityOverride::toJson() const {
    return QJsonObject{{QStringLiteral("differences"), IdentityDifference::toJson(differences)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("confirmedBy"), confirmedBy},
                       {QStringLiteral("approvedBy"), approvedBy},
                       {QStringLiteral("approverName"), approverName},
                       {QStringLiteral("fromRecord"), fromRecord}};
}

IdentityOverride IdentityOverride::fromJson(const QJsonObject& json) {
    IdentityOverride o;
    o.differences =
        IdentityDifference::fromJson(json.value(QStringLiteral("differences")).toArray());
    o.reason = json.value(QStringLiteral("reason")).toString();
    o.confirmedBy = json.value(QStringLiteral("confirmedBy")).toString();
    o.approvedBy = json.value(QStringLiteral("approvedBy")).toString();
    o.approverName = json.value(QStringLiteral("approverName")).toString();
    o.fromRecord = json.value(QStringLiteral("fromRecord")).toBool();
    return o;
}

} // namespace pdi
