#include "WriteJobStore.h"

#include "account/Session.h"
#include "station/Timestamp.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pdi {

namespace {

QString compact(const QJsonDocument& document) {
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

WriteJobStore::WriteJobStore(Database database)
    : database_(std::move(database)) {}

Result<qint64> WriteJobStore::start(const Session& session, const WriteOutcome& outcome) const {
    QSqlQuery q(database_.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO write_jobs (started_at, user_name, station, station_id, status, patient_id, "
        "patient_issuer, patient_name, file_set_id, media_type, target, plan) "
        "VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
    q.addBindValue(session.userName());
    q.addBindValue(session.station());
    q.addBindValue(Database::text(database_.stationId()));
    q.addBindValue(outcome.plan.patient.id);
    q.addBindValue(Database::text(outcome.plan.patient.issuer));
    q.addBindValue(Database::text(outcome.plan.patient.name));
    q.addBindValue(outcome.fileSetId);
    q.addBindValue(TargetMedia::name(outcome.plan.media));
    q.addBindValue(outcome.targetPath);
    q.addBindValue(compact(QJsonDocument(WriteOutcome::planJson(outcome.plan))));
    if (Result<void> r = Database::exec(q, tr("record the write job")); !r)
        return r.error();
    // RETURNING rather than the driver's last insert id, which PostgreSQL does not give for
    // an identity column.
    if (!q.next())
        return Error::storage(tr("The write job just recorded cannot be read back."));
    return q.value(0).toLongLong();
}

void WriteJobStore::finish(const WriteOutcome& outcome) const {
    QSqlQuery q(database_.connection());
    q.prepare(QStringLiteral(
        "UPDATE write_jobs SET finished_at = ?, status = ?, message = ?, manifest = ? "
        "WHERE id = ?"));
    q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
    q.addBindValue(outcome.statusName());
    q.addBindValue(outcome.message);
    q.addBindValue(compact(QJsonDocument(outcome.manifest.toJson())));
    q.addBindValue(outcome.jobId);
    (void)Database::exec(q, tr("record the write job"));
}

void WriteJobStore::recordManifest(qint64 job, const Manifest& manifest) const {
    QSqlQuery q(database_.connection());
    q.prepare(QStringLiteral("UPDATE write_jobs SET manifest = ? WHERE id = ?"));
    q.addBindValue(compact(QJsonDocument(manifest.toJson())));
    q.addBindValue(job);
    (void)Database::exec(q, tr("record the write job"));
}

Result<QVector<WriteJobStore::RunningJob>> WriteJobStore::running() const {
    QSqlQuery q(database_.connection());
    q.prepare(QStringLiteral(
        "SELECT id, started_at, user_name, station, patient_id, patient_issuer, patient_name, "
        "file_set_id, media_type, target, manifest FROM write_jobs WHERE status = 'running' "
        "AND station_id = ? ORDER BY id"));
    q.addBindValue(Database::text(database_.stationId()));
    if (Result<void> r = Database::exec(q, tr("read the write jobs")); !r)
        return r.error();
    QVector<RunningJob> jobs;
    while (q.next()) {
        RunningJob j;
        j.id = q.value(0).toLongLong();
        j.startedAt = q.value(1).toString();
        j.userName = q.value(2).toString();
        j.station = q.value(3).toString();
        j.patientId = q.value(4).toString();
        j.patientIssuer = q.value(5).toString();
        j.patientName = q.value(6).toString();
        j.fileSetId = q.value(7).toString();
        j.mediaType = q.value(8).toString();
        j.target = q.value(9).toString();
        j.manifest = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array();
        jobs << j;
    }
    return jobs;
}

void WriteJobStore::interrupt(qint64 job, const QString& message) const {
    QSqlQuery q(database_.connection());
    q.prepare(QStringLiteral("UPDATE write_jobs SET finished_at = ?, status = 'interrupted', "
                             "message = ? WHERE id = ? AND status = 'running'"));
    q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
    q.addBindValue(message);
    q.addBindValue(job);
    (void)Database::exec(q, tr("record the write job"));
}

} // namespace pdi
