#include "Sha256.h"

#include <openssl/evp.h>

namespace pdi {

struct Sha256::Context {
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256()
    : context_(new Context) {
    context_->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context_->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(context_->ctx);
}

void Sha256::add(const char* data, qint64 length) {
    EVP_DigestUpdate(context_->ctx, data, size_t(length));
}

QByteArray Sha256::result() {
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(context_->ctx, reinterpret_cast<unsigned char*>(out.data()), &length);
    out.resize(int(length));
    return out;
}

} // namespace pdi
