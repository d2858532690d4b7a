#include "AuditAnchoring.h"

#include "AuditTrail.h"
#include "account/AccessControl.h"
#include "account/Session.h"
#include "settings/Settings.h"
#include "station/Timestamp.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pdi {

Result<AuditAnchoring::Taken> AuditAnchoring::anchor(const Session& session) const {
    if (auto allowed = AccessControl::require(session, Permission::ReadAudit, AuditTrail(db_),
                                              QStringLiteral("audit anchor"));
        !allowed)
        return allowed.error();
    return take(session.userName(), session.displayName(), Roles::name(session.role()));
}

Result<std::optional<AuditAnchoring::Taken>> AuditAnchoring::anchorIfDue() const {
    const Settings settings(db_);
    if (settings.auditAnchorFile().isEmpty() && !settings.syslog().enabled)
        return std::optional<Taken>();
    QSqlQuery q(db_.connection());
    // Newest first by seq: the search ends at yesterday's anchor, not at the trail's start.
    if (!q.exec(QStringLiteral("SELECT time FROM audit_log WHERE event = 'audit-anchor'"
                               " ORDER BY seq DESC LIMIT 1")))
        return Database::storageError(q.lastError(), tr("looking for today's audit anchor"));
    if (q.next() && Timestamp::parseIsoUtc(q.value(0).toString()).toLocalTime().date() ==
                        Timestamp::now().toLocalTime().date())
        return std::optional<Taken>();
    q.finish();
    Result<Taken> taken = take(QString(), QString(), QString());
    if (!taken && taken.error().kind == Error::Kind::NotFound)
        return std::optional<Taken>(); // nothing recorded yet
    if (!taken)
        return taken.error();
    return std::optional<Taken>(*taken);
}

Result<AuditAnchoring::Taken> AuditAnchoring::take(const QString& userName,
                                                   const QString& displayName,
                                                   const QString& role) const {
    const Settings settings(db_);
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    // The head as it is now, read in the transaction that records the anchor under the chain's
    // lock: nothing, from this station or another, can come between the two.
    if (auto locked = db_.lockAuditChain(*begun); !locked)
        return locked.error();
    QSqlQuery q(begun->connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Database::storageError(q.lastError(), tr("reading the end of the audit trail"));
    if (!q.next())
        return Error::notFound(tr("The audit trail is empty; there is nothing to anchor yet."));
    Taken taken;
    taken.anchor = AuditAnchor{q.value(0).toLongLong(), q.value(1).toString(), Timestamp::now(),
                               settings.stationName()};
    q.finish();

    AuditEvent e;
    e.type = AuditEventType::AuditAnchor;
    // Taken by the station itself (the head of the day) when nobody is named.
    e.actor = AuditActor{userName, displayName, role, settings.stationName()};
    const QString file = settings.auditAnchorFile();
    e.target = file.isEmpty() ? QStringLiteral("audit_log") : file;
    // The repository receives this record, and with it the head it names.
    e.details = QJsonObject{{QStringLiteral("anchoredSeq"), double(taken.anchor.seq)},
                            {QStringLiteral("anchoredHash"), taken.anchor.hash}};
    if (auto recorded = AuditTrail(db_).record(*begun, e); !recorded)
        return recorded.error();
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    if (!file.isEmpty())
        taken.fileError = AuditAnchorFile(file).append(taken.anchor);
    return taken;
}

} // namespace pdi
