#pragma once

#include "WriteProgress.h"
#include "layout/StagedMedium.h"

#include <QCoreApplication>

namespace pdi {

// Builds an ISO 9660 Level 1 image (no Rock Ridge, no Joliet: the names a receiving system sees
// are the File IDs) of a staged medium with libisofs, volume identifier = File-set ID.
class IsoImageWriter {
    Q_DECLARE_TR_FUNCTIONS(pdi::IsoImageWriter)

public:
    struct Metadata {
        QString volumeId;
        QString applicationId; // "PDI STATION 0.1.0"
        QString publisherId;   // issuing institution, when it is plain ASCII
    };

    // Writes the image to outputPath; nothing is left there unless the whole image was written.
    static StepResult writeFile(const StagedMedium& medium, const Metadata& metadata,
                                const QString& outputPath, const WriteProgress& progress);

    // An image generator for libburn: returns a libisofs burn_source (to be passed to libburn as
    // struct burn_source*) and its size; the caller owns it. Null with error set on failure.
    static void* createBurnSource(const StagedMedium& medium, const Metadata& metadata,
                                  qint64* size, QString* error);
};

} // namespace pdi
