#include "ImportJobStore.h"

#include "ImportSelector.h"
#include "station/Timestamp.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pdi {

namespace {

QString stateName(InstanceState state) {
    switch (state) {
    case InstanceState::Pending:
        break;
    case InstanceState::Sent:
        return QStringLiteral("sent");
    case InstanceState::Committed:
        return QStringLiteral("committed");
    case InstanceState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

InstanceState parseState(const QString& name) {
    if (name == QLatin1String("sent"))
        return InstanceState::Sent;
    if (name == QLatin1String("committed"))
        return InstanceState::Committed;
    if (name == QLatin1String("failed"))
        return InstanceState::Failed;
    return InstanceState::Pending;
}

QString leftOutText(const ImportPlan& plan) {
    return QString::fromUtf8(
        QJsonDocument(ImportSelector::toJson(plan.leftOut)).toJson(QJsonDocument::Compact));
}

QString overrideText(const ImportPlan& plan) {
    if (!plan.identityOverride.isSet())
        return QString();
    return QString::fromUtf8(
        QJsonDocument(plan.identityOverride.toJson()).toJson(QJsonDocument::Compact));
}

QString nowText() {
    return Timestamp::isoUtc(Timestamp::now());
}

} // namespace

Result<ImportJobStore::Opened> ImportJobStore::open(Transaction& tx, const QString& key,
                                                    const ImportPlan& plan,
                                                    const QString& user) const {
    const QString now = nowText();
    Opened job;
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("SELECT id, runs FROM import_jobs WHERE job_key = ?"));
    q.addBindValue(key);
    if (auto done = Database::exec(q, tr("reading the import job")); !done)
        return done.error();
    if (q.next()) {
        job.id = q.value(0).toLongLong();
        job.run = q.value(1).toInt() + 1;
        q.finish();
        q.prepare(QStringLiteral(
            "UPDATE import_jobs SET runs = runs + 1, status = ?, local_name = ?, "
            "local_birth_date = ?, local_sex = ?, accession_number = ?, "
            "demographics_source = ?, medium_location = ?, left_out = ?, updated_at = ?, "
            "updated_by = ?, station_id = ?, identity_override = CASE WHEN ? = '' THEN "
            "identity_override ELSE ? END WHERE id = ?"));
        q.addBindValue(QStringLiteral("running"));
        for (const QString& v :
             {plan.local.name, plan.local.birthDate, plan.local.sex, plan.local.accessionNumber,
              plan.demographicsSource, plan.medium.medium->location()})
            q.addBindValue(Database::text(v));
        q.addBindValue(leftOutText(plan));
        q.addBindValue(now);
        q.addBindValue(user);
        // The station that runs it now (another desk may continue what one started).
        q.addBindValue(Database::text(db_.stationId()));
        // A run that continues on the recorded decision keeps it; a new decision replaces it.
        const QString decision = plan.identityOverride.fromRecord ? QString() : overrideText(plan);
        q.addBindValue(Database::text(decision));
        q.addBindValue(Database::text(decision));
        q.addBindValue(job.id);
        if (auto done = Database::exec(q, tr("updating the import job")); !done)
            return done.error();
        return job;
    }
    q.finish();
    job.run = 1;
    job.created = true;
    q.prepare(QStringLiteral(
        "INSERT INTO import_jobs (job_key, medium_id, medium_hash, medium_location, "
        "destination, outside_patient_id, outside_issuer, outside_name, local_patient_id, "
        "local_issuer, local_name, local_birth_date, local_sex, accession_number, "
        "demographics_source, source_institution, status, runs, left_out, created_at, "
        "created_by, updated_at, updated_by, identity_override, station_id) VALUES (?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& v :
         {key, plan.medium.identifier, plan.medium.contentHash, plan.medium.medium->location(),
          plan.destination.name, plan.outside.id, plan.outside.issuer, plan.outside.name,
          plan.local.patientId, plan.local.issuer, plan.local.name, plan.local.birthDate,
          plan.local.sex, plan.local.accessionNumber, plan.demographicsSource,
          plan.sourceInstitution})
        q.addBindValue(Database::text(v));
    q.addBindValue(QStringLiteral("running"));
    q.addBindValue(1);
    q.addBindValue(leftOutText(plan));
    for (const QString& v : {now, user, now, user})
        q.addBindValue(v);
    q.addBindValue(Database::text(overrideText(plan)));
    q.addBindValue(Database::text(db_.stationId()));
    if (auto done = Database::exec(q, tr("recording the import job")); !done)
        return done.error();
    // Found again by its key rather than by the driver's last insert id, which not every
    // database gives for a serial key.
    q.prepare(QStringLiteral("SELECT id FROM import_jobs WHERE job_key = ?"));
    q.addBindValue(key);
    if (auto done = Database::exec(q, tr("recording the import job")); !done)
        return done.error();
    if (!q.next())
        return Error::storage(tr("The import job just recorded cannot be read back."));
    job.id = q.value(0).toLongLong();
    return job;
}

Result<std::optional<IdentityOverride>> ImportJobStore::identityOverride(const QString& key) const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT identity_override FROM import_jobs WHERE job_key = ?"));
    q.addBindValue(key);
    if (auto done = Database::exec(q, tr("reading the import job")); !done)
        return done.error();
    if (!q.next())
        return std::optional<IdentityOverride>();
    const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    if (json.value(QStringLiteral("reason")).toString().isEmpty())
        return std::optional<IdentityOverride>();
    return std::optional<IdentityOverride>(IdentityOverride::fromJson(json));
}

Result<QHash<QString, InstanceState>>
ImportJobStore::addInstances(Transaction& tx, qint64 job,
                             const QVector<ImportObject>& instances) const {
    QHash<QString, InstanceState> states;
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("SELECT sop_instance_uid, state FROM import_instances WHERE job = ?"));
    q.addBindValue(job);
    if (auto done = Database::exec(q, tr("reading the import job")); !done)
        return done.error();
    while (q.next())
        states.insert(q.value(0).toString(), parseState(q.value(1).toString()));
    q.finish();

