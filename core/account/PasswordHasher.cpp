#include "PasswordHasher.h"

#include "Pbkdf2Sha256.h"

#include <QStringList>

#include <openssl/crypto.h>
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
    const QByteArray key = Pbkdf2Sha256::derive(secret, salt, iterations, KeyBytes);
    // The clear text should not linger in freed heap memory.
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
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
