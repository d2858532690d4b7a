#include "ImportPlanner.h"

#include "IdentityGuard.h"
#include "ImportAudit.h"
#include "ImportSelector.h"
#include "archive/LocalArchive.h"
#include "destination/DestinationChoice.h"
#include "dicom/PersonName.h"
#include "dicom/SpecificCharacterSet.h"
#include "node/NodeStore.h"
#include "reconcile/ReconcileSources.h"
#include "report/DisplayText.h"

#include <QDate>
#include <QSet>

namespace pdi {

namespace {

bool validDate(const QString& yyyymmdd) {
    return yyyymmdd.size() == 8 &&
           QDate::fromString(yyyymmdd, QStringLiteral("yyyyMMdd")).isValid();
}

QString describePatient(const PatientContents& p) {
    return QStringLiteral("%1%2 %3").arg(
        p.id, p.issuer.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.issuer), p.name);
}

// The patients of the medium the request can mean: the one it names, or those holding a chosen
// study or series, or all of them.
QVector<int> matchingPatients(const QVector<PatientContents>& patients,
                              const ImportRequest& request) {
    const QSet<QString> studies(request.studies.cbegin(), request.studies.cend());
    const QSet<QString> series(request.series.cbegin(), request.series.cend());
    QVector<int> chosen;
    for (int i = 0; i < patients.size(); ++i) {
        const PatientContents& p = patients.at(i);
        if (!request.outsidePatientId.isNull()) {
            if (p.id == request.outsidePatientId &&
                (request.outsideIssuer.isNull() || p.issuer == request.outsideIssuer))
                chosen << i;
            continue;
        }
        if (studies.isEmpty() && series.isEmpty()) {
            chosen << i;
            continue;
        }
        bool has = false;
        for (const StudyContents& st : p.studies) {
            has = has || studies.contains(st.uid);
            for (const SeriesContents& se : st.series)
                has = has || series.contains(se.uid);
        }
        if (has)
            chosen << i;
    }
    return chosen;
}

} // namespace

Result<ImportPlan> ImportPlanner::plan(const ImportRequest& request, const ImportMedium& medium,
                                       const JobProgress& progress) const {
    return planFrom(request, medium, false, progress);
}

Result<ImportPlan> ImportPlanner::plan(const ImportRequest& request, ImportMedium&& medium,
                                       const JobProgress& progress) const {
    return planFrom(request, std::move(medium), true, progress);
}

Result<ImportPlan> ImportPlanner::planFrom(const ImportRequest& request, ImportMedium medium,
                                           bool letGoOfCheck, const JobProgress& progress) const {
    ImportPlan plan;
    plan.request = request;
    plan.medium = std::move(medium);
    const NodeStore nodes(station_.database());
    const ImportAudit audit(station_, session_);
    if (auto ok = checkRequest(plan, nodes); !ok)
        return ok.error();
    if (auto ok = chooseOutside(plan); !ok)
        return ok.error();
    if (auto ok = checkGivenIdentity(request); !ok)
        return ok.error();
    // What goes and what stays: chosen before the sources are asked, so that a plan that took
    // the medium over lets go of the rest of its check before the lookups load what they need.
    ImportSelection selection =
        ImportSelector::select(plan.medium, plan.patientIndex, request.studies, request.series);
    if (letGoOfCheck)
        plan.medium.keepOnlyWhatSendingReads();
    if (request.keepIds) {
        const PatientDemographics& outside = plan.outside;
        plan.local = {outside.id,        outside.issuer, outside.name,
                      outside.birthDate, outside.sex,    request.accessionNumber};
        plan.demographicsSource = QStringLiteral("medium");
    } else if (auto ok = findLocal(plan, audit, progress); !ok) {
        return ok.error();
    }
    plan.match = CandidateScorer::score(
        plan.outside,
        PatientDemographics{plan.local.patientId, plan.local.issuer, plan.local.name,
                            plan.local.birthDate, plan.local.sex},
        IdAuthority{PatientReconciler::ownAuthorities(station_.settings()),
                    plan.sourceInstitution.isEmpty() ? QStringList()
                                                     : QStringList{plan.sourceInstitution}});
    plan.contradictions = IdentityGuard::contradictions(plan);
    if (auto ok = checkCharacterSet(plan, audit); !ok)
        return ok.error();

    const QString unusable = ImportSelector::nothingUsable(selection);
    plan.instances = std::move(selection.instances);
    plan.leftOut = std::move(selection.leftOut);
    if (plan.instances.isEmpty()) {
        const QString reason =
            !unusable.isEmpty()
                ? unusable
                : tr("Nothing of patient %1 can be imported with this choice; see the files left "
                     "out.")
                      .arg(describePatient(
                          plan.medium.report().contents.patients.at(plan.patientIndex)));
        audit.refusal(plan, reason);
        return Error::conflict(reason);
    }
    return plan;
}

