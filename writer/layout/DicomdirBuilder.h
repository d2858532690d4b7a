#pragma once

#include "result/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pdi {

// Writes the DICOMDIR of a staged medium with DCMTK's DicomDirInterface (General Purpose profile,
// STD-GEN-CD/DVD/USB). DCMTK checks each file against the profile as it is added, which is one
// more guard that only uncompressed Part 10 files go on the medium.
class DicomdirBuilder {
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomdirBuilder)

public:
    // What DCMTK had to do to write it.
    struct Written {
        bool inventedKeys = false; // required record keys the sources lack were filled in the
                                   // records (never in the objects)
    };
    // fileIds: the DICOM files relative to root, '/'-separated (e.g. DICOM/P0000001/S0000001/...).
    // allowVideo: the operator decided to carry video as it is; DCMTK's profile check would
    // otherwise refuse the compressed transfer syntax.
    // birthDate, sex: the medium's one patient's, added to the patient record (DCMTK's profile
    // has only name and ID there), so that a quick check at the receiving desk that reads only
    // the DICOMDIR shows them too.
    // Errors (Storage): which file failed and why; no DICOMDIR is left.
    static Result<Written> build(const QString& root, const QStringList& fileIds,
                                 const QString& fileSetId, bool allowVideo = false,
                                 const QString& birthDate = QString(),
                                 const QString& sex = QString());
};

} // namespace pdi
