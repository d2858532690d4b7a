#pragma once

#include <QString>

namespace pdi {

// What a transfer syntax means for a referral medium: whether it may be written as is, must be
// decoded, or is video.
struct TransferSyntax {
    enum class Family {
        ExplicitLittle, // the only encoding a PDI medium may carry (IHE-PDI, JP-2011)
        ImplicitLittle,
        ExplicitBig,
        Deflated,
        Jpeg,
        JpegLossless,
        JpegLs,
        Jpeg2000,
        Rle,
        Video,
        OtherCompressed,
        Unknown
    };

    QString uid;
    Family family = Family::Unknown;
    bool lossy = false; // the encoding itself may lose information

    static TransferSyntax fromUid(const QString& uid);

    bool isExplicitLittleEndian() const { return family == Family::ExplicitLittle; }
    bool isCompressed() const;
    bool isVideo() const { return family == Family::Video; }
    bool isKnown() const { return family != Family::Unknown; }
    QString name() const;

    static const char* const ExplicitVrLittleEndian;
};

} // namespace pdi