    const QString now = nowText();
    q.prepare(QStringLiteral(
        "INSERT INTO import_instances (job, sop_instance_uid, sop_class_uid, study_uid, "
        "series_uid, path, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ImportObject& i : instances) {
        // An instance an earlier run planned keeps its state: what was sent is not sent again.
        if (states.contains(i.sopInstanceUid))
            continue;
        q.addBindValue(job);
        q.addBindValue(i.sopInstanceUid);
        q.addBindValue(i.sopClassUid);
        q.addBindValue(Database::text(i.studyUid));
        q.addBindValue(Database::text(i.seriesUid));
        q.addBindValue(i.path);
        q.addBindValue(stateName(InstanceState::Pending));
        q.addBindValue(now);
        if (auto done = Database::exec(q, tr("recording the instances of the import job")); !done)
            return done.error();
        states.insert(i.sopInstanceUid, InstanceState::Pending);
    }
    return states;
}

Result<QHash<QString, ImportJobStore::Instance>> ImportJobStore::instances(qint64 job) const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral(
        "SELECT sop_instance_uid, state, reason FROM import_instances WHERE job = ?"));
    q.addBindValue(job);
    if (auto done = Database::exec(q, tr("reading the import job")); !done)
        return done.error();
    QHash<QString, Instance> rows;
    while (q.next())
        rows.insert(q.value(0).toString(),
                    Instance{parseState(q.value(1).toString()), q.value(2).toString()});
    return rows;
}

Result<QVector<ImportJobStore::RunningJob>> ImportJobStore::running() const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral(
        "SELECT j.id, j.job_key, j.updated_by, j.updated_at, j.destination, j.outside_patient_id, "
        "j.local_patient_id, j.local_issuer, j.local_name, j.medium_id, "
        // Counted with CASE: a comparison is an integer in SQLite but a boolean in PostgreSQL,
        // which SUM does not take.
        "SUM(CASE WHEN i.state IN ('sent','committed') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN i.state = 'committed' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN i.state = 'pending' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN i.state = 'failed' THEN 1 ELSE 0 END) "
        "FROM import_jobs j LEFT JOIN import_instances i ON i.job = j.id "
        "WHERE j.status = 'running' AND j.station_id = ? GROUP BY j.id ORDER BY j.id"));
    // Only this station's: another station's running import sends from its own disk.
    q.addBindValue(Database::text(db_.stationId()));
    if (auto done = Database::exec(q, tr("reading the import jobs")); !done)
        return done.error();
    QVector<RunningJob> jobs;
    while (q.next()) {
        RunningJob j;
        j.id = q.value(0).toLongLong();
        j.key = q.value(1).toString();
        j.startedBy = q.value(2).toString();
        j.startedAt = q.value(3).toString();
        j.destination = q.value(4).toString();
        j.outsidePatientId = q.value(5).toString();
        j.localPatientId = q.value(6).toString();
        j.localIssuer = q.value(7).toString();
        j.localName = q.value(8).toString();
        j.mediumId = q.value(9).toString();
        j.sent = q.value(10).toInt();
        j.committed = q.value(11).toInt();
        j.pending = q.value(12).toInt();
        j.failed = q.value(13).toInt();
        jobs << j;
    }
    return jobs;
}

Result<void> ImportJobStore::interrupt(Transaction& tx, qint64 job, const QString& message) const {
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("UPDATE import_jobs SET status = 'interrupted', message = ?, "
                             "updated_at = ? WHERE id = ? AND status = 'running'"));
    q.addBindValue(message);
    q.addBindValue(nowText());
    q.addBindValue(job);
    return Database::exec(q, tr("recording the import job"));
}

