#include "MediumTarget.h"

#include "DiscBurner.h"
#include "FolderWriter.h"
#include "job/DiskSpace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace pdi {

namespace {

bool isStdio(const QString& path) {
    return path.startsWith(QLatin1String("stdio:"));
}

// Removes what a write put into a folder target, files first, then the folders it made.
void removeWritten(const QString& target, const Manifest& manifest) {
    QFile::remove(target + QLatin1Char('/') + FolderWriter::kStagedDicomdir);
    QStringList dirs;
    for (auto it = manifest.entries().cbegin(); it != manifest.entries().cend(); ++it) {
        QFile::remove(target + QLatin1Char('/') + it.key());
        const QStringList parts = it.key().split(QLatin1Char('/'));
        for (int i = 1; i < parts.size(); ++i)
            dirs << parts.mid(0, i).join(QLatin1Char('/'));
    }
    dirs.removeDuplicates();
    std::sort(dirs.begin(), dirs.end(), [](const QString& a, const QString& b) {
        return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
    });
    for (const QString& d : std::as_const(dirs))
        QDir().rmdir(target + QLatin1Char('/') + d);
}

} // namespace

MediumTarget::MediumTarget(QString path)
    : path_(std::move(path))
    , kind_(kindOf(path_)) {}

WriteTarget MediumTarget::kindOf(const QString& path) {
    if (DiscBurner::isDriveAddress(path))
        return WriteTarget::Disc;
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".iso")) || lower.endsWith(QLatin1String(".img")))
        return WriteTarget::IsoFile;
    return WriteTarget::Folder;
}

QString MediumTarget::kindName(WriteTarget kind) {
    switch (kind) {
    case WriteTarget::Folder:
        return QStringLiteral("folder");
    case WriteTarget::IsoFile:
        return QStringLiteral("iso");
    case WriteTarget::Disc:
        return QStringLiteral("disc");
    }
    return QString();
}

QString MediumTarget::problem() const {
    switch (kind_) {
    case WriteTarget::IsoFile: {
        const QFileInfo info(path_);
        if (info.exists())
            return tr("%1 already exists; choose another file name or remove it first").arg(path_);
        if (!QFileInfo(info.absolutePath()).isDir())
            return tr("the folder %1 does not exist").arg(info.absolutePath());
        return QString();
    }
    case WriteTarget::Folder:
        return FolderWriter::targetProblem(path_);
    case WriteTarget::Disc:
        return QString(); // only the drive knows: the burn says what is wrong with the disc
    }
    return QString();
}

QString MediumTarget::verificationPath() const {
    return kind_ == WriteTarget::IsoFile ? path_ + QStringLiteral(".part") : readBackPath();
}

QString MediumTarget::stagedDicomdir() const {
    return kind_ == WriteTarget::Folder ? FolderWriter::kStagedDicomdir : QString();
}

Result<void> MediumTarget::publish() const {
    switch (kind_) {
    case WriteTarget::Folder:
        return FolderWriter::publish(path_);
    case WriteTarget::IsoFile:
        if (const int error = synced_.valid() ? synced_.get() : 0; error != 0) {
            return Error::storage(DiskSpace::writeFailure(
                verificationPath(),
                tr("cannot write %1: %2")
                    .arg(verificationPath(), QString::fromLocal8Bit(std::strerror(error)))));
        }
        if (!QFile::rename(verificationPath(), path_))
            return Error::storage(tr("cannot move the verified image to %1").arg(path_));
        return {};
    case WriteTarget::Disc:
        return {};
    }
    return {};
}

QStringList MediumTarget::leftovers(const Manifest& manifest) const {
    QStringList candidates;
    if (kind_ == WriteTarget::Folder) {
        candidates << path_ + QLatin1Char('/') + FolderWriter::kStagedDicomdir;
        for (auto it = manifest.entries().cbegin(); it != manifest.entries().cend(); ++it)
            candidates << path_ + QLatin1Char('/') + it.key();
    } else if (kind_ == WriteTarget::IsoFile) {
        candidates << verificationPath() << verificationPath() + QStringLiteral(".part");
    } else if (isStdio(path_)) {
        candidates << readBackPath();
    }
    QStringList present;
    for (const QString& c : std::as_const(candidates)) {
        if (QFileInfo::exists(c))
            present << c;
    }
    return present;
}

bool MediumTarget::isRealDisc() const {
    return kind_ == WriteTarget::Disc && !isStdio(path_);
}

QString MediumTarget::readBackPath() const {
    return kind_ == WriteTarget::Disc ? DiscBurner::readBackPath(path_) : path_;
}

Result<void> MediumTarget::write(const StagedMedium& medium,
                                 const IsoImageWriter::Metadata& metadata,
                                 const JobProgress& progress, Manifest* manifest) const {
    switch (kind_) {
    case WriteTarget::Folder:
        return FolderWriter::write(medium, path_, progress);
    case WriteTarget::IsoFile:
        // Under its .part name until verification passed and it is on the disk (publish()).
        return IsoImageWriter::writeFile(medium, metadata, verificationPath(), progress, manifest,
                                         &synced_);
    case WriteTarget::Disc: {
        Result<void> burnt = DiscBurner::burn(medium, metadata, path_, progress, manifest);
        if (!burnt && isStdio(path_))
            QFile::remove(readBackPath());
        return burnt;
    }
    }
    return Error::invalid(QString());
}

void MediumTarget::remove(const Manifest& manifest) const {
    if (kind_ == WriteTarget::Folder)
        removeWritten(path_, manifest);
    else if (kind_ == WriteTarget::IsoFile) {
        if (synced_.valid())
            synced_.wait();
        QFile::remove(verificationPath());
        QFile::remove(verificationPath() + QStringLiteral(".part")); // the image being generated
    } else if (isStdio(path_))
        QFile::remove(readBackPath());
}

} // namespace pdi
