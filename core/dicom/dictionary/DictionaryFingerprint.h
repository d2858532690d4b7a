#pragma once

// Shared by the build-time table maker and the program: which files DCMTK loads its data
// dictionary from by default, and a fingerprint of their bytes. Standard C++ only (the table
// maker links no Qt).
#include <dcmtk/config/osconfig.h>

#include <cstdint>
#include <cstdio>
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

// 64-bit FNV-1a: not for security, only to notice that the files changed.
inline unsigned long long fingerprint(const std::string& bytes) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace pdi::dictionary
