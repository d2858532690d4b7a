#pragma once

#include <QString>

namespace pdi {

// Whether a setting names a computer on the network: a host name (letters, digits and hyphens in
// dot-separated labels) or an IPv4 or IPv6 address (with an interface after '%' for a link-local
// one). Checked without Qt's network library, so that a program that only reads settings (the
// check) does not load it.
class NetworkAddress {
public:
    static bool isHostNameOrAddress(const QString& text);
};

} // namespace pdi
