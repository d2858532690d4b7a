#pragma once

// Shared by the build-time table maker and the program: which files DCMTK loads its data
// dictionary from by default, and a fingerprint of their bytes. Standard C++ only (the table
// maker links no Qt).
#include <dcmtk/config/osconfig.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pdi::dictionary {

// DCM_DICT_DEFAULT_PATH split at the path separator, as DCMTK splits it.
inline std::vector<std::string> defaultPaths() {
    std::vector<std::string> paths;
    std::string current;
    for (const char* p = DCM_DICT_DEFAULT_PATH;; ++p) {
        if (*p == ENVIRONMENT_PATH_SEPARATOR || *p == '\0') {
            if (!current.empty())
                paths.push_back(current);
            current.clear();
            if (*p == '\0')
                break;
        } else {
            current += *p;
        }
    }
    return paths;
}

// FNV-1a over 64-bit words (then the last bytes), with a shift that carries the high bits
// down: not for security, only to notice that the files changed, in a tenth of a millisecond.
// The bytes may arrive in pieces of any size: the value is that of all of them in a row.
class Fingerprint {
public:
    void add(const char* data, std::size_t size) {
        if (size == 0)
            return;
        if (carried_ > 0) {
            while (carried_ < sizeof carry_ && size > 0) {
                carry_[carried_++] = *data++;
                --size;
            }
            if (carried_ < sizeof carry_)
                return;
            addWord(carry_);
            carried_ = 0;
        }
        for (; size >= sizeof(std::uint64_t);
             data += sizeof(std::uint64_t), size -= sizeof(std::uint64_t))
            addWord(data);
        std::memcpy(carry_, data, size);
        carried_ = size;
    }

    unsigned long long value() const {
        std::uint64_t h = h_;
        for (std::size_t i = 0; i < carried_; ++i)
            h = (h ^ static_cast<unsigned char>(carry_[i])) * kPrime;
        return h;
    }

private:
    static constexpr std::uint64_t kPrime = 1099511628211ull;

    void addWord(const char* bytes) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes, sizeof word);
        h_ = (h_ ^ word) * kPrime;
        h_ ^= h_ >> 29;
    }

    std::uint64_t h_ = 14695981039346656037ull;
    char carry_[sizeof(std::uint64_t)] = {};
    std::size_t carried_ = 0;
};

// Adds the file's bytes and a separator; false when it cannot be read. Read piece by piece into
// one small buffer, not copied whole: a program start pays for this on every check, and a copy
// of 430 KB is a hundred fresh pages to fault in. (Not mapped: a file cut short while mapped
// would end the program with SIGBUS instead of a mismatch.)
inline bool addFile(const std::string& path, Fingerprint& fingerprint) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    char buffer[32768];
    for (ssize_t n = 0; ok && (n = ::read(fd, buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            fingerprint.add(buffer, std::size_t(n));
    }
    ::close(fd);
    fingerprint.add("", 1);
    return ok;
}

} // namespace pdi::dictionary
