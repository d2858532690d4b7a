#pragma once

#include "WriteJobStore.h"
#include "WriteOutcome.h"

namespace pdi {

class AuditTrail;
class Session;

// The Export audit record of a write: its refusal (nothing written), or how it ended, with the
// plan, the decisions and the job.
class WriteAudit {
public:
    static void refused(const AuditTrail& audit, const Session& session, const ExportPlan& plan,
                        const QString& target);
    static void finished(const AuditTrail& audit, const Session& session,
                         const WriteOutcome& outcome);
    // A write found interrupted at the next start, recorded under the person who started it.
    static void interrupted(const AuditTrail& audit, const WriteJobStore::RunningJob& job,
                            const QStringList& removed, const QString& recordedBy);
};

} // namespace pdi
