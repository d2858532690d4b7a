#pragma once

#include <QByteArray>
#include <QString>

namespace pdi {

// Salted PBKDF2-HMAC-SHA256 (Pbkdf2Sha256, on OpenSSL's SHA-256). The stored form names its
// parameters, so the iteration count can be raised later without breaking existing accounts:
//   pbkdf2-sha256$<iterations>$<salt, base64>$<derived key, base64>
// Passwords are normalised to Unicode NFC first: the same Japanese password typed through two
// input methods must match.
class PasswordHasher {
public:
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.08 s on a current office PC.
    static constexpr int Iterations = 600000;
    // Stored hashes below this are refused outright (a tampered or foreign row).
    static constexpr int MinimumIterations = 200000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    // An empty result only when OpenSSL fails (no randomness); callers treat it as an error.
    static QString hash(const QString& password);
    // Constant-time comparison; false for anything that is not a well-formed stored hash.
    static bool verify(const QString& password, const QString& stored);
    // True when the stored hash uses fewer iterations than Iterations (rehash after login).
    static bool needsRehash(const QString& stored);

private:
    static QByteArray derive(const QString& password, const QByteArray& salt, int iterations);
};

} // namespace pdi
