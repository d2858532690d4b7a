#include "DatabaseCopy.h"

#include "Station.h"
#include "account/AccessControl.h"
#include "account/Session.h"
#include "audit/AuditChain.h"
#include "audit/AuditTrail.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace pdi {

namespace {

QString placeholders(qsizetype n) {
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QLatin1String(", "));
}

} // namespace

// The two connections of one copy and what it learnt on the way (renumbered keys, counts).
struct DatabaseCopy::Copying {
    // A row on its way: its values may change (the station that owns it, a renumbered key);
    // false leaves it out (counted as kept).
    using Adjust =
        std::function<bool(const QSqlQuery& row, const QStringList& columns, QVariantList& values)>;
    // After a row was written, with the id the target gave it (tables that number their rows).
    using Written = std::function<void(const QSqlQuery& row, qint64 id)>;

    QSqlDatabase from;
    QSqlDatabase to;
    QString stationId;
    DatabaseCopyReport report;
    QHash<qint64, qint64> importJobs; // source id -> target id
    QHash<qint64, qint64> patients;
    QHash<qint64, qint64> auditSeq;

    CopiedTable& table(const QString& name) {
        for (CopiedTable& t : report.tables) {
            if (t.table == name)
                return t;
        }
        report.tables.append(CopiedTable{name, 0, 0});
        return report.tables.last();
    }

    // Copies the rows of table that where selects, without the columns in skip, into the same
    // table of the target; conflict names the key that makes a row "there already" (kept).
    Result<void> rows(const QString& tableName, const QString& where, const QStringList& skip,
                      const QString& conflict, const Adjust& adjust = {},
                      const Written& written = {}) {
        QSqlQuery in(from);
        in.setForwardOnly(true);
        if (!in.exec(QStringLiteral("SELECT * FROM %1%2")
                         .arg(tableName,
                              where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)))
            return Database::storageError(in.lastError(),
                                          DatabaseCopy::tr("reading table %1").arg(tableName));
        const QSqlRecord record = in.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i) {
            if (!skip.contains(record.fieldName(i)))
                columns << record.fieldName(i);
        }
        const bool numbered = skip.contains(QLatin1String("id"));
        QSqlQuery out(to);
        out.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4%5")
                        .arg(tableName, columns.join(QLatin1String(", ")),
                             placeholders(columns.size()),
                             conflict.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(conflict),
                             numbered ? QStringLiteral(" RETURNING id") : QString()));
        CopiedTable& counts = table(tableName);
        while (in.next()) {
            QVariantList values;
            for (const QString& column : std::as_const(columns))
                values << in.value(column);
            if (adjust && !adjust(in, columns, values)) {
                ++counts.kept;
                continue;
            }
            for (const QVariant& v : std::as_const(values))
                out.addBindValue(v);
            if (auto done = Database::exec(
                    out,
                    DatabaseCopy::tr("writing table %1 into the shared database").arg(tableName));
                !done)
                return done.error();
            if (numbered ? !out.next() : out.numRowsAffected() < 1) {
                ++counts.kept;
                continue;
            }
            ++counts.copied;
            if (written)
                written(in, numbered ? out.value(0).toLongLong() : 0);
        }
        return {};
    }

    // This station's id in the station_id column.
    Adjust owned() const {
        return
            [id = stationId](const QSqlQuery&, const QStringList& columns, QVariantList& values) {
                values[columns.indexOf(QStringLiteral("station_id"))] = id;
                return true;
            };
    }

    // The column holding a key of another table, renumbered; rows whose key did not come over
    // stay out.
    static Adjust renumbered(const QString& column, const QHash<qint64, qint64>& map,
                             const Adjust& then = {}) {
        return [column, &map, then](const QSqlQuery& row, const QStringList& columns,
                                    QVariantList& values) {
            const qint64 old = row.value(column).toLongLong();
            if (!map.contains(old))
                return false;
            values[columns.indexOf(column)] = map.value(old);
            return !then || then(row, columns, values);
        };
    }
};

DatabaseCopy::DatabaseCopy(const Station& source, SettingCatalog catalog)
    : source_(source.database())
    , stationId_(source.database().stationId())
    , catalog_(std::move(catalog)) {}

