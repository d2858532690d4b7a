#pragma once

#include "AuditEvent.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace pdi {

class Session;

// Which records to list; empty fields do not filter.
struct AuditQuery {
    QDateTime since;   // records at or after this time
    QString user;      // user name, any letter case
    QString patientId; // in patients or patientsBefore
    std::optional<AuditEventType> event;
    int limit = 0; // the newest N when > 0
};

// The append-only audit trail in the audit_log table. Every record carries the hash of the one
// before it (AuditChain), so AuditVerifier finds a record that was changed, removed or moved.
// Records are also queued for the Audit Record Repository when audit.syslog.enabled is on
// (SyslogSender sends the queue); queueing is part of the same transaction, so a record is
// never stored without its message or the other way round.
//
// A cheap handle over the Database; safe to use from any thread (each uses its own connection).
class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(pdi::AuditTrail)

public:
    explicit AuditTrail(Database database)
        : db_(std::move(database)) {}

    // Appends the event in its own transaction. Recording needs no permission: every act is
    // recorded, including refused ones and failed logins.
    Result<AuditRecord> record(const AuditEvent& event) const;
    // Appends the event as part of the caller's change: both are committed or neither is.
    Result<AuditRecord> record(Transaction& transaction, const AuditEvent& event) const;

    // Needs ReadAudit.
    Result<QVector<AuditRecord>> list(const Session& session,
                                      const AuditQuery& query = AuditQuery()) const;

    const Database& database() const { return db_; }

private:
    Database db_;
};

} // namespace pdi
