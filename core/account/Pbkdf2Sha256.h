#pragma once

#include <QByteArray>

namespace pdi {

// PBKDF2-HMAC-SHA256 (RFC 8018, 5.2), the same function as OpenSSL's PKCS5_PBKDF2_HMAC with
// SHA-256, in about a third of its time: OpenSSL's loop copies and frees two digest contexts per
// iteration through its provider layer, which costs more than the two SHA-256 blocks an
// iteration hashes. Here the keyed inner and outer states are computed once and every iteration
// is exactly two block transforms (SHA-NI where the CPU has it). The sign-in pays for every
// iteration; an attacker's optimised implementation never paid the overhead, so removing it
// costs no strength.
class Pbkdf2Sha256 {
public:
    // An empty result when iterations < 1 or keyBytes < 1.
    static QByteArray derive(const QByteArray& secret, const QByteArray& salt, int iterations,
                             int keyBytes);
};

} // namespace pdi