Result<DatabaseCopyReport> DatabaseCopy::to(const Session& session,
                                            const DatabaseLocation& target) const {
    if (auto allowed = AccessControl::require(session, Permission::ManageSettings,
                                              AuditTrail(source_), QStringLiteral("db copy"));
        !allowed)
        return allowed.error();
    if (!target.isShared())
        return Error::invalid(
            tr("A station's records can be copied into a shared PostgreSQL database only."));
    if (source_.location().address() == target.address())
        return Error::invalid(tr("The station uses this database already."));
    Result<Database> opened = Database::open(target, SchemaPolicy::RequireCurrent);
    if (!opened)
        return opened.error();
    opened->setStationId(stationId_);

    // The station's records as they are now: nobody writes here while they are copied.
    auto reading = source_.begin();
    if (!reading)
        return reading.error();
    auto writing = opened->begin();
    if (!writing)
        return writing.error();
    if (auto locked = opened->lockAuditChain(*writing); !locked)
        return locked.error();
    Copying c{reading->connection(), writing->connection(), stationId_, {}, {}, {}, {}};
    for (auto step : {&DatabaseCopy::copyAccounts, &DatabaseCopy::copySettings,
                      &DatabaseCopy::copyJobs, &DatabaseCopy::copyArchive}) {
        if (auto done = (this->*step)(c); !done)
            return done.error();
    }
    if (auto done = copyAudit(c, session, *opened, *writing); !done)
        return done.error();
    if (auto committed = writing->commit(); !committed)
        return committed.error();

    // This trail says where its records went; the shared one said so in copyAudit.
    if (auto recorded = AuditTrail(source_).record(*reading, copyEvent(session, target, c.report));
        !recorded)
        return recorded.error();
    if (auto committed = reading->commit(); !committed)
        return committed.error();
    Result<AuditVerification> verified = AuditVerifier(*opened).verify(session);
    if (!verified)
        return verified.error();
    c.report.verification = *verified;
    return c.report;
}

AuditEvent DatabaseCopy::copyEvent(const Session& session, const DatabaseLocation& target,
                                   const DatabaseCopyReport& report) const {
    AuditEvent e = AuditEvent::by(session, AuditEventType::SettingsChange);
    e.target = QStringLiteral("database copy");
    QJsonObject counts;
    for (const CopiedTable& t : report.tables)
        counts.insert(t.table, QJsonObject{{QStringLiteral("copied"), t.copied},
                                           {QStringLiteral("kept"), t.kept}});
    e.details = QJsonObject{{QStringLiteral("key"), QStringLiteral("database copy")},
                            {QStringLiteral("from"), source_.location().address()},
                            {QStringLiteral("to"), target.address()},
                            {QStringLiteral("station"), stationId_},
                            {QStringLiteral("tables"), counts},
                            {QStringLiteral("sourceRecords"), double(report.auditRecords)},
                            {QStringLiteral("sourceHead"), report.sourceHead},
                            {QStringLiteral("auditVerbatim"), report.auditVerbatim}};
    return e;
}

Result<void> DatabaseCopy::copyAccounts(Copying& c) const {
    if (auto done = c.rows(QStringLiteral("accounts"), QString(), {}, QStringLiteral("name"));
        !done)
        return done;
    if (auto done = c.rows(QStringLiteral("nodes"), QString(), {}, QStringLiteral("name")); !done)
        return done;
    return c.rows(QStringLiteral("stations"), QString(), {}, QStringLiteral("id"));
}

// Site settings stay site settings where the shared database has none; this station's own
// (station name, AE title, ...) become its values there, whatever the others use.
Result<void> DatabaseCopy::copySettings(Copying& c) const {
    QStringList perStation;
    for (const SettingDefinition* d : catalog_.all()) {
        if (d->perStation)
            perStation << d->key;
    }
    auto site = [&perStation](const QSqlQuery& row, const QStringList&, QVariantList&) {
        return !perStation.contains(row.value(QStringLiteral("key")).toString());
    };
    if (auto done = c.rows(QStringLiteral("settings"), QString(), {}, QStringLiteral("key"), site);
        !done)
        return done;
    QSqlQuery in(c.from);
    if (!in.exec(QStringLiteral("SELECT '' AS station, key, value, changed_at, changed_by FROM "
                                "settings UNION ALL SELECT station, key, value, changed_at, "
                                "changed_by FROM station_settings")))
        return Database::storageError(in.lastError(), tr("reading this station's settings"));
    QSqlQuery out(c.to);
    out.prepare(QStringLiteral(
        "INSERT INTO station_settings (station, key, value, changed_at, changed_by) VALUES "
        "(?, ?, ?, ?, ?) ON CONFLICT (station, key) DO UPDATE SET value = excluded.value,"
        " changed_at = excluded.changed_at, changed_by = excluded.changed_by"));
    CopiedTable& counts = c.table(QStringLiteral("station_settings"));
    while (in.next()) {
        const QString station = in.value(0).toString();
        const bool own = station == stationId_ ||
                         (station.isEmpty() && perStation.contains(in.value(1).toString()));
        if (!own)
            continue;
        out.addBindValue(stationId_);
        for (int i = 1; i < 5; ++i)
            out.addBindValue(in.value(i));
        if (auto done = Database::exec(out, tr("writing this station's settings")); !done)
            return done;
        ++counts.copied;
    }
    return {};
}

Result<void> DatabaseCopy::copyJobs(Copying& c) const {
    const QStringList id{QStringLiteral("id")};
    if (auto done = c.rows(QStringLiteral("write_jobs"), QString(), id, QString(), c.owned());
        !done)
        return done;
    if (auto done = c.rows(
            QStringLiteral("import_jobs"), QString(), id, QStringLiteral("job_key"), c.owned(),
            [&c](const QSqlQuery& row, qint64 target) {
                c.importJobs.insert(row.value(QStringLiteral("id")).toLongLong(), target);
            });
        !done)
        return done;
    return c.rows(QStringLiteral("import_instances"), QString(), {},
                  QStringLiteral("job, sop_instance_uid"),
                  Copying::renumbered(QStringLiteral("job"), c.importJobs));
}

