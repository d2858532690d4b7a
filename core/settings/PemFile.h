#pragma once

#include <QString>

namespace pdi {

// What a PEM file named in a setting holds, for the settings that name TLS files (the audit
// repository's, the directory's, a DICOM node's). Read with OpenSSL, which Qt's TLS uses on this
// platform too, and not through Qt's network library, so that a program that only reads
// settings (the check) does not load it.
class PemFile {
public:
    // At least one X.509 certificate.
    static bool holdsCertificate(const QString& path);
    // An RSA or EC private key that needs no passphrase (a station starts unattended).
    static bool holdsUnencryptedPrivateKey(const QString& path);
};

} // namespace pdi
