#pragma once

#include "CheckSettings.h"
#include "scan/MediumInventory.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

namespace pdi {

// The fields of one object that are its own, not its series': what its DICOMDIR record says
// beyond the records above it, or the same fields of the file.
struct InstanceFields {
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
    QString instanceNumber;
    QStringList imageType;
    double sliceThickness = std::numeric_limits<double>::quiet_NaN();
    int numberOfFrames = 1;

    static InstanceFields of(const DicomSummary& summary);
};

// One DICOM object on the medium as the rules see it: from the file itself, or, in a quick
// check, from its DICOMDIR record and the records above it. A quick check's instances of one
// series record share one summary of what the records above them say (a summary is about 1 KB:
// one per instance was a third of the quick check's memory on a medium of 5,000 images).
struct MediumInstance {
    QString path;
    qint64 size = 0;
    bool fromDicomdir = false;

    MediumInstance() = default;
    // Read from its file: the inventory file's summary, shared with it.
    MediumInstance(QString path, qint64 size, SharedSummary summary);
    // Known from its DICOMDIR record: the summary of the records above it and the record's own.
    MediumInstance(QString path, qint64 size, SharedSummary above, InstanceFields own);

    // Patient, study and series (for an object read from its file, all it says). The fields of
    // the object itself are read from own(): they are not in it for an object known from its
    // record.
    const DicomSummary& shared() const { return summary_; }
    const InstanceFields& own() const { return own_; }
    // The whole summary in one (made anew for an object known from its record).
    DicomSummary summary() const;

private:
    SharedSummary summary_;
    InstanceFields own_;
};

struct SeriesContents {
    QString uid;
    QString modality;
    QString number;
    QString description;
    int instances = 0;
    int frames = 0;
    qint64 bytes = 0;
    double thinnestSlice = 0; // 0 when unknown
    QStringList transferSyntaxes;
    bool lossy = false;
    bool aiDerived = false;
    QStringList aiReasons;
    QVector<int> instanceIndexes; // into MediumContents::instances

    // Thin-slice or very large data by the site's thresholds (JP-2011 "bulk").
    bool isBulk(const CheckSettings& settings) const;
    bool isThinSlice(const CheckSettings& settings) const;
    bool isVideo(const QVector<MediumInstance>& instances) const;
};

struct StudyContents {
    QString uid;
    QString date;
    QString time;
    QString id;
    QString accessionNumber;
    QString description;
    QStringList modalities;
    QVector<SeriesContents> series;
};

struct PatientContents {
    QString id;
    QString issuer;
    QString name; // whole Person Name with its '=' groups
    QString birthDate;
    QString sex;
    QStringList otherNames;      // differing names seen with the same ID
    QStringList otherBirthDates; // differing birth dates seen with the same ID
    QStringList otherSexes;      // differing sexes seen with the same ID
    QStringList institutions;    // Institution Name values, the likely issuer of the medium
    QVector<StudyContents> studies;

    int instanceCount() const;
};

// Patients, studies and series on a medium, built once and shared by the rules and the report.
struct MediumContents {
    QVector<MediumInstance> instances;
    QVector<PatientContents> patients;

    static MediumContents build(const MediumInventory& inventory, const CheckSettings& settings);
    static MediumContents fromInstances(QVector<MediumInstance> instances,
                                        const CheckSettings& settings);
};

} // namespace pdi
