#pragma once

#include "ImportJobStore.h"
#include "ImportOutcome.h"
#include "account/Session.h"
#include "result/Result.h"
#include "station/Station.h"

namespace pdi {

class Transaction;

// The audit records of an import (PDI-RULES "Import", IHE ATNA): a refusal, the security alert
// for a medium that carries programs, the person's reconciliation decision, the transfer to a
// PACS and the import itself.
class ImportAudit {
public:
    ImportAudit(const Station& station, const Session& session)
        : station_(station)
        , session_(session) {}

    // An import refused before anything was sent. Best effort: the refusal itself is the answer.
    void refusal(const ImportPlan& plan, const QString& reason) const;
    // A security alert when the medium carries programs or an autorun file, even though nothing
    // on it is run; nothing otherwise.
    Result<void> mediumContent(const ImportPlan& plan) const;
    // The person's decision: this outside patient is that local one (a new job).
    Result<void> decision(Transaction& tx, const ImportPlan& plan, qint64 job) const;
    // The start of a run, before anything is sent: what is to be sent where (issue 14: a run
    // killed or stopped by a full disk left no record of what it had sent).
    Result<void> started(Transaction& tx, const ImportPlan& plan, qint64 job, int run) const;
    // A run found interrupted at the next start (its process gone), recorded under the person
    // who started it with what the job record says was sent.
    static Result<void> interrupted(const Station& station, Transaction& tx,
                                    const ImportJobStore::RunningJob& job,
                                    const QString& recordedBy);
    // The end of a run: a transfer record when objects went to a PACS, and the import record.
    Result<void> finished(Transaction& tx, const ImportPlan& plan, const ImportOutcome& outcome,
                          bool connectionLost) const;

private:
    AuditEvent event(AuditEventType type, const ImportPlan& plan) const;

    Station station_;
    Session session_;
};

} // namespace pdi
