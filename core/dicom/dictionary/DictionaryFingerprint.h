#pragma once

// Shared by the build-time table maker and the program: which files DCMTK loads its data
// dictionary from by default, and a fingerprint of their bytes. Standard C++ only (the table
// maker links no Qt).
#include <dcmtk/config/osconfig.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

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

// Appends the file's bytes and a separator; false when it cannot be read.
inline bool appendFile(const std::string& path, std::string& bytes) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return false;
    char buffer[65536];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
        bytes.append(buffer, n);
    const bool ok = !std::ferror(f);
    std::fclose(f);
    bytes += '\0';
    return ok;
}

// FNV-1a over 64-bit words (then the last bytes), with a shift that carries the high bits
// down: not for security, only to notice that the files changed, in a tenth of a millisecond.
inline unsigned long long fingerprint(const std::string& bytes) {
    constexpr std::uint64_t kPrime = 1099511628211ull;
    std::uint64_t h = 14695981039346656037ull;
    size_t i = 0;
    for (; i + sizeof(std::uint64_t) <= bytes.size(); i += sizeof(std::uint64_t)) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, sizeof word);
        h = (h ^ word) * kPrime;
        h ^= h >> 29;
    }
    for (; i < bytes.size(); ++i)
        h = (h ^ static_cast<unsigned char>(bytes[i])) * kPrime;
    return h;
}

} // namespace pdi::dictionary