Result<void> ImportPlanner::checkRequest(ImportPlan& plan, const NodeStore& nodes) const {
    const ImportRequest& request = plan.request;
    Result<DicomNode> destination = DestinationChoice::find(nodes, request.destination);
    if (!destination)
        return destination.error();
    plan.destination = *destination;
    if (!request.keepIds && request.localPatientId.trimmed().isEmpty())
        return Error::invalid(
            tr("No local patient is named: name the local patient the objects are filed under, "
               "or decide to keep the outside identity."));
    if (request.keepIds && !request.localPatientId.isEmpty())
        return Error::invalid(
            tr("A local patient is named and the outside identity is to be kept as well: "
               "decide on one of the two."));
    return {};
}

Result<void> ImportPlanner::chooseOutside(ImportPlan& plan) const {
    const ImportRequest& request = plan.request;
    const QVector<PatientContents>& patients = plan.medium.report().contents.patients;
    if (patients.isEmpty())
        return Error::conflict(
            tr("The medium holds no readable DICOM objects; nothing can be imported."));
    const QVector<int> chosen = matchingPatients(patients, request);
    QStringList listing;
    for (const PatientContents& p : patients)
        listing << describePatient(p);
    if (chosen.isEmpty())
        return Error::invalid(
            tr("No patient on the medium matches the choice. The medium holds: %1.")
                .arg(listing.join(QLatin1String("; "))));
    if (chosen.size() > 1)
        return Error::invalid(
            tr("The medium holds %n patient(s): %1. Each patient is imported by its own "
               "import: choose one by its outside patient ID, or by its studies or series.",
               nullptr, int(patients.size()))
                .arg(listing.join(QLatin1String("; "))));
    plan.patientIndex = chosen.constFirst();
    const PatientContents& outside = patients.at(plan.patientIndex);
    plan.outside = {outside.id, outside.issuer, outside.name, outside.birthDate, outside.sex};
    plan.sourceInstitution = outside.institutions.value(0);
    if (plan.sourceInstitution.isEmpty())
        plan.sourceInstitution = plan.medium.report().sourceInstitutions().value(0);

    QSet<QString> patientStudies;
    QSet<QString> patientSeries;
    for (const StudyContents& st : outside.studies) {
        patientStudies.insert(st.uid);
        for (const SeriesContents& se : st.series)
            patientSeries.insert(se.uid);
    }
    for (const QString& uid : request.studies) {
        if (!patientStudies.contains(uid))
            return Error::invalid(tr("Study %1 is not on the medium for patient %2.")
                                      .arg(uid, describePatient(outside)));
    }
    for (const QString& uid : request.series) {
        if (!patientSeries.contains(uid))
            return Error::invalid(tr("Series %1 is not on the medium for patient %2.")
                                      .arg(uid, describePatient(outside)));
    }
    return {};
}

ImportPlanner::GivenIdentityProblem
ImportPlanner::givenIdentityProblem(const ImportRequest& request) {
    const bool given =
        !request.name.isNull() || !request.birthDate.isNull() || !request.sex.isNull();
    if (!given)
        return GivenIdentityProblem::None;
    if (request.keepIds)
        return GivenIdentityProblem::GivenWhileKeepingIds;
    if (!request.birthDate.isNull() && !validDate(request.birthDate))
        return GivenIdentityProblem::BirthDate;
    if (!request.sex.isNull() &&
        !QStringList{QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("O"), QString()}
             .contains(request.sex))
        return GivenIdentityProblem::Sex;
    return GivenIdentityProblem::None;
}

Result<void> ImportPlanner::checkGivenIdentity(const ImportRequest& request) const {
    switch (givenIdentityProblem(request)) {
    case GivenIdentityProblem::None:
        return {};
    case GivenIdentityProblem::GivenWhileKeepingIds:
        return Error::invalid(
            tr("A local name, birth date or sex is given although the outside identity is to be "
               "kept: decide on one of the two."));
    case GivenIdentityProblem::BirthDate:
        return Error::invalid(
            tr("The local birth date \"%1\" is not a date.").arg(request.birthDate));
    case GivenIdentityProblem::Sex:
        return Error::invalid(
            tr("The local sex \"%1\" is none of male, female or other.").arg(request.sex));
    }
    return {};
}

