#include "AuditVerifier.h"

#include "AuditChain.h"
#include "AuditTrail.h"
#include "account/AccessControl.h"
#include "account/Session.h"
#include "settings/Settings.h"
#include "station/Timestamp.h"

#include <QFile>
#include <QMultiHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pdi {

Result<AuditVerification> AuditVerifier::verify(const Session& session,
                                                const QVector<AuditAnchor>& moreAnchors) const {
    if (auto allowed = AccessControl::require(session, Permission::ReadAudit, AuditTrail(db_),
                                              QStringLiteral("audit verify"));
        !allowed)
        return allowed.error();

    AuditVerification v;
    QVector<AuditAnchor> anchors = moreAnchors;
    const QString anchorPath = Settings(db_).auditAnchorFile();
    if (!anchorPath.isEmpty()) {
        const AuditAnchorFile file(anchorPath);
        QString error;
        anchors = file.read(&error) + anchors;
        if (!error.isEmpty())
            v.anchorWarning = error;
        else if (QFile::exists(anchorPath) && !file.isAppendOnly())
            v.anchorWarning =
                tr("The anchor file %1 is not append-only: whoever can rewrite it can rewrite the "
                   "anchors along with the trail. Make it append-only (as root: chattr +a %1) or "
                   "keep it on a write-once share.")
                    .arg(anchorPath);
    }
    QMultiHash<qint64, AuditAnchor> anchorAt;
    for (const AuditAnchor& a : std::as_const(anchors)) {
        anchorAt.insert(a.seq, a);
        if (!v.lastAnchor || a.seq > v.lastAnchor->seq ||
            (a.seq == v.lastAnchor->seq && a.time > v.lastAnchor->time))
            v.lastAnchor = a;
    }

    QSqlQuery q(db_.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(AuditRow::selectList())))
        return Database::storageError(q.lastError(), tr("reading the audit trail"));

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
        ++v.stationRecords[row.station];
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
        const QList<AuditAnchor> here = anchorAt.values(row.seq);
        for (const AuditAnchor& a : here) {
            ++v.anchorsChecked;
            if (a.hash != row.hash) {
                broken(row.seq,
                       tr("Record %1 is not the record anchored on %2: the trail was rewritten "
                          "from record %1 or earlier and its hashes computed anew.")
                           .arg(row.seq)
                           .arg(Timestamp::isoUtc(a.time)));
                break;
            }
        }
        if (!v.intact)
            break;
        expectedSeq = row.seq + 1;
        expectedPrev = row.hash;
        v.headHash = row.hash;
    }
    // Anchors beyond the end: the trail was cut short.
    if (v.intact && v.lastAnchor && v.lastAnchor->seq >= expectedSeq) {
        v.anchorsChecked += int(anchorAt.count(v.lastAnchor->seq));
        broken(expectedSeq,
               tr("The trail ends at record %1, but the anchor of %2 names record %3: records "
                  "were removed from the end (at least %4).")
                   .arg(expectedSeq - 1)
                   .arg(Timestamp::isoUtc(v.lastAnchor->time))
                   .arg(v.lastAnchor->seq)
                   .arg(v.lastAnchor->seq - expectedSeq + 1));
    }
    if (!v.intact)
        v.headHash.clear();
    return v;
}

} // namespace pdi
