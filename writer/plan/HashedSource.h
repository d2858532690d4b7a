#pragma once

#include "medium/FolderMedium.h"
#include "medium/MediumFile.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace pdi {

// The sources of a write read so that their SHA-256 names exactly the bytes the plan parsed: a
// file of up to kMaxBytes is read once into memory, hashed, and parsed from those bytes. When
// the written medium reads back with the same hash for an object, the plan's summary of it is
// what parsing it again would give, so verification need not parse it again.
class HashedSource {
public:
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    // The whole file in memory with its hash, or nothing when it is larger than kMaxBytes or
    // could not be read whole (the caller then reads it as it is, without a hash).
    struct Held {
        std::unique_ptr<MediumFile> file;
        QByteArray sha256;
    };
    static Held hold(MediumFile& file);
};

// A source folder read as a medium whose files are held and hashed as they are opened
// (HashedSource); the hashes stay for the plan.
class HashedSourceFolder : public FolderMedium {
public:
    explicit HashedSourceFolder(const QString& root);

    std::unique_ptr<MediumFile> open(const QString& path) const override;
    // The SHA-256 of the bytes the file was read as; empty when it was not held.
    QByteArray sha256(const QString& path) const;

private:
    mutable QMutex mutex_;
    mutable QHash<QString, QByteArray> hashes_;
};

} // namespace pdi
