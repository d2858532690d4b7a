#pragma once

#include "dicomdir/DicomDirectory.h"
#include "job/WorkerThreads.h"
#include "medium/LocalFile.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace pdi {

// The root DICOMDIR of a folder medium, read on a thread of its own while the folder is listed:
// a quick check is mostly those two, and neither needs the other until the records are matched
// to the listing. It is opened as FolderMedium opens files (from a descriptor of the root, not
// through a link, a regular file only) and only under the names a DICOMDIR usually has.
//
// The early reading stands for the listed DICOMDIR only when it is provably the same file with
// the same content: listed under the name it was opened by, and the same inode of the same file
// system with the same size, modification and change times when it was opened, after it was read
// and when the listing opened it. File times have a coarse grain (a clock tick, two seconds on
// FAT), so a file rewritten in place just after it was opened could keep its times: a DICOMDIR
// modified less than kSettledSeconds before it was opened is never taken early. Otherwise the
// listed file is read as it always was, so a DICOMDIR replaced or rewritten meanwhile is read
// again, with the same limits and messages.
class EarlyDicomdir {
public:
    static constexpr qint64 kSettledSeconds = 3;

    // Starts reading the DICOMDIR in root on a thread; nothing (every read() reads the listed
    // file, no thread is started) when root is not a folder with a settled regular file under
    // those names, or no thread can be started.
    explicit EarlyDicomdir(const QString& root);
    ~EarlyDicomdir();
    EarlyDicomdir(const EarlyDicomdir&) = delete;
    EarlyDicomdir& operator=(const EarlyDicomdir&) = delete;

    // The DICOMDIR the listing opened as path (file): the early reading when it is of this same
    // file, else file read now. Once only: the early reading is handed over or dropped.
    DicomdirReader::Result read(const std::shared_ptr<MediumFile>& file, const QString& path);

    // Whether the last read() was the early reading (tests).
    bool usedEarlyReading() const { return used_; }
    // Waits until the early reading is done (tests change the file after it).
    void wait() { thread_.join(); }

private:
    void open(const QString& root);
    bool sameFile(const MediumFile& listed) const;

    QByteArray name_; // the root entry read early
    std::unique_ptr<LocalFile> file_;
    std::optional<LocalFile::Identity> opened_;
    std::optional<LocalFile::Identity> afterReading_;
    std::optional<DicomdirReader::Result> result_;
    WorkerThread thread_;
    bool used_ = false;
};

} // namespace pdi
