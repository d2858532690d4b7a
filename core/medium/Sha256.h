#pragma once

#include <QByteArray>

#include <memory>

namespace pdi {

// SHA-256 through OpenSSL, which uses the CPU's SHA instructions; Qt's own implementation is
// several times slower, and a medium's manifest hashes every byte twice (before and after).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qint64 length);
    QByteArray result(); // 32 bytes; the object is finished afterwards

private:
    struct Context;
    std::unique_ptr<Context> context_;
};

} // namespace pdi
