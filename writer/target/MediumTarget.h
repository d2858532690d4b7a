#pragma once

#include "IsoImageWriter.h"
#include "job/JobProgress.h"
#include "layout/StagedMedium.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QString>

#include <future>

namespace pdi {

enum class WriteTarget { Folder, IsoFile, Disc };

// Where a medium goes, as a person names it: a folder (a USB stick's root), FILE.iso / FILE.img,
// or a drive address (/dev/srN, stdio:PATH). Writes a staged medium there with the writer the
// kind needs, says where to read it back from, and removes what was written when the medium
// must not look finished.
class MediumTarget {
    Q_DECLARE_TR_FUNCTIONS(pdi::MediumTarget)

public:
    explicit MediumTarget(QString path);

    static WriteTarget kindOf(const QString& path);
    static QString kindName(WriteTarget kind); // folder, iso, disc

    WriteTarget kind() const { return kind_; }
    const QString& path() const { return path_; }

    // Why the target cannot take a new medium (an ISO file that exists, a folder that is not
    // empty); empty when it can or when only the drive can tell.
    QString problem() const;
    // A disc in a real drive: once burnt it cannot be removed, only destroyed.
    bool isRealDisc() const;
    // Where the written medium is read back from: the folder, the image, the device or the
    // stdio: file.
    QString readBackPath() const;
    // Where verification reads it before publish(): an image still under its .part name; a
    // folder (whose DICOMDIR is read under FolderWriter::kStagedDicomdir, stagedDicomdir()).
    QString verificationPath() const;
    QString stagedDicomdir() const;
    // Gives a verified medium its final names (the image, the folder's DICOMDIR); nothing to do
    // for a disc. An image gets its name only once it is on the disk.
    Result<void> publish() const;

    // Writes the staged medium. Disc images fill manifest while they are generated (the staged
    // manifest is left for folders). An image file goes to the disk (fsync) while it is read
    // back; publish() waits for it. Errors: what failed, Cancelled. A failed image or stdio:
    // burn leaves no file.
    Result<void> write(const StagedMedium& medium, const IsoImageWriter::Metadata& metadata,
                       const JobProgress& progress, Manifest* manifest) const;
    // Removes what write() put there (the files of manifest in a folder, the image file); a real
    // disc cannot be removed.
    void remove(const Manifest& manifest) const;
    // What remove() would remove that is there now (paths).
    QStringList leftovers(const Manifest& manifest) const;

private:
    QString path_;
    WriteTarget kind_;
    // The image file's fsync, running from write() on (IsoImageWriter::writeFile).
    mutable std::shared_future<int> synced_;
};

} // namespace pdi
