#include "DicomAuditMessage.h"

#include "account/Role.h"
#include "settings/Settings.h"

#include <QSysInfo>
#include <QUrl>
#include <QXmlStreamWriter>

namespace pdi {

namespace {

const QString Dcm = QStringLiteral("DCM");
const QString Rfc3881 = QStringLiteral("RFC-3881");
const QString Private = QStringLiteral("99PDI");

void writeCode(QXmlStreamWriter& w, const QString& element, const AuditCode& c) {
    w.writeEmptyElement(element);
    w.writeAttribute(QStringLiteral("csd-code"), c.code);
    w.writeAttribute(QStringLiteral("codeSystemName"), c.scheme);
    w.writeAttribute(QStringLiteral("originalText"), c.meaning);
}

void writeDetail(QXmlStreamWriter& w, const QString& type, const QString& value) {
    if (value.isEmpty())
        return;
    w.writeEmptyElement(QStringLiteral("ParticipantObjectDetail"));
    w.writeAttribute(QStringLiteral("type"), type);
    // The schema wants base64 here so that any text, even one that looks like XML, passes intact.
    w.writeAttribute(QStringLiteral("value"), QString::fromLatin1(value.toUtf8().toBase64()));
}

QString patientObjectId(const AuditPatient& p) {
    // HL7 CX, as IHE profiles write patient identifiers: ID^^^Issuer.
    return p.issuer.isEmpty() ? p.id : QStringLiteral("%1^^^%2").arg(p.id, p.issuer);
}

bool mediumIsDestination(AuditEventType type) {
    return type == AuditEventType::Export;
}

QString detailText(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString();
}

// The application's own role in events where data moves: where it comes from or goes to.
std::optional<AuditCode> applicationRole(AuditEventType type) {
    switch (type) {
    case AuditEventType::Export:
    case AuditEventType::Transfer:
        return AuditCode{QStringLiteral("110153"), Dcm, QStringLiteral("Source Role ID")};
    case AuditEventType::Import:
        return AuditCode{QStringLiteral("110152"), Dcm, QStringLiteral("Destination Role ID")};
    default:
        return AuditCode{QStringLiteral("110150"), Dcm, QStringLiteral("Application")};
    }
}

// The person's PDI Station role, in this application's own coding scheme. Messages stay in
// English whatever the user-interface language.
AuditCode roleCode(Role role) {
    switch (role) {
    case Role::Reception:
        return {Roles::name(role), Private, QStringLiteral("Reception")};
    case Role::FrontDesk:
        return {Roles::name(role), Private, QStringLiteral("Front desk")};
    case Role::Technologist:
        return {Roles::name(role), Private, QStringLiteral("Technologist")};
    case Role::Admin:
        return {Roles::name(role), Private, QStringLiteral("Administrator")};
    }
    return {};
}

} // namespace

AuditSource AuditSource::fromSettings(const Settings& settings) {
    return AuditSource{settings.institution().name, QSysInfo::machineHostName()};
}

AuditCode DicomAuditMessage::eventId(AuditEventType type) {
    switch (type) {
    case AuditEventType::Login:
    case AuditEventType::LoginFailed:
    case AuditEventType::Logout:
        return {QStringLiteral("110114"), Dcm, QStringLiteral("User Authentication")};
    case AuditEventType::Check:
        return {QStringLiteral("110103"), Dcm, QStringLiteral("DICOM Instances Accessed")};
    case AuditEventType::Export:
        return {QStringLiteral("110106"), Dcm, QStringLiteral("Export")};
    case AuditEventType::Import:
        return {QStringLiteral("110107"), Dcm, QStringLiteral("Import")};
    case AuditEventType::ReconcileDecision:
        return {QStringLiteral("110110"), Dcm, QStringLiteral("Patient Record")};
    case AuditEventType::Transfer:
        return {QStringLiteral("110104"), Dcm, QStringLiteral("DICOM Instances Transferred")};
    case AuditEventType::SettingsChange:
    case AuditEventType::UserChange:
    case AuditEventType::NodeChange:
    case AuditEventType::SecurityAlert:
        return {QStringLiteral("110113"), Dcm, QStringLiteral("Security Alert")};
    case AuditEventType::AuditAnchor:
        return {QStringLiteral("110101"), Dcm, QStringLiteral("Audit Log Used")};
    }
    return {};
}

std::optional<AuditCode> DicomAuditMessage::eventTypeCode(const AuditRecord& record) {
    const AuditEvent& e = record.event;
    switch (e.type) {
    case AuditEventType::Login:
    case AuditEventType::LoginFailed:
        return AuditCode{QStringLiteral("110122"), Dcm, QStringLiteral("Login")};
    case AuditEventType::Logout:
        return AuditCode{QStringLiteral("110123"), Dcm, QStringLiteral("Logout")};
    case AuditEventType::SettingsChange:
        // Settings that govern logins and the audit trail are security configuration.
        if (e.target.startsWith(QLatin1String("login.")) ||
            e.target.startsWith(QLatin1String("session.")) ||
            e.target.startsWith(QLatin1String("audit.")))
            return AuditCode{QStringLiteral("110129"), Dcm,
                             QStringLiteral("Security Configuration")};
        return AuditCode{QStringLiteral("110131"), Dcm, QStringLiteral("Software Configuration")};
    case AuditEventType::UserChange:
        if (e.details.value(QLatin1String("change")).toString() == QLatin1String("role"))
            return AuditCode{QStringLiteral("110136"), Dcm,
                             QStringLiteral("Security Roles Changed")};
        return AuditCode{QStringLiteral("110137"), Dcm,
                         QStringLiteral("User Security Attributes Changed")};
    case AuditEventType::NodeChange:
        return AuditCode{QStringLiteral("110128"), Dcm, QStringLiteral("Network Configuration")};
    case AuditEventType::SecurityAlert:
        switch (e.alert) {
        case SecurityAlert::AccountLocked:
            return AuditCode{QStringLiteral("110137"), Dcm,
                             QStringLiteral("User Security Attributes Changed")};
        case SecurityAlert::BreakGlass:
            return AuditCode{QStringLiteral("110127"), Dcm,
                             QStringLiteral("Emergency Override Started")};
        case SecurityAlert::MediumContent:
            // DICOM has no alert type for hostile media content; CID 403 is extensible.
            return AuditCode{QStringLiteral("MEDIUM-CONTENT"), Private,
                             QStringLiteral("Hazardous content on medium")};
        case SecurityAlert::RestrictedFunction:
        case SecurityAlert::None:
            return AuditCode{QStringLiteral("110132"), Dcm,
                             QStringLiteral("Use of Restricted Function")};
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

QString DicomAuditMessage::actionCode(AuditEventType type) {
    switch (type) {
    case AuditEventType::Login:
    case AuditEventType::LoginFailed:
    case AuditEventType::Logout:
        return QStringLiteral("E");
    case AuditEventType::Check:
    case AuditEventType::Export:
        return QStringLiteral("R");
    case AuditEventType::Import:
    case AuditEventType::Transfer:
        return QStringLiteral("C");
    case AuditEventType::ReconcileDecision:
        return QStringLiteral("U");
    case AuditEventType::AuditAnchor:
        return QStringLiteral("R");
    default:
        return QString();
    }
}

std::optional<AuditCode> DicomAuditMessage::mediaTypeCode(MediaType type) {
    switch (type) {
    case MediaType::Cd:
        return AuditCode{QStringLiteral("110032"), Dcm, QStringLiteral("CD")};
    case MediaType::Dvd:
        return AuditCode{QStringLiteral("110033"), Dcm, QStringLiteral("DVD")};
    case MediaType::Usb:
        return AuditCode{QStringLiteral("110030"), Dcm, QStringLiteral("USB Disk Emulation")};
    case MediaType::File:
        return AuditCode{QStringLiteral("110037"), Dcm, QStringLiteral("URI")};
    case MediaType::Bd:
        // CID 405 has no Blu-ray code.
        return AuditCode{QStringLiteral("BD"), Private, QStringLiteral("Blu-ray Disc")};
    case MediaType::Other:
        return AuditCode{QStringLiteral("OTHER"), Private, QStringLiteral("Other medium")};
    case MediaType::None:
        break;
    }
    return std::nullopt;
}

QString DicomAuditMessage::mediaDescription(MediaType type, const QString& mediumId) {
    const std::optional<AuditCode> code = mediaTypeCode(type);
    const QString kind = type == MediaType::File ? QStringLiteral("File")
                         : code                  ? code->meaning
                                                 : QString();
    if (mediumId.isEmpty())
        return kind;
    return kind.isEmpty() ? mediumId : QStringLiteral("%1 %2").arg(kind, mediumId);
}

QByteArray DicomAuditMessage::toXml(const AuditRecord& record, const AuditSource& source,
                                    bool indented) {
    const AuditEvent& e = record.event;
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(indented);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("AuditMessage"));

    // Event
    w.writeStartElement(QStringLiteral("EventIdentification"));
    const QString action = actionCode(e.type);
    if (!action.isEmpty())
        w.writeAttribute(QStringLiteral("EventActionCode"), action);
    w.writeAttribute(QStringLiteral("EventDateTime"), record.localTime());
    w.writeAttribute(QStringLiteral("EventOutcomeIndicator"), QString::number(int(e.outcome)));
    writeCode(w, QStringLiteral("EventID"), eventId(e.type));
    if (const auto type = eventTypeCode(record))
        writeCode(w, QStringLiteral("EventTypeCode"), *type);
    const QString reason = e.details.value(QLatin1String("reason")).toString();
    if (e.outcome != AuditOutcome::Success && !reason.isEmpty())
        w.writeTextElement(QStringLiteral("EventOutcomeDescription"), reason);
    w.writeEndElement();

    // The person
    w.writeStartElement(QStringLiteral("ActiveParticipant"));
    w.writeAttribute(QStringLiteral("UserID"),
                     e.actor.userName.isEmpty() ? QStringLiteral("-") : e.actor.userName);
    if (!e.actor.displayName.isEmpty())
        w.writeAttribute(QStringLiteral("UserName"), e.actor.displayName);
    w.writeAttribute(QStringLiteral("UserIsRequestor"), QStringLiteral("true"));
    if (!source.hostName.isEmpty()) {
        w.writeAttribute(QStringLiteral("NetworkAccessPointID"), source.hostName);
        w.writeAttribute(QStringLiteral("NetworkAccessPointTypeCode"), QStringLiteral("1"));
    }
    if (const std::optional<Role> role = Roles::fromName(e.actor.role))
        writeCode(w, QStringLiteral("RoleIDCode"), roleCode(*role));
    w.writeEndElement();

    // This application
    w.writeStartElement(QStringLiteral("ActiveParticipant"));
    w.writeAttribute(QStringLiteral("UserID"), QStringLiteral("pdistation"));
    w.writeAttribute(QStringLiteral("UserName"), QStringLiteral("PDI Station " PDI_VERSION));
    w.writeAttribute(QStringLiteral("UserIsRequestor"), QStringLiteral("false"));
    if (!source.hostName.isEmpty()) {
        w.writeAttribute(QStringLiteral("NetworkAccessPointID"), source.hostName);
        w.writeAttribute(QStringLiteral("NetworkAccessPointTypeCode"), QStringLiteral("1"));
    }
    if (const auto role = applicationRole(e.type))
        writeCode(w, QStringLiteral("RoleIDCode"), *role);
    w.writeEndElement();

    // The medium
    if (const auto media = mediaTypeCode(e.mediaType)) {
        w.writeStartElement(QStringLiteral("ActiveParticipant"));
        w.writeAttribute(QStringLiteral("UserID"), mediaDescription(e.mediaType, e.mediumId));
        if (!e.mediumId.isEmpty())
            w.writeAttribute(QStringLiteral("AlternativeUserID"), e.mediumId);
        w.writeAttribute(QStringLiteral("UserIsRequestor"), QStringLiteral("false"));
        writeCode(
            w, QStringLiteral("RoleIDCode"),
            mediumIsDestination(e.type)
                ? AuditCode{QStringLiteral("110154"), Dcm, QStringLiteral("Destination Media")}
                : AuditCode{QStringLiteral("110155"), Dcm, QStringLiteral("Source Media")});
        w.writeStartElement(QStringLiteral("MediaIdentifier"));
        writeCode(w, QStringLiteral("MediaType"), *media);
        w.writeEndElement();
        w.writeEndElement();
    }

    // The PACS a transfer went to
    if (e.type == AuditEventType::Transfer && !e.target.isEmpty()) {
        w.writeStartElement(QStringLiteral("ActiveParticipant"));
        w.writeAttribute(QStringLiteral("UserID"), e.target);
        w.writeAttribute(QStringLiteral("AlternativeUserID"),
                         QStringLiteral("AETITLES=%1").arg(e.target));
        w.writeAttribute(QStringLiteral("UserIsRequestor"), QStringLiteral("false"));
        const QString host = e.details.value(QLatin1String("host")).toString();
        if (!host.isEmpty()) {
            w.writeAttribute(QStringLiteral("NetworkAccessPointID"), host);
            w.writeAttribute(QStringLiteral("NetworkAccessPointTypeCode"), QStringLiteral("1"));
        }
        writeCode(w, QStringLiteral("RoleIDCode"),
                  AuditCode{QStringLiteral("110152"), Dcm, QStringLiteral("Destination Role ID")});
        w.writeEndElement();
    }

    w.writeStartElement(QStringLiteral("AuditSourceIdentification"));
    if (!source.enterpriseSiteId.isEmpty())
        w.writeAttribute(QStringLiteral("AuditEnterpriseSiteID"), source.enterpriseSiteId);
    w.writeAttribute(QStringLiteral("AuditSourceID"),
                     e.actor.station.isEmpty() ? source.hostName : e.actor.station);
    w.writeEmptyElement(QStringLiteral("AuditSourceTypeCode"));
    w.writeAttribute(QStringLiteral("csd-code"), QStringLiteral("1")); // end-user interface
    w.writeEndElement();

    // Patients, with the identity found on the medium where it was changed on import
    for (int i = 0; i < e.patients.size(); ++i) {
        const AuditPatient& p = e.patients.at(i);
        w.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        w.writeAttribute(QStringLiteral("ParticipantObjectID"), patientObjectId(p));
        w.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("1"));
        writeCode(w, QStringLiteral("ParticipantObjectIDTypeCode"),
                  AuditCode{QStringLiteral("2"), Rfc3881, QStringLiteral("Patient Number")});
        w.writeTextElement(QStringLiteral("ParticipantObjectName"), p.name);
        if (i < e.patientsBefore.size() && !(e.patientsBefore.at(i) == p)) {
            writeDetail(w, QStringLiteral("OriginalPatientID"),
                        patientObjectId(e.patientsBefore.at(i)));
            writeDetail(w, QStringLiteral("OriginalPatientName"), e.patientsBefore.at(i).name);
        }
        w.writeEndElement();
    }
    // Outside patients that were not reconciled to a local one still belong on the record.
    for (int i = e.patients.size(); i < e.patientsBefore.size(); ++i) {
        const AuditPatient& p = e.patientsBefore.at(i);
        w.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        w.writeAttribute(QStringLiteral("ParticipantObjectID"), patientObjectId(p));
        w.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("1"));
        writeCode(w, QStringLiteral("ParticipantObjectIDTypeCode"),
                  AuditCode{QStringLiteral("2"), Rfc3881, QStringLiteral("Patient Number")});
        w.writeTextElement(QStringLiteral("ParticipantObjectName"), p.name);
        w.writeEndElement();
    }
    for (const QString& study : e.studies) {
        w.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        w.writeAttribute(QStringLiteral("ParticipantObjectID"), study);
        w.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("2"));
        w.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("3"));
        writeCode(w, QStringLiteral("ParticipantObjectIDTypeCode"),
                  AuditCode{QStringLiteral("110180"), Dcm, QStringLiteral("Study Instance UID")});
        w.writeEndElement();
    }

    // What a security alert or a configuration change is about
    const bool alertLike =
        eventId(e.type).code == QLatin1String("110113") || e.type == AuditEventType::AuditAnchor;
    if (alertLike && !e.target.isEmpty()) {
        QString kind;
        QString typeCodeRole = QStringLiteral("13"); // security resource
        QString typeCode = QStringLiteral("2");      // system object
        AuditCode idType{QStringLiteral("12"), Rfc3881, QStringLiteral("URI")};
        if (e.type == AuditEventType::UserChange || e.alert == SecurityAlert::AccountLocked ||
            e.alert == SecurityAlert::BreakGlass) {
            kind = QStringLiteral("account");
            typeCode = QStringLiteral("1");
            typeCodeRole = QStringLiteral("11"); // security user entity
            idType = AuditCode{QStringLiteral("11"), Rfc3881, QStringLiteral("User Identifier")};
        } else if (e.type == AuditEventType::SettingsChange) {
            kind = QStringLiteral("setting");
        } else if (e.type == AuditEventType::NodeChange) {
            kind = QStringLiteral("node");
        } else if (e.alert == SecurityAlert::MediumContent) {
            kind = QStringLiteral("medium-file");
        } else if (e.type == AuditEventType::AuditAnchor) {
            kind = QStringLiteral("audit-trail");
        } else {
            kind = QStringLiteral("function");
        }
        w.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        w.writeAttribute(
            QStringLiteral("ParticipantObjectID"),
            idType.code == QLatin1String("12")
                ? QStringLiteral("pdistation:%1/%2")
                      .arg(kind, QString::fromLatin1(QUrl::toPercentEncoding(e.target)))
                : e.target);
        w.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), typeCode);
        w.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), typeCodeRole);
        writeCode(w, QStringLiteral("ParticipantObjectIDTypeCode"), idType);
        w.writeTextElement(QStringLiteral("ParticipantObjectName"), e.target);
        if (e.type == AuditEventType::SettingsChange) {
            writeDetail(w, QStringLiteral("OldValue"),
                        e.details.value(QLatin1String("old")).toString());
            writeDetail(w, QStringLiteral("NewValue"),
                        e.details.value(QLatin1String("new")).toString());
        } else {
            for (auto it = e.details.constBegin(); it != e.details.constEnd(); ++it)
                writeDetail(w, it.key(), detailText(it.value()));
        }
        w.writeEndElement();
    }

    w.writeEndElement(); // AuditMessage
    w.writeEndDocument();
    // The writer ends the document with a line feed; in a syslog MSG it would be part of the
    // message.
    if (!indented)
        out = out.trimmed();
    return out;
}

} // namespace pdi
