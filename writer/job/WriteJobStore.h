#pragma once

#include "WriteOutcome.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>

namespace pdi {

class Session;

// The write_jobs table: a row from the moment a write starts (status running, with the plan),
// finished with its status, message and manifest whatever the outcome.
class WriteJobStore {
    Q_DECLARE_TR_FUNCTIONS(pdi::WriteJobStore)

public:
    explicit WriteJobStore(Database database);

    // Records the start of the write the outcome describes so far (patient, File-set ID,
    // target, plan); the new job's ID. Errors: Storage.
    Result<qint64> start(const Session& session, const WriteOutcome& outcome) const;
    // Best effort: what is on the medium does not depend on the record.
    void finish(const WriteOutcome& outcome) const;

private:
    Database database_;
};

} // namespace pdi