// The index, with this station as the holder of its objects: the files stay on its disk.
Result<void> DatabaseCopy::copyArchive(Copying& c) const {
    if (auto done = c.rows(QStringLiteral("archive_patients"), QString(), {QStringLiteral("id")},
                           QStringLiteral("patient_id, issuer"));
        !done)
        return done;
    // Patients the shared index knew already keep their number there.
    QSqlQuery in(c.from);
    QSqlQuery find(c.to);
    find.prepare(
        QStringLiteral("SELECT id FROM archive_patients WHERE patient_id = ? AND issuer = ?"));
    if (!in.exec(QStringLiteral("SELECT id, patient_id, issuer FROM archive_patients")))
        return Database::storageError(in.lastError(), tr("reading the local archive"));
    while (in.next()) {
        find.addBindValue(in.value(1));
        find.addBindValue(in.value(2));
        if (auto done = Database::exec(find, tr("reading the local archive")); !done)
            return done;
        if (find.next())
            c.patients.insert(in.value(0).toLongLong(), find.value(0).toLongLong());
        find.finish();
    }
    if (auto done =
            c.rows(QStringLiteral("archive_studies"), QString(), {}, QStringLiteral("study_uid"),
                   Copying::renumbered(QStringLiteral("patient"), c.patients));
        !done)
        return done;
    if (auto done =
            c.rows(QStringLiteral("archive_series"), QString(), {}, QStringLiteral("series_uid"));
        !done)
        return done;
    return c.rows(QStringLiteral("archive_instances"), QString(), {},
                  QStringLiteral("sop_instance_uid"), c.owned());
}

// Into an empty shared trail record for record, numbers and hashes as they were (the anchors
// taken of this trail stay valid there); otherwise appended to the shared chain after a record
// that names this trail's head, each with its original content.
Result<void> DatabaseCopy::copyAudit(Copying& c, const Session& session, const Database& target,
                                     Transaction& tx) const {
    QSqlQuery head(c.to);
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Database::storageError(head.lastError(), tr("reading the shared audit trail"));
    c.report.auditVerbatim = !head.next();
    QSqlQuery last(c.from);
    if (!last.exec(QStringLiteral("SELECT COUNT(*), MAX(seq) FROM audit_log")) || !last.next())
        return Database::storageError(last.lastError(), tr("reading the audit trail"));
    c.report.auditRecords = last.value(0).toLongLong();
    QSqlQuery headHash(c.from);
    if (headHash.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) &&
        headHash.next())
        c.report.sourceHead = headHash.value(0).toString();
    if (c.report.auditVerbatim) {
        if (auto done = c.rows(QStringLiteral("audit_log"), QString(), {}, QString()); !done)
            return done;
        for (qint64 s = 1; s <= last.value(1).toLongLong(); ++s)
            c.auditSeq.insert(s, s);
    } else if (auto done = appendAudit(c, session, target, tx, head.value(0).toLongLong(),
                                       head.value(1).toString());
               !done) {
        return done;
    }
    if (auto done = c.rows(QStringLiteral("syslog_queue"), QString(), {QStringLiteral("id")},
                           QString(), Copying::renumbered(QStringLiteral("audit_seq"), c.auditSeq));
        !done)
        return done;
    if (auto recorded =
            AuditTrail(target).record(tx, copyEvent(session, target.location(), c.report));
        !recorded)
        return recorded.error();
    return {};
}

Result<void> DatabaseCopy::appendAudit(Copying& c, const Session& session, const Database& target,
                                       Transaction& tx, qint64 seq, QString prevHash) const {
    AuditEvent marker = copyEvent(session, target.location(), c.report);
    marker.details.insert(QStringLiteral("records"), QStringLiteral("follow"));
    Result<AuditRecord> before = AuditTrail(target).record(tx, marker);
    if (!before)
        return before.error();
    seq = before->seq;
    prevHash = before->hash;
    QSqlQuery in(c.from);
    in.setForwardOnly(true);
    if (!in.exec(
            QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(AuditRow::selectList())))
        return Database::storageError(in.lastError(), tr("reading the audit trail"));
    QSqlQuery out(c.to);
    out.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (%2)")
                    .arg(AuditRow::selectList(), placeholders(AuditRow::columns().size() + 2)));
    CopiedTable& counts = c.table(QStringLiteral("audit_log"));
    while (in.next()) {
        AuditRow row = AuditRow::fromQuery(in);
        c.auditSeq.insert(row.seq, seq + 1);
        row.seq = ++seq;
        row.prevHash = prevHash;
        row.hash = row.computeHash();
        out.addBindValue(row.seq);
        const QStringList values = row.values();
        for (int i = 1; i < values.size(); ++i)
            out.addBindValue(Database::text(values.at(i)));
        out.addBindValue(row.prevHash);
        out.addBindValue(row.hash);
        if (auto done = Database::exec(out, tr("writing the audit trail into the shared database"));
            !done)
            return done;
        prevHash = row.hash;
        ++counts.copied;
    }
    return {};
}

} // namespace pdi
