#include "SyslogMessage.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace pdi {

int SyslogMessage::priority(const AuditRecord& record) {
    const bool warning = record.event.outcome != AuditOutcome::Success ||
                         record.event.type == AuditEventType::SecurityAlert;
    return Facility * 8 + (warning ? 4 : 5);
}

QByteArray SyslogMessage::hostName() {
    QByteArray host;
    for (char c : QSysInfo::machineHostName().toLatin1()) {
        if (c >= 33 && c <= 126)
            host += c;
    }
    host.truncate(255);
    return host.isEmpty() ? QByteArrayLiteral("-") : host;
}

QByteArray SyslogMessage::format(const AuditRecord& record, const QByteArray& xml) {
    QByteArray m;
    m += '<' + QByteArray::number(priority(record)) + ">1 ";
    m += record.localTime().toLatin1() + ' ';
    m += hostName() + ' ';
    m += QByteArray(AppName) + ' ';
    m += QByteArray::number(QCoreApplication::applicationPid()) + ' ';
    m += QByteArray(MessageId) + ' ';
    m += "- ";
    m += "\xEF\xBB\xBF"; // BOM: the MSG is UTF-8 (RFC 5424 6.4)
    m += xml;
    return m;
}

QByteArray SyslogMessage::frameForTls(const QByteArray& message) {
    return QByteArray::number(message.size()) + ' ' + message;
}

} // namespace pdi
