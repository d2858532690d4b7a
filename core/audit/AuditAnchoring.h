#pragma once

#include "AuditAnchor.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>

#include <optional>

namespace pdi {

class Session;

// Takes anchors of the audit chain (AuditAnchor): an audit-anchor record is appended, and that
// record's number and hash are the anchor. The record goes to the Audit Record Repository with
// the others when forwarding is on (the repository then holds the head out of the station's
// reach), and the anchor line is appended to audit.anchorFile when one is set. AuditVerifier
// compares the chain against the anchors in that file.
//
// A cheap handle over the Database; construct one where needed.
class AuditAnchoring {
    Q_DECLARE_TR_FUNCTIONS(pdi::AuditAnchoring)

public:
    explicit AuditAnchoring(Database database)
        : db_(std::move(database)) {}

    // Needs ReadAudit. The anchor is returned also when only the anchor file failed (fileError
    // says why): the record is there and goes to the repository all the same.
    struct Taken {
        AuditAnchor anchor;
        QString fileError;
    };
    Result<Taken> anchor(const Session& session) const;

    // The head of each day: takes an anchor, in the station's name, when an anchor file is set or
    // forwarding is on and no anchor was taken today (local time). nullopt when none was due.
    Result<std::optional<Taken>> anchorIfDue() const;

private:
    Result<Taken> take(const QString& userName, const QString& displayName,
                       const QString& role) const;

    Database db_;
};

} // namespace pdi
