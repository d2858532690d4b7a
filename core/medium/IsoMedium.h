#pragma once

#include "Medium.h"

#include <functional>

namespace pdi {

// An ISO 9660 image (a file of any name, or a block device such as /dev/sr0) read without
// mounting (IsoVolumeReader). Names are the ISO 9660 names as recorded (version ";1" stripped, case
// kept): those are the names the DICOM File IDs must match.
class IsoMedium : public Medium {
public:
    using ContainerOpener = std::function<std::unique_ptr<MediumFile>()>;

    // Returns null and sets error when the container is not a readable ISO 9660 image.
    static std::unique_ptr<IsoMedium> load(const QString& location, ContainerOpener opener,
                                           const MediumLimits& limits, QString* error);

    // libisofs needs one initialisation per process; the writer shares it.
    static void initLibrary();

    MediumKind kind() const override { return MediumKind::Iso; }
    QString volumeId() const override { return volumeId_; }
    std::unique_ptr<MediumFile> open(const QString& path) const override;

    bool hasRockRidge() const { return rockRidge_; }
    bool hasJoliet() const { return joliet_; }
    bool isBootable() const { return elTorito_; }

private:
    struct Extent {
        qint64 offset;
        qint64 size;
    };
    IsoMedium() = default;

    ContainerOpener opener_;
    QString volumeId_;
    bool rockRidge_ = false;
    bool joliet_ = false;
    bool elTorito_ = false;
    QHash<QString, QVector<Extent>> extents_;

    friend class IsoVolumeReader;
};

} // namespace pdi
