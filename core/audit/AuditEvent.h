#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pdi {

class Session;

// What happened. The stable names (auditEventName) are what audit_log.event holds.
enum class AuditEventType {
    Login,
    LoginFailed,
    Logout,
    Check,             // a medium was checked
    Export,            // a medium was written
    Import,            // outside images were imported
    ReconcileDecision, // outside patient matched to a local one
    Transfer,          // instances sent to a PACS
    SettingsChange,
    UserChange,
    NodeChange,
    SecurityAlert,
    AuditAnchor, // the chain's head was anchored outside the database (AuditAnchoring)
};
QString auditEventName(AuditEventType type); // login, login-failed, ... audit-anchor
std::optional<AuditEventType> auditEventFromName(const QString& name);
const QVector<AuditEventType>& allAuditEventTypes();

// DICOM's EventOutcomeIndicator (PS3.15 A.5.1): the numbers are the standard's.
enum class AuditOutcome {
    Success = 0,
    MinorFailure = 4,   // e.g. a wrong password, the person may retry
    SeriousFailure = 8, // e.g. a login refused because the account is locked or disabled
    MajorFailure = 12,  // e.g. the failure that locked the account
};
QString
auditOutcomeName(AuditOutcome outcome); // success, minor-failure, serious-failure, major-failure
std::optional<AuditOutcome> auditOutcomeFromName(const QString& name);

// The medium an act wrote or read (DICOM CID 405 where it has a code).
enum class MediaType { None, Cd, Dvd, Bd, Usb, File, Other };
QString mediaTypeName(MediaType type); // "", cd, dvd, bd, usb, file, other
std::optional<MediaType> mediaTypeFromName(const QString& name);

// What kind of security alert (event security-alert); mapped to DICOM's Security Alert types.
enum class SecurityAlert {
    None,
    RestrictedFunction, // someone tried what their role does not allow
    AccountLocked,      // too many failed logins
    MediumContent,      // an incoming medium carries something dangerous (autorun, programs)
    BreakGlass,         // the station's operating-system owner unlocked the last administrator
};
// "", restricted-function, account-locked, medium-content, break-glass
QString securityAlertName(SecurityAlert alert);
std::optional<SecurityAlert> securityAlertFromName(const QString& name);

struct AuditPatient {
    QString id;
    QString issuer; // Issuer of Patient ID, when known
    QString name;   // as a person reads it (DICOM PN decoded to UTF-8)

    QJsonObject toJson() const;
    static AuditPatient fromJson(const QJsonObject& object);
    bool operator==(const AuditPatient& other) const {
        return id == other.id && issuer == other.issuer && name == other.name;
    }
};

// Who acted, where. For a login failure there is no session: the user name is what was typed
// and the role is empty.
struct AuditActor {
    QString userName;
    QString displayName;
    QString role; // Roles::name(), or empty
    QString station;

    static AuditActor of(const Session& session);
};

// One thing to put on the record. Later issues fill in what their act involved:
//
//   AuditEvent e = AuditEvent::by(session, AuditEventType::Export);
//   e.patients = {{id, issuer, name}};
//   e.studies = studyUids;
//   e.mediumId = volumeId;
//   e.mediaType = MediaType::Cd;
//   e.details = {{"files", n}, {"warningsAccepted", ...}};
//   audit.record(e);
struct AuditEvent {
    AuditEventType type = AuditEventType::Check;
    AuditOutcome outcome = AuditOutcome::Success;
    SecurityAlert alert = SecurityAlert::None; // security-alert only
    AuditActor actor;
    // What the act changed when it is not a patient: the account (user-change), the setting key
    // (settings-change), the node (node-change, transfer: the destination AE title), the refused
    // action (security-alert restricted-function).
    QString target;
    // The patients involved. For an import (and a reconcile decision): the local identity after
    // reconciliation; patientsBefore holds the identity as found on the medium, same order.
    QVector<AuditPatient> patients;
    QVector<AuditPatient> patientsBefore;
    QStringList studies; // Study Instance UIDs
    QString mediumId;    // volume or File-set ID, USB label, file path: what identifies the medium
    MediaType mediaType = MediaType::None;
    QJsonObject details; // anything else worth keeping; never a password

    static AuditEvent by(const Session& session, AuditEventType type);
};

// An event as stored: its place in the chain and when it was recorded.
struct AuditRecord {
    qint64 seq = 0;
    QDateTime time;           // UTC, milliseconds
    int utcOffsetSeconds = 0; // the station's offset when recorded
    AuditEvent event;
    QString prevHash;
    QString hash;

    QString localTime() const; // 2024-01-05T19:15:00.123+09:00
    QJsonObject toJson() const;
};

} // namespace pdi
