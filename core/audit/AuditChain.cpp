#include "AuditChain.h"

#include "station/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pdi {

namespace {

QString compactJson(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString patientsJson(const QVector<AuditPatient>& patients) {
    QJsonArray a;
    for (const AuditPatient& p : patients)
        a.append(p.toJson());
    return compactJson(a);
}

QVector<AuditPatient> patientsFromJson(const QString& text) {
    QVector<AuditPatient> out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : a)
        out << AuditPatient::fromJson(v.toObject());
    return out;
}

} // namespace

const QStringList& AuditRow::columns() {
    static const QStringList c{
        QStringLiteral("seq"),
        QStringLiteral("time"),
        QStringLiteral("utc_offset"),
        QStringLiteral("user_name"),
        QStringLiteral("user_display_name"),
        QStringLiteral("role"),
        QStringLiteral("station"),
        QStringLiteral("event"),
        QStringLiteral("alert"),
        QStringLiteral("outcome"),
        QStringLiteral("target"),
        QStringLiteral("patients"),
        QStringLiteral("patients_before"),
        QStringLiteral("studies"),
        QStringLiteral("medium_id"),
        QStringLiteral("media_type"),
        QStringLiteral("details"),
    };
    return c;
}

QString AuditRow::selectList() {
    return columns().join(QLatin1String(", ")) + QStringLiteral(", prev_hash, hash");
}

AuditRow AuditRow::fromQuery(const QSqlQuery& q) {
    AuditRow r;
    int i = 0;
    r.seq = q.value(i++).toLongLong();
    r.time = q.value(i++).toString();
    r.utcOffset = q.value(i++).toString();
    r.userName = q.value(i++).toString();
    r.userDisplayName = q.value(i++).toString();
    r.role = q.value(i++).toString();
    r.station = q.value(i++).toString();
    r.event = q.value(i++).toString();
    r.alert = q.value(i++).toString();
    r.outcome = q.value(i++).toString();
    r.target = q.value(i++).toString();
    r.patients = q.value(i++).toString();
    r.patientsBefore = q.value(i++).toString();
    r.studies = q.value(i++).toString();
    r.mediumId = q.value(i++).toString();
    r.mediaType = q.value(i++).toString();
    r.details = q.value(i++).toString();
    r.prevHash = q.value(i++).toString();
    r.hash = q.value(i++).toString();
    return r;
}

AuditRow AuditRow::fromEvent(const AuditEvent& e, qint64 seq, const QDateTime& utcTime,
                             int utcOffsetSeconds, const QString& prevHash) {
    AuditRow r;
    r.seq = seq;
    r.time = Timestamp::isoUtc(utcTime);
    r.utcOffset = Timestamp::offsetText(utcOffsetSeconds);
    r.userName = e.actor.userName;
    r.userDisplayName = e.actor.displayName;
    r.role = e.actor.role;
    r.station = e.actor.station;
    r.event = auditEventName(e.type);
    r.alert = securityAlertName(e.alert);
    r.outcome = auditOutcomeName(e.outcome);
    r.target = e.target;
    r.patients = patientsJson(e.patients);
    r.patientsBefore = patientsJson(e.patientsBefore);
    r.studies = compactJson(QJsonArray::fromStringList(e.studies));
    r.mediumId = e.mediumId;
    r.mediaType = mediaTypeName(e.mediaType);
    r.details = compactJson(e.details);
    r.prevHash = prevHash;
    r.hash = r.computeHash();
    return r;
}

QStringList AuditRow::values() const {
    return {QString::number(seq),
            time,
            utcOffset,
            userName,
            userDisplayName,
            role,
            station,
            event,
            alert,
            outcome,
            target,
            patients,
            patientsBefore,
            studies,
            mediumId,
            mediaType,
            details};
}

QByteArray AuditRow::canonical() const {
    QByteArray out;
    for (const QString& v : values()) {
        const QByteArray bytes = v.toUtf8();
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
        out += ',';
    }
    return out;
}

QString AuditRow::computeHash() const {
    return AuditChain::hash(prevHash, canonical());
}

AuditRecord AuditRow::toRecord() const {
    AuditRecord rec;
    rec.seq = seq;
    rec.time = Timestamp::parseIsoUtc(time);
    rec.utcOffsetSeconds = Timestamp::offsetSeconds(utcOffset);
    rec.prevHash = prevHash;
    rec.hash = hash;
    AuditEvent& e = rec.event;
    e.type = auditEventFromName(event).value_or(AuditEventType::SecurityAlert);
    e.alert = securityAlertFromName(alert).value_or(SecurityAlert::None);
    e.outcome = auditOutcomeFromName(outcome).value_or(AuditOutcome::MajorFailure);
    e.actor = AuditActor{userName, userDisplayName, role, station};
    e.target = target;
    e.patients = patientsFromJson(patients);
    e.patientsBefore = patientsFromJson(patientsBefore);
    for (const QJsonValue& v : QJsonDocument::fromJson(studies.toUtf8()).array())
        e.studies << v.toString();
    e.mediumId = mediumId;
    e.mediaType = mediaTypeFromName(mediaType).value_or(MediaType::Other);
    e.details = QJsonDocument::fromJson(details.toUtf8()).object();
    return rec;
}

QString AuditChain::genesisHash() {
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::hash(const QString& prevHash, const QByteArray& canonical) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace pdi
