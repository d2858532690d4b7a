#include "FolderWriter.h"

#include "job/DiskSpace.h"
#include "medium/FolderMedium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace pdi {

namespace {

// Copies with the kernel doing the work where it can (copy_file_range), falling back to reads.
bool copyFile(const QString& from, const QString& to, qint64* copied, QString* error) {
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = FolderWriter::tr("cannot read %1: %2").arg(from, in.errorString());
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = DiskSpace::writeFailure(
            to, FolderWriter::tr("cannot create %1: %2").arg(to, out.errorString()));
        return false;
    }
    qint64 left = in.size();
    while (left > 0) {
        const ssize_t n = ::copy_file_range(in.handle(), nullptr, out.handle(), nullptr,
                                            size_t(qMin<qint64>(left, 1 << 30)), 0);
        if (n <= 0)
            break;
        left -= n;
        *copied += n;
    }
    if (left > 0) {
        // Different file systems on old kernels: plain copy of what is left.
        if (!in.seek(in.size() - left) || !out.seek(out.size())) {
            *error = DiskSpace::writeFailure(to, FolderWriter::tr("cannot copy %1").arg(from));
            return false;
        }
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        while (left > 0) {
            const qint64 n = in.read(buffer.data(), qMin<qint64>(buffer.size(), left));
            if (n <= 0 || out.write(buffer.constData(), n) != n) {
                *error = DiskSpace::writeFailure(
                    to,
                    FolderWriter::tr("cannot copy %1 to %2: %3").arg(from, to, out.errorString()));
                return false;
            }
            left -= n;
            *copied += n;
        }
    }
    if (!out.flush()) {
        *error = DiskSpace::writeFailure(
            to, FolderWriter::tr("cannot write %1: %2").arg(to, out.errorString()));
        return false;
    }
    return true;
}

bool syncFileSystem(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::syncfs(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

qint64 FolderWriter::freeBytes(const QString& path) {
    QString existing = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo::exists(existing) && existing.contains(QLatin1Char('/')))
        existing = existing.section(QLatin1Char('/'), 0, -2);
    return QStorageInfo(existing.isEmpty() ? QStringLiteral("/") : existing).bytesAvailable();
}

QString FolderWriter::targetProblem(const QString& target) {
    const QDir dir(target);
    if (!dir.exists())
        return QString();
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        if (!FolderMedium::isFileSystemEntry(e)) {
            return tr("%1 is not empty (it holds %2). A referral medium must hold only its own "
                      "files: use an empty "
                      "USB stick or folder, or remove the old content first.")
                .arg(target, e);
        }
    }
    return QString();
}

Result<void> FolderWriter::publish(const QString& target) {
    const QString staged = target + QLatin1Char('/') + kStagedDicomdir;
    const QString finalPath = target + QStringLiteral("/DICOMDIR");
    if (::rename(QFile::encodeName(staged).constData(), QFile::encodeName(finalPath).constData()) !=
        0)
        return Error::storage(tr("the verified DICOMDIR cannot be renamed in %1: %2")
                                  .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    if (!syncFileSystem(target))
        return Error::storage(
            tr("the device did not confirm writing (sync failed); check the USB stick"));
    return {};
}

Result<void> FolderWriter::write(const StagedMedium& medium, const QString& target,
                                 const JobProgress& progress) {
    QDir dir(target);
    const bool created = !dir.exists();
    if (created && !QDir().mkpath(target))
        return Error::storage(tr("cannot create the folder %1").arg(target));
    if (!created) {
        const QString problem = targetProblem(target);
        if (!problem.isEmpty())
            return Error::invalid(problem);
    }

    QStringList writtenFiles;
    QStringList createdDirs;
    auto rollback = [&]() {
        for (const QString& f : std::as_const(writtenFiles))
            QFile::remove(f);
        for (auto it = createdDirs.crbegin(); it != createdDirs.crend(); ++it)
            QDir().rmdir(*it);
        if (created)
            QDir().rmdir(target);
    };

    for (const QString& d : medium.directories()) {
        const QString path = target + QLatin1Char('/') + d;
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir()) {
            const QString message =
                DiskSpace::writeFailure(path, tr("cannot create the folder %1").arg(path));
            rollback();
            return Error::storage(message);
        }
        createdDirs << path;
    }

    const qint64 total = medium.manifest.totalBytes();
    qint64 copied = 0;
    // Everything but the DICOMDIR first; the DICOMDIR makes the medium look complete.
    QStringList order = medium.files.keys();
    order.removeAll(QStringLiteral("DICOMDIR"));
    order << QStringLiteral("DICOMDIR");
    for (const QString& mediumPath : std::as_const(order)) {
        if (!medium.files.contains(mediumPath))
            continue;
        if (progress.cancelled()) {
            rollback();
            return Error::cancelled(tr("writing was cancelled; the partial medium was removed"));
        }
        if (mediumPath == QLatin1String("DICOMDIR") && !syncFileSystem(target)) {
            rollback();
            return Error::storage(
                tr("the device did not confirm writing (sync failed); check the USB stick"));
        }
        const QString to = target + QLatin1Char('/') +
                           (mediumPath == QLatin1String("DICOMDIR") ? kStagedDicomdir : mediumPath);
        QString error;
        writtenFiles << to;
        if (!copyFile(medium.files.value(mediumPath), to, &copied, &error)) {
            rollback();
            return Error::storage(error);
        }
        progress(tr("Copying files"), copied, total);
    }
    if (!syncFileSystem(target)) {
        rollback();
        return Error::storage(
            tr("the device did not confirm writing (sync failed); check the USB stick"));
    }
    return {};
}

} // namespace pdi
