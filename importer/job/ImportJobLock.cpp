#include "ImportJobLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace pdi {

QString ImportJobLock::path(const Station& station, const QString& jobKey) {
    const QByteArray hash =
        QCryptographicHash::hash(jobKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return station.directory().filePath(
        QStringLiteral("locks/import-%1.lock").arg(QString::fromLatin1(hash.left(32))));
}

ImportJobLock::ImportJobLock(const Station& station, const QString& jobKey)
    : lock_(path(station, jobKey)) {
    lock_.setStaleLockTime(0);
}

Result<void> ImportJobLock::acquire(const QString& outsidePatientId, const QString& destination) {
    QDir().mkpath(QFileInfo(lock_.fileName()).path());
    if (lock_.tryLock(0))
        return {};
    qint64 pid = 0;
    QString host;
    QString app;
    lock_.getLockInfo(&pid, &host, &app);
    return Error::conflict(
        tr("This import (outside patient %1 to %2) is running already in %3 (process %4 on "
           "%5). Wait for it to end; starting it again afterwards continues what is left.")
            .arg(outsidePatientId, destination, app.isEmpty() ? tr("another program") : app)
            .arg(pid)
            .arg(host));
}

} // namespace pdi
