#include "AuditTrail.h"

#include "AuditChain.h"
#include "DicomAuditMessage.h"
#include "SyslogMessage.h"
#include "account/AccessControl.h"
#include "account/Session.h"
#include "settings/Settings.h"
#include "station/Timestamp.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pdi {

namespace {

// A last line of defence: details are free-form, and a careless caller must not be able to put
// a password on the permanent record.
bool mentionsSecret(const QJsonObject& details) {
    static const QRegularExpression secret(QStringLiteral("password|passwd|passphrase|secret"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        if (secret.match(it.key()).hasMatch())
            return true;
        if (it.value().isObject() && mentionsSecret(it.value().toObject()))
            return true;
    }
    return false;
}

} // namespace

Result<AuditRecord> AuditTrail::record(const AuditEvent& event) const {
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Result<AuditRecord> recorded = record(*begun, event);
    if (!recorded)
        return recorded;
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return recorded;
}

Result<AuditRecord> AuditTrail::record(Transaction& tx, const AuditEvent& event) const {
    if (mentionsSecret(event.details))
        return Error::invalid(
            tr("An audit record was refused because its details name a password or secret; "
               "this is a program error, please report it."));
    const Settings settings(db_);
    AuditEvent e = event;
    if (e.actor.station.isEmpty())
        e.actor.station = settings.stationName();

    // One chain for every process and every station: the head is read and the record written
    // under a lock the database holds, never one this process holds.
    if (auto locked = db_.lockAuditChain(tx); !locked)
        return locked.error();
    QSqlQuery q(tx.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Database::storageError(q.lastError(), tr("reading the end of the audit trail"));
    qint64 seq = 1;
    QString prevHash = AuditChain::genesisHash();
    if (q.next()) {
        seq = q.value(0).toLongLong() + 1;
        prevHash = q.value(1).toString();
    }
    q.finish();

    const QDateTime now = Timestamp::now();
    const int offset = now.toLocalTime().offsetFromUtc();
    const AuditRow row = AuditRow::fromEvent(e, seq, now, offset, prevHash);
    const QStringList values = row.values();
    QStringList placeholders;
    for (int i = 0; i < values.size() + 2; ++i)
        placeholders << QStringLiteral("?");
    q.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (%2)")
                  .arg(AuditRow::selectList(), placeholders.join(QLatin1String(", "))));
    q.addBindValue(row.seq);
    for (int i = 1; i < values.size(); ++i)
        q.addBindValue(Database::text(values.at(i)));
    q.addBindValue(row.prevHash);
    q.addBindValue(row.hash);
    if (auto inserted = Database::exec(q, tr("adding an audit record")); !inserted)
        return inserted.error();

    const AuditRecord record = row.toRecord();
    const SyslogSettings forwarding = settings.syslog();
    if (forwarding.enabled) {
        const QByteArray xml =
            DicomAuditMessage::toXml(record, AuditSource::fromSettings(settings));
        const QByteArray message = SyslogMessage::format(record, xml);
        q.prepare(QStringLiteral(
            "INSERT INTO syslog_queue (audit_seq, queued_at, message) VALUES (?, ?, ?)"));
        q.addBindValue(record.seq);
        q.addBindValue(Timestamp::isoUtc(now));
        q.addBindValue(message);
        if (auto queued = Database::exec(q, tr("queueing an audit message for the repository"));
            !queued)
            return queued.error();
    }
    return record;
}

Result<QVector<AuditRecord>> AuditTrail::list(const Session& session,
                                              const AuditQuery& query) const {
    if (auto allowed = AccessControl::require(session, Permission::ReadAudit, *this,
                                              QStringLiteral("audit list"));
        !allowed)
        return allowed.error();

    QStringList where;
    QVariantList binds;
    if (query.since.isValid()) {
        where << QStringLiteral("time >= ?");
        binds << Timestamp::isoUtc(query.since);
    }
    if (!query.user.isEmpty()) {
        where << db_.dialect().equalsIgnoringCase(QStringLiteral("user_name"));
        binds << query.user;
    }
    if (!query.patientId.isEmpty()) {
        const SqlDialect dialect = db_.dialect();
        where << QStringLiteral("(%1 OR %2)")
                     .arg(dialect.jsonArrayHasId(QStringLiteral("audit_log.patients")),
                          dialect.jsonArrayHasId(QStringLiteral("audit_log.patients_before")));
        binds << query.patientId << query.patientId;
    }
    if (query.event) {
        where << QStringLiteral("event = ?");
        binds << auditEventName(*query.event);
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(AuditRow::selectList());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    if (query.limit > 0)
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY seq DESC LIMIT %2) AS newest")
                  .arg(sql)
                  .arg(query.limit);
    sql += QStringLiteral(" ORDER BY seq");

    QSqlQuery q(db_.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (auto done = Database::exec(q, tr("reading the audit trail")); !done)
        return done.error();
    QVector<AuditRecord> out;
    while (q.next())
        out << AuditRow::fromQuery(q).toRecord();
    return out;
}

} // namespace pdi
