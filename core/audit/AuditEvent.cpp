#include "AuditEvent.h"

#include "account/Session.h"
#include "station/Timestamp.h"

#include <QJsonArray>

namespace pdi {

namespace {

template <typename Enum, typename NameOf>
std::optional<Enum> fromName(const QVector<Enum>& all, const QString& name, NameOf nameOf) {
    for (Enum e : all) {
        if (nameOf(e) == name)
            return e;
    }
    return std::nullopt;
}

QJsonArray patientsToJson(const QVector<AuditPatient>& patients) {
    QJsonArray a;
    for (const AuditPatient& p : patients)
        a.append(p.toJson());
    return a;
}

} // namespace

const QVector<AuditEventType>& allAuditEventTypes() {
    static const QVector<AuditEventType> all{
        AuditEventType::Login,
        AuditEventType::LoginFailed,
        AuditEventType::Logout,
        AuditEventType::Check,
        AuditEventType::Export,
        AuditEventType::Import,
        AuditEventType::ReconcileDecision,
        AuditEventType::Transfer,
        AuditEventType::SettingsChange,
        AuditEventType::UserChange,
        AuditEventType::NodeChange,
        AuditEventType::SecurityAlert,
        AuditEventType::AuditAnchor,
    };
    return all;
}

QString auditEventName(AuditEventType type) {
    switch (type) {
    case AuditEventType::Login:
        return QStringLiteral("login");
    case AuditEventType::LoginFailed:
        return QStringLiteral("login-failed");
    case AuditEventType::Logout:
        return QStringLiteral("logout");
    case AuditEventType::Check:
        return QStringLiteral("check");
    case AuditEventType::Export:
        return QStringLiteral("export");
    case AuditEventType::Import:
        return QStringLiteral("import");
    case AuditEventType::ReconcileDecision:
        return QStringLiteral("reconcile-decision");
    case AuditEventType::Transfer:
        return QStringLiteral("transfer");
    case AuditEventType::SettingsChange:
        return QStringLiteral("settings-change");
    case AuditEventType::UserChange:
        return QStringLiteral("user-change");
    case AuditEventType::NodeChange:
        return QStringLiteral("node-change");
    case AuditEventType::SecurityAlert:
        return QStringLiteral("security-alert");
    case AuditEventType::AuditAnchor:
        return QStringLiteral("audit-anchor");
    }
    return QString();
}

std::optional<AuditEventType> auditEventFromName(const QString& name) {
    return fromName(allAuditEventTypes(), name, auditEventName);
}

QString auditOutcomeName(AuditOutcome outcome) {
    switch (outcome) {
    case AuditOutcome::Success:
        return QStringLiteral("success");
    case AuditOutcome::MinorFailure:
        return QStringLiteral("minor-failure");
    case AuditOutcome::SeriousFailure:
        return QStringLiteral("serious-failure");
    case AuditOutcome::MajorFailure:
        return QStringLiteral("major-failure");
    }
    return QString();
}

std::optional<AuditOutcome> auditOutcomeFromName(const QString& name) {
    static const QVector<AuditOutcome> all{AuditOutcome::Success, AuditOutcome::MinorFailure,
                                           AuditOutcome::SeriousFailure,
                                           AuditOutcome::MajorFailure};
    return fromName(all, name, auditOutcomeName);
}

QString mediaTypeName(MediaType type) {
    switch (type) {
    case MediaType::None:
        return QString();
    case MediaType::Cd:
        return QStringLiteral("cd");
    case MediaType::Dvd:
        return QStringLiteral("dvd");
    case MediaType::Bd:
        return QStringLiteral("bd");
    case MediaType::Usb:
        return QStringLiteral("usb");
    case MediaType::File:
        return QStringLiteral("file");
    case MediaType::Other:
        return QStringLiteral("other");
    }
    return QString();
}

std::optional<MediaType> mediaTypeFromName(const QString& name) {
    static const QVector<MediaType> all{MediaType::None, MediaType::Cd,  MediaType::Dvd,
                                        MediaType::Bd,   MediaType::Usb, MediaType::File,
                                        MediaType::Other};
    return fromName(all, name.toLower(), mediaTypeName);
}

QString securityAlertName(SecurityAlert alert) {
    switch (alert) {
    case SecurityAlert::None:
        return QString();
    case SecurityAlert::RestrictedFunction:
        return QStringLiteral("restricted-function");
    case SecurityAlert::AccountLocked:
        return QStringLiteral("account-locked");
    case SecurityAlert::MediumContent:
        return QStringLiteral("medium-content");
    case SecurityAlert::BreakGlass:
        return QStringLiteral("break-glass");
    }
    return QString();
}

std::optional<SecurityAlert> securityAlertFromName(const QString& name) {
    static const QVector<SecurityAlert> all{
        SecurityAlert::None, SecurityAlert::RestrictedFunction, SecurityAlert::AccountLocked,
        SecurityAlert::MediumContent, SecurityAlert::BreakGlass};
    return fromName(all, name, securityAlertName);
}

QJsonObject AuditPatient::toJson() const {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("issuer"), issuer},
                       {QStringLiteral("name"), name}};
}

AuditPatient AuditPatient::fromJson(const QJsonObject& object) {
    return AuditPatient{object.value(QLatin1String("id")).toString(),
                        object.value(QLatin1String("issuer")).toString(),
                        object.value(QLatin1String("name")).toString()};
}

AuditActor AuditActor::of(const Session& session) {
    return AuditActor{session.userName(), session.displayName(), Roles::name(session.role()),
                      session.station()};
}

AuditEvent AuditEvent::by(const Session& session, AuditEventType type) {
    AuditEvent e;
    e.type = type;
    e.actor = AuditActor::of(session);
    return e;
}

QString AuditRecord::localTime() const {
    return Timestamp::isoWithOffset(time, utcOffsetSeconds);
}

QJsonObject AuditRecord::toJson() const {
    QJsonObject o{
        {QStringLiteral("seq"), double(seq)},
        {QStringLiteral("time"), Timestamp::isoUtc(time)},
        {QStringLiteral("localTime"), localTime()},
        {QStringLiteral("user"), event.actor.userName},
        {QStringLiteral("userDisplayName"), event.actor.displayName},
        {QStringLiteral("role"), event.actor.role},
        {QStringLiteral("station"), event.actor.station},
        {QStringLiteral("event"), auditEventName(event.type)},
        {QStringLiteral("outcome"), auditOutcomeName(event.outcome)},
        {QStringLiteral("target"), event.target},
        {QStringLiteral("patients"), patientsToJson(event.patients)},
        {QStringLiteral("patientsBefore"), patientsToJson(event.patientsBefore)},
        {QStringLiteral("studies"), QJsonArray::fromStringList(event.studies)},
        {QStringLiteral("mediumId"), event.mediumId},
        {QStringLiteral("mediaType"), mediaTypeName(event.mediaType)},
        {QStringLiteral("details"), event.details},
        {QStringLiteral("prevHash"), prevHash},
        {QStringLiteral("hash"), hash},
    };
    if (event.alert != SecurityAlert::None)
        o.insert(QStringLiteral("alert"), securityAlertName(event.alert));
    return o;
}

} // namespace pdi
