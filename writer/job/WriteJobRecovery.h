#pragma once

#include "job/InterruptedJob.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>

namespace pdi {

// Finds the writes whose process is gone while their record still says "running" and ends them:
// status interrupted, an Export audit record under the person who started them, and the staging
// copy, the image's .part file and whatever the folder write had put on the stick removed. A
// write holds its lock file (lockPath) from before its record exists to its end; a lock nobody
// holds means the process is gone.
class WriteJobRecovery {
    Q_DECLARE_TR_FUNCTIONS(pdi::WriteJobRecovery)

public:
    static QString lockPath(const Station& station, const QString& fileSetId);
    // recordedBy: the program and person that found them, for the audit record.
    static Result<QVector<InterruptedJob>> recover(const Station& station,
                                                   const QString& recordedBy);
};

} // namespace pdi
