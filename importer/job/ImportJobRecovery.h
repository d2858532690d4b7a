#pragma once

#include "job/InterruptedJob.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>

namespace pdi {

// Finds the import runs whose process is gone while their record still says "running" (the run
// holds ImportJobLock while it sends; a lock nobody holds means the process ended) and ends them:
// status interrupted, an Import audit record under the person who started the run with what the
// record says was sent, and the local archive's half-written .part files removed. Running the
// same import again continues it: what was sent is not sent again.
class ImportJobRecovery {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportJobRecovery)

public:
    // recordedBy: the program and person that found them, for the audit record.
    static Result<QVector<InterruptedJob>> recover(const Station& station,
                                                   const QString& recordedBy);
};

} // namespace pdi
