#pragma once

#include "job/JobProgress.h"
#include "layout/StagedMedium.h"
#include "result/Result.h"

#include <QCoreApplication>

namespace pdi {

// Writes a staged medium into a folder: a USB stick's root or a staging folder for another
// writer. The DICOMDIR is written last, after everything else is on the device, and under the
// name kStagedDicomdir: verification reads it there (FolderMedium lists it as DICOMDIR) and only
// publish() gives it its name. A medium cut short, or one whose verification was interrupted,
// never looks finished: `pdi check` finds no DICOMDIR. On any failure everything written is
// removed again.
class FolderWriter {
    Q_DECLARE_TR_FUNCTIONS(pdi::FolderWriter)

public:
    static inline const QString kStagedDicomdir = QStringLiteral("DICOMDIR.UNVERIFIED");

    static Result<void> write(const StagedMedium& medium, const QString& target,
                              const JobProgress& progress);
    // Gives the verified medium its DICOMDIR (a rename on the device, then a sync).
    static Result<void> publish(const QString& target);
    // Why a folder cannot take a medium (it holds other files), or an empty string.
    static QString targetProblem(const QString& target);
    // Free space of the file system holding path (for the capacity check).
    static qint64 freeBytes(const QString& path);
};

} // namespace pdi