Result<void> ImportJobStore::finish(Transaction& tx, qint64 job, ImportOutcome::Status status,
                                    const QString& message) const {
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral(
        "UPDATE import_jobs SET status = ?, message = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(ImportOutcome::statusName(status));
    q.addBindValue(message);
    q.addBindValue(nowText());
    q.addBindValue(job);
    return Database::exec(q, tr("updating the import job"));
}

Result<QVector<UnfinishedImport>> ImportJobStore::unfinished(const ImportMedium& medium) const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral(
        "SELECT j.id, j.destination, j.outside_patient_id, j.outside_issuer, j.outside_name, "
        "j.local_patient_id, j.local_issuer, j.local_name, j.local_birth_date, j.local_sex, "
        "j.accession_number, j.demographics_source, j.message, j.updated_at, j.updated_by, "
        "j.station_id, COALESCE(s.name, '') FROM import_jobs j LEFT JOIN stations s ON s.id = "
        "j.station_id WHERE j.medium_hash = ? AND j.status <> ? "
        "ORDER BY j.updated_at DESC, j.id DESC"));
    q.addBindValue(medium.contentHash);
    q.addBindValue(ImportOutcome::statusName(ImportOutcome::Status::Complete));
    if (auto done = Database::exec(q, tr("reading the import jobs")); !done)
        return done.error();
    QVector<UnfinishedImport> out;
    // Null strings would mean "not given" in a request; the job's values were given.
    auto given = [&q](int column) {
        return Database::text(q.value(column).toString());
    };
    while (q.next()) {
        UnfinishedImport u;
        u.jobId = q.value(0).toLongLong();
        ImportRequest& r = u.request;
        r.medium = medium.medium->location();
        r.destination = q.value(1).toString();
        r.outsidePatientId = given(2);
        r.outsideIssuer = given(3);
        u.outside = {r.outsidePatientId, r.outsideIssuer, q.value(4).toString(), QString(),
                     QString()};
        const QString source = q.value(11).toString();
        r.keepIds = source == QLatin1String("medium");
        if (!r.keepIds) {
            r.localPatientId = q.value(5).toString();
            r.localIssuer = q.value(6).toString();
        }
        if (source == QLatin1String("explicit")) {
            r.name = given(7);
            r.birthDate = given(8);
            r.sex = given(9);
        }
        r.accessionNumber = q.value(10).toString();
        u.localName = q.value(7).toString();
        u.message = q.value(12).toString();
        u.updatedAt = Timestamp::parseIsoUtc(q.value(13).toString());
        u.updatedBy = q.value(14).toString();
        u.station = q.value(16).toString();
        u.elsewhere = q.value(15).toString() != db_.stationId();
        out << u;
    }
    q.finish();
    for (UnfinishedImport& u : out) {
        if (auto read = readInstanceCounts(u); !read)
            return read.error();
    }
    return out;
}

Result<void> ImportJobStore::readInstanceCounts(UnfinishedImport& u) const {
    QSqlQuery s(db_.connection());
    s.prepare(QStringLiteral("SELECT series_uid, state, COUNT(*) FROM import_instances "
                             "WHERE job = ? GROUP BY series_uid, state ORDER BY series_uid"));
    s.addBindValue(u.jobId);
    if (auto done = Database::exec(s, tr("reading the import jobs")); !done)
        return done.error();
    while (s.next()) {
        const QString series = s.value(0).toString();
        const InstanceState state = parseState(s.value(1).toString());
        const int count = s.value(2).toInt();
        if (!u.request.series.contains(series))
            u.request.series << series;
        u.planned += count;
        if (state == InstanceState::Sent || state == InstanceState::Committed)
            u.sent += count;
        else if (state == InstanceState::Failed)
            u.failed += count;
    }
    return {};
}

ImportJobStore::StateWriter::StateWriter(Database database, qint64 job,
                                         QHash<QString, InstanceState> states)
    : db_(std::move(database))
    , job_(job)
    , states_(std::move(states)) {
    sinceFlush_.start();
}

Result<void> ImportJobStore::StateWriter::change(const QString& uid, InstanceState state,
                                                 const QString& reason,
                                                 const QString& transaction) {
    changes_.append({uid, state, reason, transaction});
    if (changes_.size() >= FlushEvery || sinceFlush_.elapsed() >= FlushAfterMs)
        return flush();
    return {};
}

Result<void> ImportJobStore::StateWriter::flush() {
    if (changes_.isEmpty())
        return {};
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    QSqlQuery q(begun->connection());
    q.prepare(QStringLiteral("UPDATE import_instances SET state = ?, reason = ?, "
                             "commit_transaction = ?, updated_at = ? WHERE job = ? AND "
                             "sop_instance_uid = ?"));
    const QString at = nowText();
    for (const Change& c : std::as_const(changes_)) {
        q.addBindValue(stateName(c.state));
        q.addBindValue(Database::text(c.reason));
        q.addBindValue(Database::text(c.transaction));
        q.addBindValue(at);
        q.addBindValue(job_);
        q.addBindValue(c.uid);
        if (auto done = Database::exec(q, tr("recording the state of imported instances")); !done)
            return done.error();
        states_.insert(c.uid, c.state);
    }
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    changes_.clear();
    sinceFlush_.restart();
    return {};
}

InstanceState ImportJobStore::StateWriter::state(const QString& uid) const {
    return states_.value(uid, InstanceState::Pending);
}

} // namespace pdi
