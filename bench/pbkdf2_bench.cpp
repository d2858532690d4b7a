// The sign-in's key derivation (Pbkdf2Sha256, 600,000 iterations) against OpenSSL's
// PKCS5_PBKDF2_HMAC with the same inputs, in one run: medians of the thread's CPU time.
//   build/bin/pdi_bench_pbkdf2 [RUNS]
#include "account/PasswordHasher.h"
#include "account/Pbkdf2Sha256.h"

#include <QByteArray>
#include <QTextStream>

#include <openssl/evp.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace {

double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double median(int runs, const std::function<QByteArray()>& derive, QByteArray* key) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuSeconds();
        *key = derive();
        times.push_back(cpuSeconds() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const QByteArray secret = "Quiet-Harbour-2718";
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const int iterations = pdi::PasswordHasher::Iterations;
    const int keyBytes = pdi::PasswordHasher::KeyBytes;
    QByteArray ours;
    QByteArray theirs;
    const double oursSeconds = median(
        runs, [&] { return pdi::Pbkdf2Sha256::derive(secret, salt, iterations, keyBytes); }, &ours);
    const double theirsSeconds = median(
        runs,
        [&] {
            QByteArray key(keyBytes, '\0');
            PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                              reinterpret_cast<const unsigned char*>(salt.constData()),
                              int(salt.size()), iterations, EVP_sha256(), keyBytes,
                              reinterpret_cast<unsigned char*>(key.data()));
            return key;
        },
        &theirs);
    QTextStream out(stdout);
    if (ours != theirs) {
        out << "the two derivations differ\n";
        return 1;
    }
    out << QStringLiteral("PBKDF2-HMAC-SHA256, %1 iterations, CPU time, median of %2\n")
               .arg(iterations)
               .arg(runs);
    out << QStringLiteral("  Pbkdf2Sha256::derive     %1 s\n").arg(oursSeconds, 0, 'f', 4);
    out << QStringLiteral("  OpenSSL PKCS5_PBKDF2_HMAC %1 s\n").arg(theirsSeconds, 0, 'f', 4);
    out << QStringLiteral("  ratio %1\n").arg(oursSeconds / theirsSeconds, 0, 'f', 3);
    return 0;
}
