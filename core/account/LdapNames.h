#pragma once

#include <QString>

namespace pdi {

// Names and values as LDAP wants them, so that nothing a person types changes the meaning of a
// filter or a DN (OpenLDAP's own routines where it has them).
class LdapNames {
public:
    // An assertion value in a search filter (RFC 4515 section 3): * ( ) \ and NUL as \2a \28
    // \29 \5c \00. "*)(uid=*" stays one literal value.
    static QString filterValue(const QString& value);
    // An attribute value in a DN (RFC 4514 section 2.4): " + , ; < > \ and NUL escaped, and a
    // leading space or #, a trailing space.
    static QString dnValue(const QString& value);
    // template with every %1 replaced by value (already escaped); other % signs are kept.
    static QString fill(const QString& pattern, const QString& value);

    // Whether text is a syntactically valid DN (RFC 4514).
    static bool isDn(const QString& text);
    // DNs compare equal when they name the same entry: attribute types and values without
    // regard to letter case or the spaces around separators. Not a schema-aware match, which
    // only the server can make; directories hand back DNs in one spelling, so this suffices.
    static bool sameDn(const QString& a, const QString& b);
    static QString normalizedDn(const QString& dn); // lower case, RFC 4514 form; empty if invalid
};

} // namespace pdi
