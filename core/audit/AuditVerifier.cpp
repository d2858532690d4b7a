#include "AuditVerifier.h"

#include "AuditChain.h"
#include "AuditTrail.h"
#include "account/AccessControl.h"
#include "account/Session.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pdi {

Result<AuditVerification> AuditVerifier::verify(const Session& session) const {
    if (auto allowed = AccessControl::require(session, Permission::ReadAudit, AuditTrail(db_),
                                              QStringLiteral("audit verify"));
        !allowed)
        return allowed.error();

    QSqlQuery q(db_.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(AuditRow::selectList())))
        return Database::storageError(q.lastError(), tr("reading the audit trail"));

    AuditVerification v;
    qint64 expectedSeq = 1;
    QString expectedPrev = AuditChain::genesisHash();
    auto broken = [&](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    while (q.next()) {
        const AuditRow row = AuditRow::fromQuery(q);
        ++v.records;
        if (row.seq != expectedSeq) {
            if (row.seq > expectedSeq)
                broken(row.seq,
                       expectedSeq + 1 == row.seq
                           ? tr("Record %1 is missing before record %2: it was deleted.")
                                 .arg(expectedSeq)
                                 .arg(row.seq)
                           : tr("Records %1 to %2 are missing before record %3: they were deleted.")
                                 .arg(expectedSeq)
                                 .arg(row.seq - 1)
                                 .arg(row.seq));
            else
                broken(row.seq,
                       tr("Record %1 appears where record %2 should be: records were renumbered or "
                          "moved.")
                           .arg(row.seq)
                           .arg(expectedSeq));
            break;
        }
        if (row.prevHash != expectedPrev) {
            broken(
                row.seq,
                tr("Record %1 does not follow the record before it (its previous hash differs): an "
                   "earlier record was changed, removed or moved.")
                    .arg(row.seq));
            break;
        }
        if (row.computeHash() != row.hash) {
            broken(
                row.seq,
                tr("Record %1 was changed after it was written: its content no longer matches its "
                   "hash.")
                    .arg(row.seq));
            break;
        }
        expectedSeq = row.seq + 1;
        expectedPrev = row.hash;
        v.headHash = row.hash;
    }
    if (!v.intact)
        v.headHash.clear();
    return v;
}

} // namespace pdi
