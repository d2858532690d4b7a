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
        "INSERT INTO write_jobs (started_at, user_name, station, status, patient_id, "
        "patient_issuer, patient_name, file_set_id, media_type, target, plan) "
        "VALUES (?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
    q.addBindValue(session.userName());
    q.addBindValue(session.station());
    q.addBindValue(outcome.plan.patient.id);
    q.addBindValue(Database::text(outcome.plan.patient.issuer));
    q.addBindValue(Database::text(outcome.plan.patient.name));
    q.addBindValue(outcome.fileSetId);
    q.addBindValue(TargetMedia::name(outcome.plan.media));
    q.addBindValue(outcome.targetPath);
    q.addBindValue(compact(QJsonDocument(WriteOutcome::planJson(outcome.plan))));
    if (Result<void> r = Database::exec(q, tr("record the write job")); !r)
        return r.error();
    return q.lastInsertId().toLongLong();
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

} // namespace pdi
