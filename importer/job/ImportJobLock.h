#pragma once

#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>
#include <QLockFile>

namespace pdi {

// The lock file a run of an import job holds while it sends: the same import started again in
// another window or process is refused instead of sending alongside (double traffic, a race for
// the instance states). A crashed run's lock (its process gone) is taken over.
class ImportJobLock {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportJobLock)

public:
    // The lock of the job with this key (ImportJob::jobKey).
    ImportJobLock(const Station& station, const QString& jobKey);

    // Takes the lock, or says which program holds it (Conflict). The names only phrase the
    // refusal.
    Result<void> acquire(const QString& outsidePatientId, const QString& destination);

    static QString path(const Station& station, const QString& jobKey);

private:
    QLockFile lock_;
};

} // namespace pdi
