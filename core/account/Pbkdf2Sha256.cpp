#include "Pbkdf2Sha256.h"

// SHA256_Init/Update/Transform are deprecated in OpenSSL 3 in favour of EVP, whose per-call
// context handling is exactly the cost this class exists to avoid; they remain in OpenSSL 3.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <cstring>

namespace pdi {

namespace {

constexpr int Block = SHA256_CBLOCK;
constexpr int Digest = SHA256_DIGEST_LENGTH;

void storeBigEndian(const SHA256_CTX& ctx, unsigned char* out) {
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = static_cast<unsigned char>(ctx.h[i] >> 24);
        out[4 * i + 1] = static_cast<unsigned char>(ctx.h[i] >> 16);
        out[4 * i + 2] = static_cast<unsigned char>(ctx.h[i] >> 8);
        out[4 * i + 3] = static_cast<unsigned char>(ctx.h[i]);
    }
}

// A block holding a 32-byte digest as the whole remaining message after one keyed block: the
// digest, the 0x80 terminator, zeros, and the message length (64 + 32 bytes) in bits.
void padDigestBlock(unsigned char* block) {
    std::memset(block + Digest, 0, Block - Digest);
    block[Digest] = 0x80;
    const unsigned bits = (Block + Digest) * 8;
    block[Block - 2] = static_cast<unsigned char>(bits >> 8);
    block[Block - 1] = static_cast<unsigned char>(bits);
}

// The HMAC key's inner and outer states after their one padded key block (RFC 2104).
struct KeyedStates {
    SHA256_CTX inner;
    SHA256_CTX outer;

    explicit KeyedStates(const QByteArray& secret) {
        unsigned char key[Block] = {};
        if (secret.size() > Block) {
            SHA256(reinterpret_cast<const unsigned char*>(secret.constData()),
                   size_t(secret.size()), key);
        } else {
            std::memcpy(key, secret.constData(), size_t(secret.size()));
        }
        unsigned char pad[Block];
        for (int i = 0; i < Block; ++i)
            pad[i] = key[i] ^ 0x36;
        SHA256_Init(&inner);
        SHA256_Update(&inner, pad, Block);
        for (int i = 0; i < Block; ++i)
            pad[i] = key[i] ^ 0x5c;
        SHA256_Init(&outer);
        SHA256_Update(&outer, pad, Block);
        OPENSSL_cleanse(key, sizeof key);
        OPENSSL_cleanse(pad, sizeof pad);
    }
    ~KeyedStates() {
        OPENSSL_cleanse(&inner, sizeof inner);
        OPENSSL_cleanse(&outer, sizeof outer);
    }
    KeyedStates(const KeyedStates&) = delete;
    KeyedStates& operator=(const KeyedStates&) = delete;

    // HMAC of a 32-byte message held, padded, in block; the result goes into out.
    void macOfDigest(const unsigned char* block, unsigned char* outerBlock, unsigned char* out) {
        SHA256_CTX ctx = inner;
        SHA256_Transform(&ctx, block);
        storeBigEndian(ctx, outerBlock);
        ctx = outer;
        SHA256_Transform(&ctx, outerBlock);
        storeBigEndian(ctx, out);
        OPENSSL_cleanse(&ctx, sizeof ctx);
    }
};

// T_i = U_1 ^ ... ^ U_c, U_1 = HMAC(P, S || INT(i)), U_j = HMAC(P, U_{j-1}).
void derivedBlock(KeyedStates& keyed, const QByteArray& salt, quint32 index, int iterations,
                  unsigned char* t) {
    const unsigned char counter[4] = {
        static_cast<unsigned char>(index >> 24), static_cast<unsigned char>(index >> 16),
        static_cast<unsigned char>(index >> 8), static_cast<unsigned char>(index)};
    unsigned char u[Block];
    unsigned char outerBlock[Block];
    padDigestBlock(u);
    padDigestBlock(outerBlock);

    SHA256_CTX first = keyed.inner;
    SHA256_Update(&first, salt.constData(), size_t(salt.size()));
    SHA256_Update(&first, counter, sizeof counter);
    SHA256_Final(u, &first);
    SHA256_CTX firstOuter = keyed.outer;
    SHA256_Update(&firstOuter, u, Digest);
    SHA256_Final(u, &firstOuter); // the digest only: the padding after it stays
    std::memcpy(t, u, Digest);

    for (int j = 1; j < iterations; ++j) {
        keyed.macOfDigest(u, outerBlock, u);
        for (int k = 0; k < Digest; ++k)
            t[k] ^= u[k];
    }
    OPENSSL_cleanse(u, sizeof u);
    OPENSSL_cleanse(outerBlock, sizeof outerBlock);
    OPENSSL_cleanse(&first, sizeof first);
    OPENSSL_cleanse(&firstOuter, sizeof firstOuter);
}

} // namespace

QByteArray Pbkdf2Sha256::derive(const QByteArray& secret, const QByteArray& salt, int iterations,
                                int keyBytes) {
    if (iterations < 1 || keyBytes < 1)
        return QByteArray();
    KeyedStates keyed(secret);
    QByteArray key(keyBytes, '\0');
    unsigned char t[Digest];
    for (quint32 index = 1; int(index - 1) * Digest < keyBytes; ++index) {
        derivedBlock(keyed, salt, index, iterations, t);
        const int offset = int(index - 1) * Digest;
        std::memcpy(key.data() + offset, t, size_t(qMin(Digest, keyBytes - offset)));
    }
    OPENSSL_cleanse(t, sizeof t);
    return key;
}

} // namespace pdi
