#include "ImportJobLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace pdi {

QString ImportJobLock::path(const Station& station, const QString& jobKey) {
    const QByteArray hash =
        QCryptographicHash::hash(jobKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return station.directory().filePath(
        QStringLiteral("locks/import-%1.lock").arg(QString::fromLatin1(hash.left(32))));
}

ImportJobLock::ImportJobLock(const Station& station, const QString& jobKey)
    : lock_(path(station, jobKey))
    , db_(station.database())
    , jobKey_(jobKey) {
    lock_.setStaleLockTime(0);
}

namespace {

constexpr qint32 JobLock = 0x50444933; // "PDI3": the one run of an import job

} // namespace

ImportJobLock::~ImportJobLock() {
    if (sharedHeld_)
        db_.releaseSessionLock(JobLock, jobKey_);
}

Result<void> ImportJobLock::acquireShared(const QString& outsidePatientId,
                                          const QString& destination) {
    Result<bool> held = db_.tryHoldSessionLock(JobLock, jobKey_);
    if (!held)
        return held.error();
    if (*held) {
        sharedHeld_ = true;
        return {};
    }
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(s.name, ''), j.updated_by FROM import_jobs j LEFT "
                             "JOIN stations s ON s.id = j.station_id WHERE j.job_key = ?"));
    q.addBindValue(jobKey_);
    const bool found = q.exec() && q.next();
    return Error::conflict(
        tr("This import (outside patient %1 to %2) is running at station %3, started by %4. "
           "Wait for it to end there; starting it again afterwards, here or there, continues "
           "what is left.")
            .arg(outsidePatientId, destination,
                 found && !q.value(0).toString().isEmpty() ? q.value(0).toString()
                                                           : tr("another station"),
                 found ? q.value(1).toString() : tr("somebody")));
}

Result<void> ImportJobLock::acquire(const QString& outsidePatientId, const QString& destination) {
    QDir().mkpath(QFileInfo(lock_.fileName()).path());
    if (lock_.tryLock(0)) {
        if (!db_.location().isShared())
            return {};
        Result<void> shared = acquireShared(outsidePatientId, destination);
        if (!shared)
            lock_.unlock();
        return shared;
    }
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
