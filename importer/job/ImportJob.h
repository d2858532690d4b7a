#pragma once

#include "ImportJobStore.h"
#include "ImportOutcome.h"
#include "ImportPlan.h"
#include "account/Session.h"
#include "job/JobProgress.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pdi {

class ImportDestination;

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
//
// The job is the orchestration (as Orthanc's SetOfInstancesJob): ImportPlanner decides,
// ImportJobStore keeps the job and instance states, ObjectPreparer files each object under the
// local patient, an ImportDestination stores and confirms, ImportAudit records.
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
    // The same for a medium the plan takes over: the plan keeps only what sending reads of the
    // check, so that a job's memory does not grow with the objects on the medium (the CLI; the
    // GUI keeps its medium for the person to look at and passes a copy).
    Result<ImportPlan> prepare(const ImportRequest& request, ImportMedium&& medium,
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
    // Why a run stopped sending before the end.
    struct Stop {
        QString message;
        bool connectionLost = false;
    };

    Result<void> requireImport() const;
    Result<ImportOutcome> dryRun(const ImportPlan& plan) const;
    Result<ImportJobStore::StateWriter> openRecord(const ImportPlan& plan,
                                                   ImportOutcome& outcome) const;
    Result<Stop> send(const ImportPlan& plan, const QVector<const ImportObject*>& todo,
                      ImportDestination& destination, ImportJobStore::StateWriter& states,
                      ImportOutcome& outcome, const JobProgress& progress) const;
    Result<QString> confirm(const ImportPlan& plan, ImportDestination& destination,
                            ImportJobStore::StateWriter& states, ImportOutcome& outcome,
                            const JobProgress& progress) const;
    Result<void> count(const ImportPlan& plan, ImportOutcome& outcome) const;
    static void summarize(const DicomNode& node, const QStringList& stops, ImportOutcome& outcome);
    Result<void> finishRecord(const ImportPlan& plan, const ImportOutcome& outcome,
                              bool connectionLost) const;

    Station station_;
    Session session_;
};

} // namespace pdi
