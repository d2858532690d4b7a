#include "JobList.h"

#include "account/AccessControl.h"
#include "account/Session.h"
#include "station/StationRegistry.h"
#include "station/Timestamp.h"

#include <QSqlQuery>

#include <algorithm>

namespace pdi {

namespace {

// WHERE clause and bound values of one table's query.
struct Conditions {
    QStringList where;
    QVariantList binds;

    void add(const QString& condition, const QVariant& value = QVariant()) {
        where << condition;
        if (value.isValid())
            binds << value;
    }
    QString sql(const QString& order, int limit) const {
        QString s;
        if (!where.isEmpty())
            s += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
        s += QStringLiteral(" ORDER BY ") + order;
        if (limit > 0)
            s += QStringLiteral(" LIMIT %1").arg(limit);
        return s;
    }
    void bind(QSqlQuery& q) const {
        for (const QVariant& v : binds)
            q.addBindValue(v);
    }
};

QDateTime timeOf(const QVariant& value) {
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : Timestamp::parseIsoUtc(text);
}

// The time of a write's latest activity, in SQL: when it ended, else when it started.
const char* const WriteActivity =
    "(CASE WHEN w.finished_at = '' THEN w.started_at ELSE w.finished_at END)";

} // namespace

Result<QVector<JobRecord>> JobList::list(const Session& session, const JobFilter& filter) const {
    QVector<JobRecord> jobs;
    if (!filter.kind || *filter.kind == JobKind::Write) {
        if (auto read = readWrites(filter, jobs); !read)
            return read.error();
    }
    if (!filter.kind || *filter.kind == JobKind::Import) {
        if (auto read = readImports(filter, jobs); !read)
            return read.error();
    }
    std::stable_sort(jobs.begin(), jobs.end(), [](const JobRecord& a, const JobRecord& b) {
        return a.activityAt() > b.activityAt();
    });
    if (filter.limit > 0 && jobs.size() > filter.limit)
        jobs.resize(filter.limit);
    const bool patients = AccessControl::maySeePatients(session);
    const QString here = db_.stationId();
    for (JobRecord& j : jobs) {
        j.thisStation = !here.isEmpty() && j.stationId == here;
        if (patients)
            continue;
        // Whatever may name a patient: a target file may be called after one, a message may
        // quote one, a medium's label may be a name.
        j.patientShown = false;
        j.patient = {};
        j.local = {};
        j.message.clear();
        if (j.kind == JobKind::Write)
            j.destination.clear();
        else
            j.mediumId.clear();
    }
    return jobs;
}

Result<void> JobList::readWrites(const JobFilter& filter, QVector<JobRecord>& out) const {
    Conditions c;
    if (!filter.stationId.isEmpty())
        c.add(QStringLiteral("w.station_id = ?"), filter.stationId);
    if (filter.unfinishedOnly)
        c.add(QStringLiteral("w.status IN ('running', 'interrupted')"));
    if (filter.since.isValid())
        c.add(QStringLiteral("%1 >= ?").arg(QLatin1String(WriteActivity)),
              Timestamp::isoUtc(filter.since));
    QSqlQuery q(db_.connection());
    // A station the stations table does not know (a record from before it had one) is named as
    // the write recorded it.
    q.prepare(QStringLiteral("SELECT w.id, w.station_id, COALESCE(s.name, w.station), w.status, "
                             "w.user_name, w.started_at, w.finished_at, w.patient_id, "
                             "w.patient_issuer, w.patient_name, w.file_set_id, w.media_type, "
                             "w.target, w.message FROM write_jobs w LEFT JOIN stations s ON "
                             "s.id = w.station_id") +
              c.sql(QStringLiteral("%1 DESC, w.id DESC").arg(QLatin1String(WriteActivity)),
                    filter.limit));
    c.bind(q);
    if (auto done = Database::exec(q, tr("reading the write jobs")); !done)
        return done.error();
    while (q.next()) {
        JobRecord j;
        j.kind = JobKind::Write;
        j.id = q.value(0).toLongLong();
        j.stationId = q.value(1).toString();
        j.stationName = q.value(2).toString();
        j.state = JobStates::ofWrite(q.value(3).toString());
        j.startedBy = q.value(4).toString();
        j.startedAt = timeOf(q.value(5));
        j.endedAt = timeOf(q.value(6));
        j.patient = {q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
        j.mediumId = q.value(10).toString();
        j.mediaType = q.value(11).toString();
        j.destination = q.value(12).toString();
        j.message = q.value(13).toString();
        out << j;
    }
    return {};
}

Result<void> JobList::readImports(const JobFilter& filter, QVector<JobRecord>& out) const {
    Conditions c;
    if (!filter.stationId.isEmpty())
        c.add(QStringLiteral("j.station_id = ?"), filter.stationId);
    if (filter.unfinishedOnly)
        c.add(QStringLiteral("j.status <> 'complete'"));
    if (filter.since.isValid())
        c.add(QStringLiteral("j.updated_at >= ?"), Timestamp::isoUtc(filter.since));
    QSqlQuery q(db_.connection());
    // Counted with CASE: a comparison is an integer in SQLite but a boolean in PostgreSQL, which
    // SUM does not take.
    q.prepare(
        QStringLiteral(
            "SELECT j.id, j.station_id, COALESCE(s.name, ''), j.status, j.created_by, "
            "j.created_at, j.updated_by, j.updated_at, j.runs, j.outside_patient_id, "
            "j.outside_issuer, j.outside_name, j.local_patient_id, j.local_issuer, j.local_name, "
            "j.demographics_source, j.destination, j.medium_id, j.message, "
            "COALESCE(n.pending, 0), COALESCE(n.sent, 0), COALESCE(n.committed, 0), "
            "COALESCE(n.failed, 0) FROM import_jobs j LEFT JOIN stations s ON s.id = "
            "j.station_id LEFT JOIN (SELECT job, "
            "SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END) AS pending, "
            "SUM(CASE WHEN state = 'sent' THEN 1 ELSE 0 END) AS sent, "
            "SUM(CASE WHEN state = 'committed' THEN 1 ELSE 0 END) AS committed, "
            "SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END) AS failed "
            "FROM import_instances GROUP BY job) n ON n.job = j.id") +
        c.sql(QStringLiteral("j.updated_at DESC, j.id DESC"), filter.limit));
    c.bind(q);
    if (auto done = Database::exec(q, tr("reading the import jobs")); !done)
        return done.error();
    while (q.next()) {
        JobRecord j;
        j.kind = JobKind::Import;
        j.id = q.value(0).toLongLong();
        j.stationId = q.value(1).toString();
        j.stationName = q.value(2).toString();
        j.state = JobStates::ofImport(q.value(3).toString());
        j.startedBy = q.value(4).toString();
        j.startedAt = timeOf(q.value(5));
        j.lastRunBy = q.value(6).toString();
        j.lastRunAt = timeOf(q.value(7));
        if (j.state != JobState::Running)
            j.endedAt = j.lastRunAt;
        j.runs = q.value(8).toInt();
        j.patient = {q.value(9).toString(), q.value(10).toString(), q.value(11).toString()};
        j.local = {q.value(12).toString(), q.value(13).toString(), q.value(14).toString()};
        j.keptOutsideIds = q.value(15).toString() == QLatin1String("medium");
        j.destination = q.value(16).toString();
        j.mediumId = q.value(17).toString();
        j.message = q.value(18).toString();
        j.pending = q.value(19).toInt();
        j.sent = q.value(20).toInt();
        j.committed = q.value(21).toInt();
        j.failed = q.value(22).toInt();
        j.planned = j.pending + j.sent + j.committed + j.failed;
        out << j;
    }
    return {};
}

Result<QString> JobList::stationNamed(const QString& name) const {
    Result<QVector<StationEntry>> stations = StationRegistry(db_).all();
    if (!stations)
        return stations.error();
    QStringList names;
    for (const StationEntry& s : std::as_const(*stations)) {
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s.id;
        names << s.name;
    }
    return Error::notFound(tr("No station that shares this database is called %1. The stations "
                              "are: %2.")
                               .arg(name, names.join(QLatin1String(", "))));
}

} // namespace pdi
