#include "DiskSpace.h"

#include <QFileInfo>
#include <QStorageInfo>

namespace pdi {

namespace {

QString existingFolder(const QString& path) {
    QString existing = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo(existing).isDir() && existing.contains(QLatin1Char('/')))
        existing = existing.section(QLatin1Char('/'), 0, -2);
    return existing.isEmpty() ? QStringLiteral("/") : existing;
}

} // namespace

bool DiskSpace::full(const QString& path) {
    const QStorageInfo storage(existingFolder(path));
    return storage.isValid() && storage.bytesAvailable() < kFullBelowBytes;
}

QString DiskSpace::fullMessage(const QString& path) {
    const QStorageInfo storage(existingFolder(path));
    return tr("The disk holding %1 (mounted at %2) is full: %3 MB left of %4 MB. Free space "
              "there or choose another place; what was written of this file was removed.")
        .arg(path, storage.rootPath())
        .arg(storage.bytesAvailable() >> 20)
        .arg(storage.bytesTotal() >> 20);
}

QString DiskSpace::writeFailure(const QString& path, const QString& reason) {
    return full(path) ? fullMessage(path) : reason;
}

} // namespace pdi
