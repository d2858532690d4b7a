#pragma once

#include "Medium.h"

#include <QMutex>

#include <functional>

namespace pdi {

// A ZIP archive (Orthanc's media download is one) read with minizip, without extracting it.
// Members whose names would leave the archive root ("..", absolute paths) are never read. When
// the whole content sits in one top-level folder that holds the DICOMDIR, that folder is the root.
class ZipMedium : public Medium {
public:
    using ContainerOpener = std::function<std::unique_ptr<MediumFile>()>;

    static std::unique_ptr<ZipMedium> load(const QString& location, ContainerOpener opener,
                                           const MediumLimits& limits, QString* error);
    ~ZipMedium() override;

    MediumKind kind() const override { return MediumKind::Zip; }
    std::unique_ptr<MediumFile> open(const QString& path) const override;

    QString strippedTopFolder() const { return topFolder_; }

    // A minizip handle; handles are pooled so that several threads can read members at once.
    struct Handle;

private:
    struct Member {
        quint64 posInCentralDir = 0;
        quint64 numOfFile = 0;
        bool stored = false;
        bool encrypted = false;
        qint64 size = 0;
    };
    ZipMedium() = default;
    Handle* acquire() const;
    void release(Handle* handle) const;

    ContainerOpener opener_;
    QString topFolder_;
    QHash<QString, Member> members_;
    mutable QMutex poolMutex_;
    mutable QVector<Handle*> pool_;

    friend class ZipMemberReader;
};

} // namespace pdi
