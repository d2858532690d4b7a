#include "PemFile.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace pdi {

namespace {

// The file's bytes in a memory BIO (QFile reads the path as Qt spells it, non-ASCII included);
// none for a file that cannot be read or is empty.
std::unique_ptr<BIO, decltype(&BIO_free)> open(const QString& path, QByteArray& bytes) {
    QFile f(path);
    bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    return {bytes.isEmpty() ? nullptr : BIO_new_mem_buf(bytes.constData(), int(bytes.size())),
            &BIO_free};
}

// Asked for a passphrase: there is none to give.
int noPassphrase(char*, int, int, void*) {
    return 0;
}

} // namespace

bool PemFile::holdsCertificate(const QString& path) {
    QByteArray bytes;
    const auto bio = open(path, bytes);
    if (!bio)
        return false;
    // Skips PEM blocks of other kinds before the first certificate.
    X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr);
    X509_free(certificate);
    return certificate != nullptr;
}

bool PemFile::holdsUnencryptedPrivateKey(const QString& path) {
    QByteArray bytes;
    const auto bio = open(path, bytes);
    if (!bio)
        return false;
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr);
    const int type = key ? EVP_PKEY_get_base_id(key) : EVP_PKEY_NONE;
    EVP_PKEY_free(key);
    return type == EVP_PKEY_RSA || type == EVP_PKEY_EC;
}

} // namespace pdi
