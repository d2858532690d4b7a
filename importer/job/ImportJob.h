#pragma once

#include "ImportMedium.h"
#include "coerce/PatientCoercion.h"
#include "job/JobProgress.h"
#include "network/DicomAssociation.h"
#include "node/DicomNode.h"
#include "reconcile/CandidateScorer.h"
#include "reconcile/PatientReconciler.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>
#include <QDateTime>
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
    QString sourceInstitution;
    QVector<ImportObject> instances;
    QVector<LeftOutFile> leftOut;
    QStringList lookupProblems; // sources that could not be asked
};

// What one run did; counts are over the planned instances.
struct ImportOutcome {
    enum class Status {
        Complete,   // every planned instance sent (and committed where the node commits)
        Incomplete, // some are still to send or to confirm; running again continues
        DryRun,     // nothing was sent
    };
    Status status = Status::Complete;
    QString message;
    qint64 jobId = 0;
    int run = 0;
    int planned = 0;
    int sentBefore = 0; // already sent or committed by earlier runs
    int sentNow = 0;
    int sent = 0; // sent, not (yet) committed
    int committed = 0;
    int failed = 0;
    int pending = 0;
    QVector<QPair<QString, QString>> failures; // SOP Instance UID, reason
    // Incomplete: why, each a sentence (the message says it with the counts and how to continue).
    QStringList reasons;
    bool commitmentAsked = false;

    static QString statusName(Status status); // complete, incomplete, dry-run
};

// An import of a medium that did not finish (cancelled, the PACS went away, a crash), as its job
// record keeps it. Running request again continues the job.
struct UnfinishedImport {
    qint64 jobId = 0;
    ImportRequest request;
    PatientDemographics outside;
    QString localName;
    int planned = 0;
    int sent = 0; // sent or committed
    int failed = 0;
    QString message; // of the last run
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

// The import of outside objects into a PACS or the local archive (PDI-RULES "Import"), as a
// persistent job: each instance pending, sent, committed or failed with its reason, in the
// station database (import_jobs, import_instances). Running the same import again (same medium,
// outside patient, destination and local ID) resumes it: what was sent is not sent again.
//
// The GUI and the CLI call it the same way, off the GUI thread:
//
//   ImportJob job(station, session);
//   Result<ImportMedium> medium = ImportMedium::open(path, settings.checkSettings(), progress);
//   ... show medium->report(), reconcile with PatientReconciler, let the person choose ...
//   Result<ImportPlan> plan = job.prepare(request, *medium);   // refusals are Conflict errors
//   ImportOutcome outcome = job.execute(*plan, progress);      // progress + cancel
//
// or job.run(request, progress) for both steps. Needs Permission::Import.
class ImportJob {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportJob)

public:
    ImportJob(const Station& station, const Session& session);

    Result<ImportOutcome> run(const ImportRequest& request,
                              const JobProgress& progress = JobProgress());

    // Chooses the outside patient, looks the local ID up, plans what is sent and left out and
    // checks that the local identity can be written in the destination's character set.
    // Errors: Invalid/NotFound (bad request: exit 2), Conflict (refused, nothing sent: exit 1),
    // Permission.
    Result<ImportPlan> prepare(const ImportRequest& request, const ImportMedium& medium,
                               const JobProgress& progress = JobProgress());

    // Sends what the plan holds and the job has not sent yet, asks for storage commitment where
    // the node has the commit role, records the job and the audit trail. Network trouble ends
    // the run as Incomplete (exit 3), not as an error.
    Result<ImportOutcome> execute(ImportPlan& plan, const JobProgress& progress = JobProgress());

    // The imports of this medium (by its content) that did not finish, newest first, each with
    // the request that continues it: the same destination, outside patient, local identity and
    // series.
    Result<QVector<UnfinishedImport>> unfinished(const ImportMedium& medium) const;

    // What prepare() sends of the patient at patientIndex (into the medium's report) with this
    // choice of studies and series (empty: all), and what it leaves out. Reads no file and asks
    // no one, so a person's ticks can be shown at once.
    static ImportSelection select(const ImportMedium& medium, int patientIndex,
                                  const QStringList& studyUids, const QStringList& seriesUids);

    // The job record's key: medium content, outside patient, destination, local ID.
    static QString jobKey(const ImportPlan& plan);
    // The lock file a run holds (QLockFile) while it sends, so that the same import started
    // again in another window or process is refused instead of sending alongside.
    static QString lockPath(const Station& station, const ImportPlan& plan);
    static QJsonObject toJson(const ImportPlan& plan, const ImportOutcome& outcome);

private:
    CoercionContext coercionContext(const ImportPlan& plan) const;
    void recordRefusal(const ImportPlan& plan, const QString& reason) const;

    Station station_;
    Session session_;
};

} // namespace pdi
