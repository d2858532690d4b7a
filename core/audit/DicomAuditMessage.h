#pragma once

#include "AuditEvent.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pdi {

class Settings;

// A coded value as DICOM audit messages write it: csd-code, codeSystemName, originalText.
struct AuditCode {
    QString code;
    QString scheme; // DCM, RFC-3881, or 99PDI for this application's own codes
    QString meaning;

    bool operator==(const AuditCode& other) const {
        return code == other.code && scheme == other.scheme;
    }
};

// Who reports: the institution and this machine.
struct AuditSource {
    QString enterpriseSiteId; // institution.name
    QString hostName;         // NetworkAccessPointID of people and of this application

    static AuditSource fromSettings(const Settings& settings);
};

// Writes one audit record as a DICOM audit message (PS3.15 A.5, the schema of A.5.1). The
// mapping from events to messages is in docs/admin.md:
//   login, login-failed, logout  -> User Authentication (110114) with Login/Logout type
//   check                        -> DICOM Instances Accessed (110103), Source Media
//   export                       -> Export (110106), Destination Media (110154) + Media Type
//   import                       -> Import (110107), Source Media (110155) + Media Type
//   reconcile-decision           -> Patient Record (110110), update
//   transfer                     -> DICOM Instances Transferred (110104)
//   settings/user/node-change,
//   security-alert               -> Security Alert (110113) with the matching alert type
class DicomAuditMessage {
public:
    // indented: for files a person reads; messages sent to a repository stay compact.
    static QByteArray toXml(const AuditRecord& record, const AuditSource& source,
                            bool indented = false);

    static AuditCode eventId(AuditEventType type);
    static std::optional<AuditCode> eventTypeCode(const AuditRecord& record);
    static QString actionCode(AuditEventType type); // C R U D E, or empty
    // CID 405 where DICOM has a code; this application's own code for BD and other media.
    static std::optional<AuditCode> mediaTypeCode(MediaType type);
    // What a media participant's UserID says: "CD PDI20240105".
    static QString mediaDescription(MediaType type, const QString& mediumId);
};

} // namespace pdi
