#pragma once

#include "IsoImageWriter.h"
#include "job/JobProgress.h"
#include "layout/StagedMedium.h"
#include "result/Result.h"

#include <QCoreApplication>

namespace pdi {

// Burns a staged medium as one closed ISO 9660 session with libburn: to an optical drive
// (/dev/srN or any libburn address) or to libburn's "stdio:PATH" pseudo-drive, which writes the
// same data to a file so the burn path runs without hardware.
class DiscBurner {
    Q_DECLARE_TR_FUNCTIONS(pdi::DiscBurner)

public:
    static bool isDriveAddress(const QString& target); // /dev/... or stdio:... or mmc:...
    // The path to read the written medium back from: the device, or the stdio file.
    static QString readBackPath(const QString& address);

    // The manifest is made while the image is generated for the drive.
    static Result<void> burn(const StagedMedium& medium, const IsoImageWriter::Metadata& metadata,
                             const QString& address, const JobProgress& progress,
                             Manifest* manifest = nullptr);
};

} // namespace pdi
