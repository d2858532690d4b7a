#pragma once

#include "AuditEvent.h"

#include <QByteArray>

namespace pdi {

// An audit message as an RFC 5424 syslog message, the way PS3.15 A.6/A.7 send them to an Audit
// Record Repository:
//   <85>1 2024-01-05T19:15:00.123+09:00 host pdistation 4242 DICOM+RFC3881 - BOM<?xml ...
// PRI is facility 10 (security/authorization) with severity 5 (notice), or 4 (warning) for
// failures and security alerts. No structured data; the MSG is the UTF-8 XML with its BOM.
class SyslogMessage {
public:
    static constexpr int Facility = 10;
    static constexpr const char* AppName = "pdistation";
    static constexpr const char* MessageId = "DICOM+RFC3881";

    static QByteArray format(const AuditRecord& record, const QByteArray& xml);
    // RFC 5425 octet-counting framing for TLS: "<length> <message>".
    static QByteArray frameForTls(const QByteArray& message);
    static int priority(const AuditRecord& record);
    // The host name as RFC 5424 allows it (printable US-ASCII, at most 255), or "-".
    static QByteArray hostName();
};

} // namespace pdi
