#pragma once

#include "AuditAnchor.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QMap>

namespace pdi {

class Session;

struct AuditVerification {
    bool intact = true;
    qint64 records = 0;
    QString headHash; // the last record's hash: note it, or compare it with the repository's copy
    qint64 firstBadSeq = 0; // intact == false: the first record that does not fit the chain
    QString problem;        // intact == false: what is wrong, for a person
    int anchorsChecked = 0; // anchors the chain was compared with
    std::optional<AuditAnchor> lastAnchor; // the newest of them
    QString anchorWarning;                 // the anchor file cannot be read, or could be rewritten
    // The records of each station (by the station name they carry), as far as the chain was
    // read: one chain, whose links cross from station to station as they appended.
    QMap<QString, qint64> stationRecords;
};

// Recomputes the audit trail's hash chain from the stored rows (AuditChain) and reports the
// first record that was changed, removed or moved. Records removed from the very end, or a
// chain recomputed from an edit on, are consistent in themselves; the anchors (AuditAnchor)
// reveal them: every anchor in audit.anchorFile, and any given, must name a record that is
// still there with the same hash.
class AuditVerifier {
    Q_DECLARE_TR_FUNCTIONS(pdi::AuditVerifier)

public:
    explicit AuditVerifier(Database database)
        : db_(std::move(database)) {}

    // Needs ReadAudit. An Error only when the trail cannot be read at all; a broken chain is a
    // verification with intact == false.
    Result<AuditVerification> verify(const Session& session,
                                     const QVector<AuditAnchor>& moreAnchors = {}) const;

private:
    Database db_;
};

} // namespace pdi
