#pragma once

#include "dicom/DicomSummary.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

// One object the DICOMDIR lists: where it is on the medium and in the staging folder, what the
// write plan read from it, and what the file meta information of the staged file says (after
// any transcoding).
struct DirectoryEntry {
    QString fileId;    // '/'-separated (e.g. DICOM/P0000001/S0000001/R0000001/I0000001)
    QString localPath; // the file as it goes on the medium (staged, or the source itself)
    const DicomSummary* summary = nullptr; // as planned, with its directory keys
    // Rewritten by the Transcoder: its elements stored as UN have their dictionary VR there.
    bool transcoded = false;
    QString sopClassUid;    // Media Storage SOP Class UID of the staged file
    QString sopInstanceUid; // Media Storage SOP Instance UID of the staged file
    QString transferSyntaxUid;
};

// Writes the DICOMDIR of a staged medium (General Purpose profile, STD-GEN-CD/DVD/USB): the
// records DCMTK's DicomDirInterface makes, key for key and in its order, checked against the
// profile as it checks them (one more guard that only uncompressed Part 10 files go on the
// medium), but made from the keys the write plan read from each object, with the hierarchy the
// plan already knows, so that no object is read a second time. Each object's part (its keys
// restored, the profile's checks, its own record) is made on worker threads; the records of the
// levels and their order are made in the medium's order. The file is written as DcmDicomDir
// writes it, byte for byte (DicomdirFile).
class DicomdirBuilder {
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomdirBuilder)

public:
    struct Written {
        bool inventedKeys = false; // required record keys the sources lack were filled in the
                                   // records (never in the objects)
        int objectsRead = 0;       // objects whose keys were read from the staged file (non-image
                                   // records, whose keys come from nested content)
        bool fromFiles = false;    // built by DicomDirInterface from the files (buildFromFiles)
    };
    // allowVideo: the operator decided to carry video as it is; the profile's check would
    // otherwise refuse the compressed transfer syntax.
    // birthDate, sex: the medium's one patient's, added to the patient record (the profile has
    // only name and ID there), so that a quick check at the receiving desk that reads only the
    // DICOMDIR shows them too.
    // Errors (Storage): which file failed and why; no DICOMDIR is left.
    static Result<Written> build(const QString& root, const QVector<DirectoryEntry>& entries,
                                 const QString& fileSetId, bool allowVideo = false,
                                 const QString& birthDate = QString(),
                                 const QString& sex = QString());

    // Whether build() makes the record of an object of this SOP class (its Media Storage SOP
    // Class) from the plan's keys; when one object's is not, build() has DicomDirInterface read
    // every object from root (buildFromFiles), so they must all be there.
    static bool recordFromPlan(const QString& sopClassUid);

    // The same DICOMDIR made by DicomDirInterface::addDicomFile, which loads every file again and
    // searches the records made so far for each. build() falls back to it for a medium with an
    // object whose record type DirectoryRecordFactory does not make (RT, registration, hanging
    // protocols ...: their records copy nested content, some sit at the root); it is also the
    // reference build() is compared with. fileIds as in DirectoryEntry.
    static Result<Written> buildFromFiles(const QString& root, const QStringList& fileIds,
                                          const QString& fileSetId, bool allowVideo = false,
                                          const QString& birthDate = QString(),
                                          const QString& sex = QString());
};

} // namespace pdi
