#pragma once

#include "CheckReport.h"
#include "audit/AuditEvent.h"
#include "result/Result.h"

#include <optional>

namespace pdi {

class AuditTrail;
class Session;

// What checking an incoming medium puts on the record (PS3.15 A.5: DICOM Instances Accessed with
// the medium as Source Media): who checked which medium, whose images it holds, and what the check
// found. An autorun or a program on the medium is also a security alert (medium-content), so
// that the Audit Record Repository sees hostile media without reading every check.
class CheckAudit {
public:
    // The check record: patients (decoded names), Study Instance UIDs, the medium and in details
    // the flags that were set, the error and warning counts and the number of DICOM objects.
    static AuditEvent checkEvent(const Session& session, const CheckReport& report,
                                 MediaType mediaType);
    // The medium-content alert, or nullopt when the medium carries no autorun and no program.
    static std::optional<AuditEvent> contentAlert(const Session& session, const CheckReport& report,
                                                  MediaType mediaType);

    // Records the check and its alert in one transaction (Permission::Check). Returns the check
    // record.
    static Result<AuditRecord> record(const AuditTrail& audit, const Session& session,
                                      const CheckReport& report, MediaType mediaType);

    // What identifies the medium: the volume ID, else the File-set ID, else where it was opened.
    static QString mediumId(const CheckReport& report);
    // The best guess when the caller does not know the drive: an image or archive file is a
    // file (DICOM's URI media type), anything else "other".
    static MediaType guessMediaType(const CheckReport& report);
};

} // namespace pdi
