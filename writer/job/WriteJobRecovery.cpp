#include "WriteJobRecovery.h"

#include "WriteAudit.h"
#include "WriteJobStore.h"
#include "layout/Manifest.h"
#include "target/MediumTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

namespace pdi {

QString WriteJobRecovery::lockPath(const Station& station, const QString& fileSetId) {
    return station.directory().filePath(QStringLiteral("locks/write-%1.lock").arg(fileSetId));
}

Result<QVector<InterruptedJob>> WriteJobRecovery::recover(const Station& station,
                                                          const QString& recordedBy) {
    const WriteJobStore store(station.database());
    Result<QVector<WriteJobStore::RunningJob>> running = store.running();
    if (!running)
        return running.error();
    QVector<InterruptedJob> found;
    for (const WriteJobStore::RunningJob& job : std::as_const(*running)) {
        // Without its folder the lock could not be taken, and the job would look alive forever.
        QDir().mkpath(QFileInfo(lockPath(station, job.fileSetId)).path());
        QLockFile lock(lockPath(station, job.fileSetId));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its process is alive: still writing
        InterruptedJob i;
        i.kind = InterruptedJob::Kind::Write;
        i.id = job.id;
        i.startedBy = job.userName;
        i.startedAt = job.startedAt;
        i.what = tr("patient %1 to %2").arg(job.patientId, job.target);

        const QString staging =
            station.directory().filePath(QStringLiteral("staging/job-%1").arg(job.id));
        if (QFileInfo::exists(staging) && QDir(staging).removeRecursively())
            i.removed << staging;
        // Removes only what this write put there: the files of its manifest (recorded before
        // copying began), the staged DICOMDIR, the image's .part files.
        const MediumTarget target(job.target);
        const Manifest manifest = Manifest::fromJson(job.manifest);
        const QStringList before = target.leftovers(manifest);
        target.remove(manifest);
        for (const QString& path : before) {
            if (!QFileInfo::exists(path))
                i.removed << path;
        }
        const QString message =
            tr("interrupted: the program ended before the write finished (stopped, crashed or "
               "power lost); the medium was not verified and what it had written was removed");
        store.interrupt(job.id, message);
        WriteAudit::interrupted(station.audit(), job, i.removed, recordedBy);
        lock.unlock();
        QFile::remove(lockPath(station, job.fileSetId));
        found << i;
    }
    return found;
}

} // namespace pdi
