#include "NetworkAddress.h"

#include <QRegularExpression>

#include <arpa/inet.h>

namespace pdi {

namespace {

bool isAddress(const QString& text) {
    // Surrounding blanks are not part of an address (Qt reads it the same way when connecting).
    const QByteArray ascii = text.trimmed().toLatin1();
    unsigned char bytes[16];
    if (::inet_pton(AF_INET, ascii.constData(), bytes) == 1)
        return true;
    // A link-local IPv6 address names the interface it is reached through: fe80::1%eth0.
    const qsizetype percent = ascii.indexOf('%');
    if (percent >= 0) {
        static const QRegularExpression interface(QStringLiteral("^[A-Za-z0-9_.-]{0,15}$"));
        if (!interface.match(QString::fromLatin1(ascii.sliced(percent + 1))).hasMatch())
            return false;
    }
    return ::inet_pton(AF_INET6, ascii.left(percent < 0 ? ascii.size() : percent).constData(),
                       bytes) == 1;
}

} // namespace

bool NetworkAddress::isHostNameOrAddress(const QString& text) {
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]"
                       "*[A-Za-z0-9])?)*$"));
    return !text.isEmpty() && (hostName.match(text).hasMatch() || isAddress(text));
}

} // namespace pdi