Result<void> ImportPlanner::findLocal(ImportPlan& plan, const ImportAudit& audit,
                                      const JobProgress& progress) const {
    const ImportRequest& request = plan.request;
    const LocalArchive archive(station_);
    Result<PatientReconciler::Options> options =
        ReconcileSources::options(station_, &archive, request.sources);
    if (!options)
        return options.error();
    options->cancel = progress.cancel;
    progress(tr("looking up the local patient"), 0, 1);
    const PatientReconciler reconciler(*options);
    plan.known =
        reconciler.lookup(request.localPatientId, request.localIssuer, &plan.lookupProblems);
    if (!plan.known.isEmpty())
        return takeKnown(plan, audit);
    if (!request.name.isNull() && !request.name.trimmed().isEmpty() &&
        !request.birthDate.isNull() && !request.sex.isNull()) {
        plan.local = {request.localPatientId, request.localIssuer, request.name,
                      request.birthDate,      request.sex,         request.accessionNumber};
        plan.demographicsSource = QStringLiteral("explicit");
        return {};
    }
    if (!plan.lookupProblems.isEmpty()) {
        // A source that could not be asked may know the patient: not a refusal.
        return Error::network(
            tr("The local patient %1 could not be looked up everywhere: %2 Try again when the "
               "sources answer, or give the local name, birth date and sex.")
                .arg(request.localPatientId, plan.lookupProblems.join(QLatin1Char(' '))));
    }
    QStringList asked;
    for (const DicomNode& n : std::as_const(options->sources))
        asked << n.name;
    plan.local.patientId = request.localPatientId;
    plan.local.issuer = request.localIssuer;
    const QString reason =
        tr("No source knows the local patient ID %1 (asked: %2). Check the ID, or, if the "
           "patient is new here, give the local name, birth date and sex.")
            .arg(request.localPatientId, asked.join(QLatin1String(", ")));
    audit.refusal(plan, reason);
    return Error::conflict(reason);
}

// The first source that knows the local ID gives the identity; what the person gave must agree.
Result<void> ImportPlanner::takeKnown(ImportPlan& plan, const ImportAudit& audit) const {
    const ImportRequest& request = plan.request;
    const KnownPatient& k = plan.known.constFirst();
    plan.local = {request.localPatientId,
                  request.localIssuer.isEmpty() ? k.patient.issuer : request.localIssuer,
                  k.patient.name,
                  k.patient.birthDate,
                  k.patient.sex,
                  request.accessionNumber};
    plan.demographicsSource = k.source;
    QStringList differ;
    if (!request.name.isNull() && request.name != k.patient.name)
        differ << tr("name %1").arg(PersonName::fromDicom(k.patient.name).display());
    if (!request.birthDate.isNull() && request.birthDate != k.patient.birthDate)
        differ << tr("birth date %1").arg(DisplayText::date(k.patient.birthDate));
    if (!request.sex.isNull() && request.sex != k.patient.sex)
        differ << tr("sex %1").arg(DisplayText::sex(k.patient.sex));
    if (differ.isEmpty())
        return {};
    const QString reason =
        tr("%1 knows patient %2 with %3, which differs from what was given. The local record "
           "wins: leave out the name, birth date and sex given, or correct the local record "
           "first.")
            .arg(k.source, request.localPatientId, differ.join(QLatin1String(", ")));
    audit.refusal(plan, reason);
    return Error::conflict(reason);
}

// The local identity must be writable in the destination's character set.
Result<void> ImportPlanner::checkCharacterSet(const ImportPlan& plan,
                                              const ImportAudit& audit) const {
    const SpecificCharacterSet target(plan.destination.characterSet);
    for (const QString& value :
         {plan.local.patientId, plan.local.issuer, plan.local.name, plan.local.accessionNumber}) {
        QString unencodable;
        target.encode(value, &unencodable);
        if (unencodable.isEmpty())
            continue;
        const QString reason =
            tr("\"%1\" cannot be written in the character set of %2 (%3): the characters %4 have "
               "no code there. Send to a node with ISO_IR 192, or correct the local record.")
                .arg(value, plan.destination.name, plan.destination.characterSet, unencodable);
        audit.refusal(plan, reason);
        return Error::conflict(reason);
    }
    return {};
}

} // namespace pdi
