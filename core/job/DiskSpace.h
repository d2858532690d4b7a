#pragma once

#include <QCoreApplication>
#include <QString>

namespace pdi {

// Whether a write failed because the disk is full, and the sentence that says so and where.
// Writers learn of a full disk in many ways (ENOSPC from write or copy_file_range, a close that
// fails, DCMTK's "I/O suspension or premature end of stream", Qt's "Unknown error"); after any
// failed write the file system holding the path is asked directly.
class DiskSpace {
    Q_DECLARE_TR_FUNCTIONS(pdi::DiskSpace)

public:
    // Less than this left counts as full: no object or image fits any more.
    static constexpr qint64 kFullBelowBytes = 1ll << 20;

    // True when the file system holding path (or its nearest existing folder) has less than
    // kFullBelowBytes left for this process.
    static bool full(const QString& path);
    // "The disk holding PATH (mounted at MOUNT) is full: N MB left." with what to do.
    static QString fullMessage(const QString& path);
    // For a write of path that failed with reason: the full-disk sentence when the disk is full,
    // else reason.
    static QString writeFailure(const QString& path, const QString& reason);
};

} // namespace pdi
