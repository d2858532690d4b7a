#include "PasswordHasher.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace pdi {

namespace {

const QLatin1String Scheme("pbkdf2-sha256");

struct StoredHash {
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
    bool valid = false;
};

StoredHash parse(const QString& stored) {
    StoredHash h;
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return h;
    bool ok = false;
    h.iterations = parts.at(1).toInt(&ok);
    if (!ok || h.iterations < PasswordHasher::MinimumIterations)
        return h;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() != PasswordHasher::KeyBytes)
        return h;
    h.salt = salt.decoded;
    h.key = key.decoded;
    h.valid = true;
    return h;
}

} // namespace

QByteArray PasswordHasher::derive(const QString& password, const QByteArray& salt, int iterations) {
    QByteArray secret = password.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray key(KeyBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), KeyBytes,
                                     reinterpret_cast<unsigned char*>(key.data()));
    // The clear text should not linger in freed heap memory.
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (ok != 1)
        return QByteArray();
    return key;
}

QString PasswordHasher::hash(const QString& password) {
    QByteArray salt(SaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), SaltBytes) != 1)
        return QString();
    const QByteArray key = derive(password, salt, Iterations);
    if (key.isEmpty())
        return QString();
    return QStringLiteral("%1$%2$%3$%4")
        .arg(Scheme)
        .arg(Iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored) {
    const StoredHash h = parse(stored);
    if (!h.valid)
        return false;
    const QByteArray key = derive(password, h.salt, h.iterations);
    return key.size() == h.key.size() &&
           CRYPTO_memcmp(key.constData(), h.key.constData(), size_t(key.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& stored) {
    const StoredHash h = parse(stored);
    return !h.valid || h.iterations < Iterations;
}

} // namespace pdi
