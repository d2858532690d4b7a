#pragma once

#include "CheckSettings.h"
#include "scan/MediumInventory.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

// One DICOM object on the medium as the rules see it: from the file itself, or, in a quick
// check, from its DICOMDIR record and the records above it.
struct MediumInstance {
    QString path;
    qint64 size = 0;
    SharedSummary summary; // the inventory file's own, not a copy
    bool fromDicomdir = false;
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
    bool isVideo(const QVector<struct MediumInstance>& instances) const;
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
