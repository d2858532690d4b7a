#pragma once

#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>
#include <QLockFile>

namespace pdi {

// The lock file a run of an import job holds while it sends: the same import started again in
// another window or process is refused instead of sending alongside (double traffic, a race for
// the instance states). A crashed run's lock (its process gone) is taken over. On a shared
// database the run also holds a lock of the database's (a session advisory lock, released when
// the run ends or its connection drops), so that another station cannot continue the same
// import while this one sends; it can once this one ended, however it ended.
class ImportJobLock {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportJobLock)

public:
    // The lock of the job with this key (ImportJob::jobKey).
    ImportJobLock(const Station& station, const QString& jobKey);

    // Takes the lock, or says which program holds it (Conflict). The names only phrase the
    // refusal.
    Result<void> acquire(const QString& outsidePatientId, const QString& destination);
    ~ImportJobLock();
    ImportJobLock(const ImportJobLock&) = delete;
    ImportJobLock& operator=(const ImportJobLock&) = delete;

    static QString path(const Station& station, const QString& jobKey);

private:
    Result<void> acquireShared(const QString& outsidePatientId, const QString& destination);

    QLockFile lock_;
    Database db_;
    QString jobKey_;
    bool sharedHeld_ = false;
};

} // namespace pdi
