#pragma once

#include "ExportSource.h"
#include "TargetMedia.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

// What the operator asked for.
struct ExportOptions {
    QString patientId;   // picks one patient out of a mixed source
    QStringList studies; // only these studies (UIDs); empty = all
    QStringList series;  // only these series (UIDs); empty = all
    QStringList excludeSeries;
    QStringList otherFiles; // local paths of non-DICOM files to add (referral letter, photos)
    bool web = false;
    bool allowVideo = false;
    bool allowBulk = false;
    bool allowAi = false;
    QStringList markAi; // series the operator says are AI-derived
    QStringList notAi;  // series the operator says are not AI-derived
    TargetMedia::Kind media = TargetMedia::Cd;
    qint64 usbFreeBytes = 0; // for USB: free space of the target
};

// A decision the operator took explicitly; each is audited.
struct ExportDecision {
    enum class Kind { AllowVideo, AllowBulk, AllowAi, MarkAi, NotAi };
    Kind kind;
    QString seriesUid;
    QString series; // for a person: "CT series 3 "THIN 0.6mm""
    QString detail; // why the decision was needed (detection reasons, thresholds)

    QString kindName() const; // "allow-video", "allow-bulk", "allow-ai", "mark-ai", "not-ai"
};

struct PlannedInstance {
    SourceInstance source;
    bool transcode = false;    // not Part 10 Explicit VR Little Endian, or its meta information
                               // disagrees with its data set: rewritten
    qint64 estimatedBytes = 0; // on the medium
};

struct PlannedSeries {
    QString uid;
    QString modality;
    QString number;
    QString description;
    bool aiDerived = false;
    QStringList aiReasons;
    bool video = false;
    bool bulk = false;
    QVector<PlannedInstance> instances;
    qint64 estimatedBytes = 0;
    int frames = 0;
};

struct PlannedStudy {
    QString uid;
    QString date;
    QString time;
    QString description;
    QString accessionNumber;
    QStringList modalities;
    QVector<PlannedSeries> series;
};

// Content left off the medium, and why; the report and the audit record list it.
struct ExcludedContent {
    enum class Reason { OtherPatient, NotSelected, ExcludedByOperator, Video, Bulk, AiDerived };
    Reason reason;
    QString seriesUid;
    QString label; // for a person
    int instances = 0;
    QString message; // what and why, and what would include it
};

struct PlannedOtherFile {
    QString localPath;
    QString mediumPath; // 8.3 names under OTHER/
    QString description;
    qint64 size = 0;
};

struct PatientIdentity {
    QString id;
    QString issuer;
    QString name;
    QString birthDate;
    QString sex;
};

struct ExportPlan {
    // Why a plan is refused, for a caller that says what to do in its own terms (the GUI offers
    // a choice of patient where the command line names --patient-id).
    enum class Refusal {
        None,
        Sources,         // damaged sources, or no DICOM object at all
        SeveralPatients, // no patient chosen among several
        Patient,         // the chosen patient cannot be written (unknown, ambiguous, disagreeing)
        Selection,       // a study or series UID matches nothing; contradictory AI marks
        OtherFile,       // an other-content file cannot be read or is a program
        NothingLeft,     // every series is left out
        Capacity         // the content does not fit the medium
    };

    // Refused: nothing may be written. The message says what is wrong and what to do.
    bool refused = false;
    QString refusal;
    Refusal refusalKind = Refusal::None;
    QStringList patientsFound; // with several patients, each "ID name birth date"

    PatientIdentity patient;
    QVector<PlannedStudy> studies;
    QVector<ExcludedContent> excluded;
    QVector<ExportDecision> decisions;
    QVector<PlannedOtherFile> otherFiles;
    QVector<SourceProblem> sourceProblems;
    QStringList institutions; // Institution Name values of the objects

    TargetMedia::Kind media = TargetMedia::Cd;
    qint64 estimatedBytes = 0;
    qint64 capacityBytes = 0;
    bool web = false;

    int instanceCount() const;
    int transcodeCount() const;
};

} // namespace pdi
