#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pdi {

enum class JobKind { Write, Import };

// Where a job stands, as its record says, in the words every station uses for both kinds.
enum class JobState {
    Running,     // its record says a run is under way (at its station)
    Finished,    // written and verified; every object imported
    Unfinished,  // an import that stopped with objects left to send or confirm: can be resumed
    Interrupted, // the program ended during a run (found at the station's next start)
    Failed,      // a write that failed: nothing that looks finished was left
    Cancelled,   // a write stopped by the person who started it
};

// Stable names (JSON, `pdi jobs --json`) and words for people.
class JobStates {
    Q_DECLARE_TR_FUNCTIONS(pdi::JobStates)

public:
    static QString name(JobState state); // running, finished, unfinished, interrupted, ...
    static QString displayName(JobState state);
    static QString kindName(JobKind kind); // write, import
    static std::optional<JobKind> kindFromName(const QString& name);
    static QString kindDisplayName(JobKind kind);
    // The state of a row of write_jobs (written, failed, cancelled, running, interrupted) and of
    // import_jobs (complete, incomplete, running, interrupted); a status this program does not
    // know counts as not finished.
    static JobState ofWrite(const QString& status);
    static JobState ofImport(const QString& status);
};

// A patient as a job record names it; name is DICOM PN text as recorded.
struct JobPatient {
    QString id;
    QString issuer;
    QString name;
};

// One write or import job as its record in the station database keeps it, with the station that
// ran it last under the name that station has now. Nothing here is inferred: a patient is what
// the job recorded, never looked up.
struct JobRecord {
    JobKind kind = JobKind::Write;
    qint64 id = 0;
    QString stationId;
    QString stationName; // current name; empty when the station is not known by name
    bool thisStation = false;
    JobState state = JobState::Running;
    QString startedBy;   // login name of who started it (an import: its first run)
    QDateTime startedAt; // UTC
    QString lastRunBy;   // an import: who ran it last
    QDateTime lastRunAt; // an import: when its last run started or ended
    QDateTime endedAt;   // invalid while running
    int runs = 1;

    // False when the person listing may not see patients: patient, local, target and message
    // are then empty (see AccessControl::maySeePatients).
    bool patientShown = true;
    JobPatient patient; // a write: whose medium; an import: the identity on the outside medium
    JobPatient local;   // an import: the local identity it is filed under
    bool keptOutsideIds = false; // an import that keeps the medium's IDs as the local ones

    // A write: the target (folder, image file, drive); an import: the destination node or "local".
    QString destination;
    QString mediumId;  // a write: the File-set ID; an import: the outside medium's identifier
    QString mediaType; // a write: cd, dvd, bd, usb (as the write recorded it)
    QString message;   // of the end or the last run, as recorded

    // An import: its objects by where they stand.
    int planned = 0;
    int pending = 0;
    int sent = 0; // sent, not (yet) confirmed
    int committed = 0;
    int failed = 0;

    // An import that stopped short and can be continued (at any station with the same medium).
    bool resumable() const {
        return kind == JobKind::Import &&
               (state == JobState::Unfinished || state == JobState::Interrupted);
    }
    // The time of its latest activity: the lists are newest first by it.
    QDateTime activityAt() const;
    // The progress in words: "4 of 6 objects sent (2 confirmed), 1 failed, 1 to send";
    // "File-set ID PDI00012, DVD".
    QString progressText() const;
    QJsonObject toJson() const;
};

} // namespace pdi
