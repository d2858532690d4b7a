#include "LdapNames.h"

#include <ldap.h>

namespace pdi {

QString LdapNames::filterValue(const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    berval in{ber_len_t(utf8.size()), const_cast<char*>(utf8.constData())};
    berval out{0, nullptr};
    if (ldap_bv2escaped_filter_value(&in, &out) != 0)
        return QString(); // out of memory; an empty value matches nothing useful
    const QString escaped = QString::fromUtf8(out.bv_val, int(out.bv_len));
    ber_memfree(out.bv_val);
    return escaped;
}

QString LdapNames::dnValue(const QString& value) {
    QString out;
    out.reserve(value.size() + 8);
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool edge = (i == 0 && (c == QLatin1Char(' ') || c == QLatin1Char('#'))) ||
                          (i == value.size() - 1 && c == QLatin1Char(' '));
        if (c == QChar(0)) {
            out += QLatin1String("\\00");
            continue;
        }
        if (edge || QStringLiteral("\"+,;<>\\=").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString LdapNames::fill(const QString& pattern, const QString& value) {
    QString out = pattern;
    return out.replace(QLatin1String("%1"), value);
}

QString LdapNames::normalizedDn(const QString& dn) {
    char* normal = nullptr;
    const QByteArray utf8 = dn.trimmed().toUtf8();
    if (utf8.isEmpty() || ldap_dn_normalize(utf8.constData(), LDAP_DN_FORMAT_LDAP, &normal,
                                            LDAP_DN_FORMAT_LDAPV3) != LDAP_SUCCESS)
        return QString();
    const QString result = QString::fromUtf8(normal).toLower();
    ldap_memfree(normal);
    return result;
}

bool LdapNames::isDn(const QString& text) {
    return !normalizedDn(text).isEmpty();
}

bool LdapNames::sameDn(const QString& a, const QString& b) {
    const QString na = normalizedDn(a);
    return !na.isEmpty() && na == normalizedDn(b);
}

} // namespace pdi
