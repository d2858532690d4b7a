// The sign-in's key derivation against OpenSSL's own PBKDF2: the stored hashes of every existing
// account must still verify, so the two must agree on every input, not only on typical ones.
#include "account/PasswordHasher.h"
#include "account/Pbkdf2Sha256.h"

#include <QRandomGenerator>
#include <QtTest>

#include <openssl/evp.h>

using namespace pdi;

namespace {

QByteArray openSsl(const QByteArray& secret, const QByteArray& salt, int iterations, int keyBytes) {
    QByteArray key(keyBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), keyBytes,
                                     reinterpret_cast<unsigned char*>(key.data()));
    return ok == 1 ? key : QByteArray();
}

QByteArray randomBytes(QRandomGenerator& random, int size) {
    QByteArray bytes(size, '\0');
    for (char& c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

} // namespace

class Pbkdf2Test : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // RFC 7914, section 11: the published PBKDF2-HMAC-SHA256 test vectors.
    void publishedVectors() {
        QCOMPARE(Pbkdf2Sha256::derive("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        QCOMPARE(Pbkdf2Sha256::derive("Password", "NaCl", 80000, 64).toHex(),
                 QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
    }

    // Keys of every length around the HMAC block (64 bytes: longer ones are hashed first), empty
    // and long salts, one block of output and several, partial last blocks.
    void agreesWithOpenSsl() {
        QRandomGenerator random(20261207);
        const int secretSizes[] = {0, 1, 31, 32, 63, 64, 65, 127, 128, 200};
        const int saltSizes[] = {0, 1, 8, 16, 55, 56, 64, 119, 300};
        const int keySizes[] = {1, 16, 31, 32, 33, 64, 100};
        const int iterationCounts[] = {1, 2, 3, 17, 1000};
        int compared = 0;
        for (const int secretSize : secretSizes) {
            for (const int saltSize : saltSizes) {
                const QByteArray secret = randomBytes(random, secretSize);
                const QByteArray salt = randomBytes(random, saltSize);
                const int iterations = iterationCounts[compared % 5];
                const int keyBytes = keySizes[compared % 7];
                QCOMPARE(Pbkdf2Sha256::derive(secret, salt, iterations, keyBytes).toHex(),
                         openSsl(secret, salt, iterations, keyBytes).toHex());
                ++compared;
            }
        }
        QCOMPARE(compared, 90);
    }

    // What the station stores: a 32-byte key from a 16-byte salt at the full iteration count,
    // for a Japanese password (UTF-8 after NFC, as PasswordHasher gives it).
    void agreesAtTheStationsParameters() {
        const QByteArray secret = QStringLiteral("パスワード-Quiet-2718").toUtf8();
        const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QCOMPARE(Pbkdf2Sha256::derive(secret, salt, PasswordHasher::Iterations,
                                      PasswordHasher::KeyBytes),
                 openSsl(secret, salt, PasswordHasher::Iterations, PasswordHasher::KeyBytes));
    }

    // A hash stored by the OpenSSL derivation this class replaced still verifies.
    void storedHashesStillVerify() {
        const QByteArray salt = QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90");
        const QByteArray key = openSsl("correct horse battery", salt, PasswordHasher::Iterations,
                                       PasswordHasher::KeyBytes);
        const QString stored =
            QStringLiteral("pbkdf2-sha256$%1$%2$%3")
                .arg(PasswordHasher::Iterations)
                .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse battery"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse batterY"), stored));
    }

    void refusesNonsense() {
        QVERIFY(Pbkdf2Sha256::derive("x", "salt", 0, 32).isEmpty());
        QVERIFY(Pbkdf2Sha256::derive("x", "salt", 1, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(Pbkdf2Test)
#include "tst_pbkdf2.moc"
