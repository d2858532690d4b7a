#pragma once

#include "Database.h"
#include "audit/AuditEvent.h"
#include "audit/AuditVerifier.h"
#include "settings/SettingCatalog.h"

#include <QCoreApplication>

namespace pdi {

class Session;
class Station;

// What `pdi db copy` moved, table by table.
struct CopiedTable {
    QString table;
    int copied = 0; // rows written into the shared database
    int kept = 0;   // rows the shared database held already (same key): left as they were
};

struct DatabaseCopyReport {
    QVector<CopiedTable> tables;
    // The audit trail went over record for record with its own numbers and hashes (the shared
    // chain was empty), so its anchors stay valid; otherwise its records were appended to the
    // shared chain, each with its original content, after a record naming this trail's head.
    bool auditVerbatim = true;
    qint64 auditRecords = 0;
    QString sourceHead;             // this station's last audit hash before the copy
    AuditVerification verification; // of the shared chain, after the copy
};

// Moves one station's records (accounts, settings, DICOM nodes, write and import jobs with their
// instances, the local archive's index, the audit trail and its queue) into a shared database,
// in one transaction there: all of it or nothing. What the shared database holds already under
// the same key (an account, a node, a site setting, an archived study) is kept and counted;
// this station's own settings (station name, AE title, ...) become its per-station values there.
// Files stay where they are.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(pdi::DatabaseCopy)

public:
    // catalog: every library's settings, to know which of them are per station.
    DatabaseCopy(const Station& source, SettingCatalog catalog);

    // Needs ManageSettings; recorded in both trails.
    Result<DatabaseCopyReport> to(const Session& session, const DatabaseLocation& target) const;

private:
    struct Copying;
    Result<void> copyAccounts(Copying& c) const;
    Result<void> copySettings(Copying& c) const;
    Result<void> copyJobs(Copying& c) const;
    Result<void> copyArchive(Copying& c) const;
    Result<void> copyAudit(Copying& c, const Session& session, const Database& target,
                           Transaction& tx) const;
    Result<void> appendAudit(Copying& c, const Session& session, const Database& target,
                             Transaction& tx, qint64 seq, QString prevHash) const;
    AuditEvent copyEvent(const Session& session, const DatabaseLocation& target,
                         const DatabaseCopyReport& report) const;

    Database source_;
    QString stationId_;
    SettingCatalog catalog_;
};

} // namespace pdi
