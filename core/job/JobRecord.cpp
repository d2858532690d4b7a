#include "JobRecord.h"

#include "station/Timestamp.h"

#include <QJsonArray>

namespace pdi {

QString JobStates::name(JobState state) {
    switch (state) {
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Finished:
        return QStringLiteral("finished");
    case JobState::Unfinished:
        return QStringLiteral("unfinished");
    case JobState::Interrupted:
        return QStringLiteral("interrupted");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString JobStates::displayName(JobState state) {
    switch (state) {
    case JobState::Running:
        return tr("running");
    case JobState::Finished:
        return tr("finished");
    case JobState::Unfinished:
        return tr("unfinished, can be resumed");
    case JobState::Interrupted:
        return tr("interrupted");
    case JobState::Failed:
        return tr("failed");
    case JobState::Cancelled:
        return tr("cancelled");
    }
    return QString();
}

QString JobStates::kindName(JobKind kind) {
    return kind == JobKind::Write ? QStringLiteral("write") : QStringLiteral("import");
}

std::optional<JobKind> JobStates::kindFromName(const QString& name) {
    for (JobKind k : {JobKind::Write, JobKind::Import}) {
        if (name.trimmed().compare(kindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString JobStates::kindDisplayName(JobKind kind) {
    return kind == JobKind::Write ? tr("Write") : tr("Import");
}

JobState JobStates::ofWrite(const QString& status) {
    if (status == QLatin1String("written"))
        return JobState::Finished;
    if (status == QLatin1String("running"))
        return JobState::Running;
    if (status == QLatin1String("interrupted"))
        return JobState::Interrupted;
    if (status == QLatin1String("cancelled"))
        return JobState::Cancelled;
    // failed, and whatever a later version may record: not a medium to hand over.
    return JobState::Failed;
}

JobState JobStates::ofImport(const QString& status) {
    if (status == QLatin1String("complete"))
        return JobState::Finished;
    if (status == QLatin1String("running"))
        return JobState::Running;
    if (status == QLatin1String("interrupted"))
        return JobState::Interrupted;
    // incomplete, and anything else: running it again continues it (ImportJobStore::unfinished
    // offers every job that is not complete).
    return JobState::Unfinished;
}

QDateTime JobRecord::activityAt() const {
    QDateTime latest = startedAt;
    for (const QDateTime& t : {lastRunAt, endedAt}) {
        if (t.isValid() && (!latest.isValid() || t > latest))
            latest = t;
    }
    return latest;
}

QString JobRecord::progressText() const {
    if (kind == JobKind::Write) {
        QStringList parts;
        if (!mediumId.isEmpty())
            parts << JobStates::tr("File-set ID %1").arg(mediumId);
        // The writer's names (cd, dvd, dvd-dl, bd, usb) as its labels print them.
        if (!mediaType.isEmpty())
            parts << mediaType.toUpper().replace(QLatin1Char('-'), QLatin1Char(' '));
        return parts.size() == 2 ? JobStates::tr("%1, %2").arg(parts.at(0), parts.at(1))
                                 : parts.join(QString());
    }
    if (planned == 0)
        return JobStates::tr("no objects recorded yet");
    QString text = JobStates::tr("%1 of %n object(s) sent", nullptr, planned).arg(sent + committed);
    if (committed > 0)
        text += JobStates::tr(" (%1 confirmed by the PACS)").arg(committed);
    if (failed > 0)
        text += JobStates::tr(", %1 failed").arg(failed);
    if (pending > 0)
        text += JobStates::tr(", %1 to send").arg(pending);
    return text;
}

namespace {

QJsonObject patientJson(const JobPatient& p) {
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("issuer"), p.issuer},
                       {QStringLiteral("name"), p.name}};
}

QJsonValue timeJson(const QDateTime& t) {
    return t.isValid() ? QJsonValue(Timestamp::isoUtc(t)) : QJsonValue();
}

} // namespace

QJsonObject JobRecord::toJson() const {
    QJsonObject o{{QStringLiteral("kind"), JobStates::kindName(kind)},
                  {QStringLiteral("id"), double(id)},
                  {QStringLiteral("station"), stationName},
                  {QStringLiteral("stationId"), stationId},
                  {QStringLiteral("thisStation"), thisStation},
                  {QStringLiteral("status"), JobStates::name(state)},
                  {QStringLiteral("resumable"), resumable()},
                  {QStringLiteral("startedBy"), startedBy},
                  {QStringLiteral("startedAt"), timeJson(startedAt)},
                  {QStringLiteral("endedAt"), timeJson(endedAt)},
                  {QStringLiteral("patientShown"), patientShown}};
    if (patientShown) {
        o.insert(QStringLiteral("patient"), patientJson(patient));
        o.insert(QStringLiteral("message"), message);
    }
    if (kind == JobKind::Write) {
        if (patientShown)
            o.insert(QStringLiteral("target"), destination);
        o.insert(QStringLiteral("fileSetId"), mediumId);
        o.insert(QStringLiteral("mediaType"), mediaType);
        return o;
    }
    if (patientShown) {
        o.insert(QStringLiteral("local"), patientJson(local));
        o.insert(QStringLiteral("keptOutsideIds"), keptOutsideIds);
        o.insert(QStringLiteral("mediumId"), mediumId);
    }
    o.insert(QStringLiteral("destination"), destination);
    o.insert(QStringLiteral("runs"), runs);
    o.insert(QStringLiteral("lastRunBy"), lastRunBy);
    o.insert(QStringLiteral("lastRunAt"), timeJson(lastRunAt));
    o.insert(QStringLiteral("instances"), QJsonObject{{QStringLiteral("planned"), planned},
                                                      {QStringLiteral("pending"), pending},
                                                      {QStringLiteral("sent"), sent},
                                                      {QStringLiteral("committed"), committed},
                                                      {QStringLiteral("failed"), failed}});
    return o;
}

} // namespace pdi
