#pragma once

#include <QCoreApplication>

#include "DicomDirectory.h"
#include "dicom/DicomSummary.h"

#include <QString>
#include <QVector>

namespace pdi {

// A key of a directory record that disagrees with an object the record stands for.
struct KeyDisagreement {
    int recordIndex = -1; // the record holding the key
    quint32 tag = 0;
    QString attribute; // for a person: "Patient's Name (ideographic)"
    QString recordValue;
    QString objectValue;
    bool identity = false; // a patient-level key: the two name different people
};

// Compares the keys of directory records with the object they reference (PS3.3 F.5: a key
// holds the value of the same attribute in the objects below the record). Person names are
// compared group by group in the normalized form, so "Wang^XiaoDong=王^小東=" equals
// "Wang^XiaoDong=王^小東" and a record that lost the kanji of a name differs from its object.
class RecordMatch {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::RecordMatch)

public:
    // The keys of the instance record at index and of the series, study and patient records
    // above it that disagree with the object's summary. A key the record leaves empty or out
    // is not a disagreement (the record says nothing); the SOP Instance, SOP Class and Transfer
    // Syntax UIDs of the instance record are compared elsewhere (PDI-D009).
    static QVector<KeyDisagreement> compare(const DicomDirectory& dir, int instanceRecord,
                                            const DicomSummary& object);

    // A key's value as a sentence shows it: in quotes, or "no value".
    static QString quoted(const QString& value);

    // The PATIENT record above a record, or -1.
    static int patientOf(const DicomDirectory& dir, int record);
};

} // namespace pdi
