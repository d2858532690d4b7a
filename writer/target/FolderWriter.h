#pragma once

#include "job/JobProgress.h"
#include "layout/StagedMedium.h"
#include "result/Result.h"

#include <QCoreApplication>

namespace pdi {

// Writes a staged medium into a folder: a USB stick's root or a staging folder for another
// writer. The DICOMDIR is written last, after everything else is on the device, so that a
// medium cut short never looks finished; on any failure everything written is removed again.
class FolderWriter {
    Q_DECLARE_TR_FUNCTIONS(pdi::FolderWriter)

public:
    static Result<void> write(const StagedMedium& medium, const QString& target,
                              const JobProgress& progress);
    // Why a folder cannot take a medium (it holds other files), or an empty string.
    static QString targetProblem(const QString& target);
    // Names a file system or an operating system puts on a stick; they do not make it "in use".
    static bool isSystemEntry(const QString& name);
    // Free space of the file system holding path (for the capacity check).
    static qint64 freeBytes(const QString& path);
};

} // namespace pdi
