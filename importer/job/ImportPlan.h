#pragma once

#include "ImportMedium.h"
#include "account/Session.h"
#include "coerce/PatientCoercion.h"
#include "node/DicomNode.h"
#include "reconcile/CandidateScorer.h"
#include "reconcile/IdentityContradiction.h"
#include "reconcile/PatientReconciler.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pdi {

// What a person asked for: one outside patient of a medium, filed under one local patient, sent
// to one destination.
struct ImportRequest {
    QString medium;      // folder, ISO image, ZIP (ignored when a medium is passed to prepare())
    QString destination; // node name or "local"
    // The local patient. With keepIds the outside identity stays (only the character set and
    // the Accession Number may change).
    bool keepIds = false;
    QString localPatientId;
    QString localIssuer;
    // The local demographics when no source knows localPatientId; a null string: not given.
    QString name;
    QString birthDate;
    QString sex;
    QString accessionNumber; // a local order's accession number, when there is one
    // Which outside patient: needed when the medium holds several and the selection does not
    // say. Null: decided by the medium or the selection.
    QString outsidePatientId;
    QString outsideIssuer;
    QStringList studies; // Study Instance UIDs to import; empty: all of the patient's
    QStringList series;  // Series Instance UIDs to import; empty: all of the chosen studies
    // Where to look up localPatientId: node names and/or "local". Empty: every node with the
    // find or worklist role, and the local archive.
    QStringList sources;
    bool dryRun = false; // plan and check everything, send nothing, record nothing
    // The person's answer when the local patient contradicts the outside one (IdentityGuard):
    // why they are the same person all the same. Empty: not confirmed.
    QString differenceReason;
    // The second person who approved that answer, where the station requires one.
    std::optional<Session> differenceApprover;
};

// A person's decision to file the objects under a local patient who contradicts the outside
// one (IdentityGuard): the differences, the reason, who confirmed and who approved it. Kept in
// the job record and the Import audit records.
struct IdentityOverride {
    QVector<IdentityDifference> differences;
    QString reason;
    QString confirmedBy;     // login name of the person who confirmed
    QString approvedBy;      // login name of the approver; empty when none was required
    QString approverName;    // the approver's display name
    bool fromRecord = false; // taken from the job's record when the job continues

    bool isSet() const { return !reason.isEmpty(); }
    QJsonObject toJson() const;
    static IdentityOverride fromJson(const QJsonObject& json);
};

// A file of the medium that is not imported, and why (JSRT-QA 4.1: selective import).
struct LeftOutFile {
    // Why, in groups a person tells apart: their own choice, the medium's other patients, what
    // is not DICOM (programs apart: a security matter), and what cannot be imported at all.
    enum class Kind { NotChosen, OtherPatient, NotDicom, Program, Unusable };

    QString path;
    QString sopInstanceUid; // when it is a DICOM object
    QString reason;
    Kind kind = Kind::Unusable;
};

// One object the import sends.
struct ImportObject {
    QString path;
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
    QString studyUid;
    QString seriesUid;
};

// What of one outside patient would be sent, and every file of the medium that would not, with
// the reason.
struct ImportSelection {
    QVector<ImportObject> instances;
    QVector<LeftOutFile> leftOut;
};

// Everything decided before sending: the outside and the local patient, what is sent and what is
// left out, the destination.
struct ImportPlan {
    ImportRequest request;
    ImportMedium medium;
    DicomNode destination;
    int patientIndex = -1; // into medium.report().contents.patients
    PatientDemographics outside;
    LocalIdentity local;
    QString demographicsSource; // which source knew the local ID, "explicit", or "medium"
    QVector<KnownPatient> known;
    CandidateMatch match; // the local patient scored against the outside one
    // How the local patient contradicts the outside one (empty when the outside IDs are kept);
    // any at all stops the import unless a person confirms them (identityOverride).
    QVector<IdentityDifference> contradictions;
    IdentityOverride identityOverride;
    QString sourceInstitution;
    QVector<ImportObject> instances;
    QVector<LeftOutFile> leftOut;
    QStringList lookupProblems; // sources that could not be asked
};

} // namespace pdi
