#include "ImportJobRecovery.h"

#include "ImportAudit.h"
#include "ImportJobLock.h"
#include "ImportJobStore.h"

#include <QDirIterator>
#include <QLockFile>

#include <memory>

namespace pdi {

namespace {

// The archive's files being written (LocalArchive writes NAME.part, then renames).
QStringList archiveParts(const Station& station) {
    QStringList parts;
    QDirIterator it(station.directory().filePath(QStringLiteral("archive")),
                    {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        parts << it.next();
    return parts;
}

} // namespace

Result<QVector<InterruptedJob>> ImportJobRecovery::recover(const Station& station,
                                                           const QString& recordedBy) {
    const ImportJobStore store(station.database());
    Result<QVector<ImportJobStore::RunningJob>> running = store.running();
    if (!running)
        return running.error();
    QVector<InterruptedJob> found;
    bool anotherRunAlive = false;
    std::vector<std::unique_ptr<QLockFile>> held;
    for (const ImportJobStore::RunningJob& job : std::as_const(*running)) {
        auto lock = std::make_unique<QLockFile>(ImportJobLock::path(station, job.key));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            anotherRunAlive = true; // still sending in another process
            continue;
        }
        auto begun = station.database().begin();
        if (!begun)
            return begun.error();
        const QString message =
            tr("interrupted: the program ended while this import was running (stopped, crashed "
               "or power lost); %n object(s) had been sent. Run the same import again to "
               "continue.",
               nullptr, job.sent);
        if (auto ok = store.interrupt(*begun, job.id, message); !ok)
            return ok.error();
        if (auto ok = ImportAudit::interrupted(station, *begun, job, recordedBy); !ok)
            return ok.error();
        if (auto ok = begun->commit(); !ok)
            return ok.error();
        InterruptedJob i;
        i.kind = InterruptedJob::Kind::Import;
        i.id = job.id;
        i.startedBy = job.startedBy;
        i.startedAt = job.startedAt;
        i.what = tr("patient %1 (outside ID %2) to %3")
                     .arg(job.localPatientId, job.outsidePatientId, job.destination);
        i.done = tr("%n object(s) sent", nullptr, job.sent);
        found << i;
        held.push_back(std::move(lock));
    }
    // Half-written archive files belong to a run that ended; while another run sends they may be
    // its own.
    if (!found.isEmpty() && !anotherRunAlive) {
        const QStringList parts = archiveParts(station);
        for (const QString& part : parts) {
            if (QFile::remove(part))
                found.first().removed << part;
        }
    }
    return found;
}

} // namespace pdi
