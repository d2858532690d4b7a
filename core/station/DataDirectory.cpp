#include "DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace pdi {

QString DataDirectory::resolve(const QString& explicitPath) {
    if (!explicitPath.isEmpty())
        return QDir(explicitPath).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return defaultPath();
}

QString DataDirectory::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/pdistation");
}

Result<DataDirectory> DataDirectory::open(const QString& path) {
    if (path.isEmpty())
        return Error::invalid(tr("No data directory given."));
    const QString absolute = QDir(path).absolutePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir())
        return Error::storage(
            tr("The data directory %1 is a file, not a folder; choose another path.")
                .arg(absolute));
    if (!info.exists()) {
        if (!QDir().mkpath(absolute))
            return Error::storage(
                tr("Cannot create the data directory %1; check that its parent folder is "
                   "writable.")
                    .arg(absolute));
    }
    if (auto kept = keepPrivate(absolute); !kept)
        return kept.error();
    if (!QFileInfo(absolute).isWritable())
        return Error::storage(
            tr("The data directory %1 is not writable for this user; fix its permissions or "
               "use another directory.")
                .arg(absolute));
    Result<QString> id = readStationId(absolute);
    if (!id)
        return id.error();
    return DataDirectory(absolute, *id);
}

bool DataDirectory::holdsStation(const QString& path) {
    if (path.isEmpty())
        return false;
    const QDir dir(path);
    return dir.exists(QStringLiteral("pdistation.db")) || dir.exists(QStringLiteral("station-id"));
}

Result<QString> DataDirectory::readStationId(const QString& absolute) {
    QFile file(absolute + QStringLiteral("/station-id"));
    if (file.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromLatin1(file.readAll()).trimmed();
        if (!QUuid::fromString(id).isNull())
            return id;
        return Error::storage(
            tr("The station identity in %1 is damaged (it holds no UUID). If this folder was "
               "copied from another station, remove the file so that this station gets an "
               "identity of its own; otherwise put back the identity it had.")
                .arg(file.fileName()));
    }
    // Created exclusively, so that two programs starting at once agree on one identity: the
    // second finds the first one's file and reads it.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile created(file.fileName());
    if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        created.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        if (created.write(id.toLatin1() + '\n') < 0 || !created.flush())
            return Error::storage(tr("Cannot write the station identity %1: %2")
                                      .arg(file.fileName(), created.errorString()));
        return id;
    }
    for (int attempt = 0; attempt < 50; ++attempt) {
        QFile other(file.fileName());
        if (other.open(QIODevice::ReadOnly)) {
            const QString theirs = QString::fromLatin1(other.readAll()).trimmed();
            if (!QUuid::fromString(theirs).isNull())
                return theirs;
        }
        QThread::msleep(20); // the other program is writing it
    }
    return Error::storage(
        tr("Cannot write the station identity %1: %2").arg(file.fileName(), created.errorString()));
}

Result<void> DataDirectory::keepPrivate(const QString& absolute) {
    struct stat st {};
    if (::stat(QFile::encodeName(absolute).constData(), &st) != 0)
        return Error::storage(tr("Cannot read the data directory %1: %2")
                                  .arg(absolute, QString::fromLocal8Bit(std::strerror(errno))));
    if (st.st_uid != ::geteuid())
        return Error::storage(
            tr("The data directory %1 belongs to another operating-system user (uid %2). PDI "
               "Station keeps password hashes and patient data there and runs only as the "
               "directory's owner: run it as that user, or choose a directory of your own.")
                .arg(absolute)
                .arg(st.st_uid));
    // Somebody else who can write here could replace the database or an archived object.
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return Error::storage(
            tr("The data directory %1 can be written by other users (mode %2), so anybody could "
               "change the accounts, the audit trail or the images in it. Make it private to its "
               "owner (for example chmod 700 %1) after checking that nobody changed its "
               "contents, or choose another directory.")
                .arg(absolute)
                .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')));
    // Readable by others: taken back. Nothing below is reachable for other users once the
    // directory itself is private, whatever the modes of what lies there.
    if ((st.st_mode & 07777) != 0700 && ::chmod(QFile::encodeName(absolute).constData(), 0700) != 0)
        return Error::storage(tr("Cannot make the data directory %1 private to its owner: %2")
                                  .arg(absolute, QString::fromLocal8Bit(std::strerror(errno))));
    // What PDI Station keeps at the top: files owner-only (0600), folders owner-only (0700).
    const QFileInfoList entries = QDir(absolute).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& entry : entries) {
        const mode_t wanted = entry.isDir() ? 0700 : 0600;
        struct stat e {};
        const QByteArray name = QFile::encodeName(entry.absoluteFilePath());
        if (::lstat(name.constData(), &e) == 0 && e.st_uid == ::geteuid() &&
            (e.st_mode & 07777) != wanted)
            ::chmod(name.constData(), wanted);
    }
    return {};
}

QString DataDirectory::filePath(const QString& name) const {
    return path_ + QLatin1Char('/') + name;
}

} // namespace pdi
