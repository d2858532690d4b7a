#include "HashedSource.h"

#include "medium/Sha256.h"

namespace pdi {

HashedSource::Held HashedSource::hold(MediumFile& file) {
    Held held;
    bool whole = false;
    QByteArray bytes = file.readAll(kMaxBytes, &whole);
    if (!whole)
        return held;
    Sha256 hash;
    hash.add(bytes.constData(), bytes.size());
    held.sha256 = hash.result();
    held.file = std::make_unique<MemoryMediumFile>(std::move(bytes));
    return held;
}

HashedSourceFolder::HashedSourceFolder(const QString& root)
    : FolderMedium(root, MediumLimits()) {}

std::unique_ptr<MediumFile> HashedSourceFolder::open(const QString& path) const {
    std::unique_ptr<MediumFile> file = FolderMedium::open(path);
    if (!file)
        return file;
    HashedSource::Held held = HashedSource::hold(*file);
    if (!held.file)
        return file; // too large or not read whole: read as it is (reads are positional)
    QMutexLocker lock(&mutex_);
    hashes_.insert(path, held.sha256);
    return std::move(held.file);
}

QByteArray HashedSourceFolder::sha256(const QString& path) const {
    QMutexLocker lock(&mutex_);
    return hashes_.value(path);
}

} // namespace pdi
