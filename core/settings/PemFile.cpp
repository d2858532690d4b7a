#include "PemFile.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <dlfcn.h>

#include <memory>

namespace pdi {

namespace {

#define PDI_STRINGIFY2(x) #x
#define PDI_STRINGIFY(x) PDI_STRINGIFY2(x)

// OpenSSL's functions, from the library loaded when a file is first judged. Settings are read by
// every program, files are judged only when a setting is changed: a program that only reads them
// (the check) does not load OpenSSL at start, which cost each check 3-5 ms here (its 17,000
// relocations and its start-up). Where OpenSSL is already loaded (the other programs link it for
// passwords) this finds it there.
struct Crypto {
    decltype(&BIO_new_mem_buf) newMemoryBuffer = nullptr;
    decltype(&BIO_free) freeBuffer = nullptr;
    decltype(&PEM_read_bio_X509) readCertificate = nullptr;
    decltype(&X509_free) freeCertificate = nullptr;
    decltype(&PEM_read_bio_PrivateKey) readPrivateKey = nullptr;
    decltype(&EVP_PKEY_get_base_id) keyType = nullptr;
    decltype(&EVP_PKEY_free) freeKey = nullptr;

    bool loaded() const {
        return newMemoryBuffer && freeBuffer && readCertificate && freeCertificate &&
               readPrivateKey && keyType && freeKey;
    }
};

template <typename F> void find(void* library, const char* name, F& function) {
    function = reinterpret_cast<F>(::dlsym(library, name));
}

const Crypto& crypto() {
    static const Crypto functions = [] {
        Crypto c;
        // The library the program was built against: the same major version (its ABI).
        void* library = ::dlopen("libcrypto.so." PDI_STRINGIFY(OPENSSL_SHLIB_VERSION),
                                 RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (!library) {
            // Not seen in practice: the programs that change settings link OpenSSL themselves.
            qWarning("PEM files cannot be judged: %s", ::dlerror());
            return c;
        }
        find(library, "BIO_new_mem_buf", c.newMemoryBuffer);
        find(library, "BIO_free", c.freeBuffer);
        find(library, "PEM_read_bio_X509", c.readCertificate);
        find(library, "X509_free", c.freeCertificate);
        find(library, "PEM_read_bio_PrivateKey", c.readPrivateKey);
        find(library, "EVP_PKEY_get_base_id", c.keyType);
        find(library, "EVP_PKEY_free", c.freeKey);
        return c;
    }();
    return functions;
}

void freeBuffer(BIO* bio) {
    crypto().freeBuffer(bio);
}

// The file's bytes in a memory BIO (QFile reads the path as Qt spells it, non-ASCII included);
// none for a file that cannot be read or is empty.
// Without OpenSSL nothing can be judged, so nothing is accepted.
std::unique_ptr<BIO, decltype(&freeBuffer)> open(const QString& path, QByteArray& bytes) {
    QFile f(path);
    bytes = crypto().loaded() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    return {bytes.isEmpty() ? nullptr
                            : crypto().newMemoryBuffer(bytes.constData(), int(bytes.size())),
            &freeBuffer};
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
    X509* certificate = crypto().readCertificate(bio.get(), nullptr, noPassphrase, nullptr);
    crypto().freeCertificate(certificate);
    return certificate != nullptr;
}

bool PemFile::holdsUnencryptedPrivateKey(const QString& path) {
    QByteArray bytes;
    const auto bio = open(path, bytes);
    if (!bio)
        return false;
    EVP_PKEY* key = crypto().readPrivateKey(bio.get(), nullptr, noPassphrase, nullptr);
    const int type = key ? crypto().keyType(key) : EVP_PKEY_NONE;
    crypto().freeKey(key);
    return type == EVP_PKEY_RSA || type == EVP_PKEY_EC;
}

} // namespace pdi
