#include "TransferSyntax.h"

#include <QCoreApplication>

namespace pdi {

const char* const TransferSyntax::ExplicitVrLittleEndian = "1.2.840.10008.1.2.1";

namespace {

struct Known {
    const char* uid;
    TransferSyntax::Family family;
    bool lossy;
    const char* name;
};

const Known kKnown[] = {
    {"1.2.840.10008.1.2", TransferSyntax::Family::ImplicitLittle, false,
     "Implicit VR Little Endian"},
    {"1.2.840.10008.1.2.1", TransferSyntax::Family::ExplicitLittle, false,
     "Explicit VR Little Endian"},
    {"1.2.840.10008.1.2.2", TransferSyntax::Family::ExplicitBig, false, "Explicit VR Big Endian"},
    {"1.2.840.10008.1.2.1.99", TransferSyntax::Family::Deflated, false,
     "Deflated Explicit VR Little Endian"},
    {"1.2.840.10008.1.2.4.50", TransferSyntax::Family::Jpeg, true, "JPEG Baseline"},
    {"1.2.840.10008.1.2.4.51", TransferSyntax::Family::Jpeg, true, "JPEG Extended"},
    {"1.2.840.10008.1.2.4.57", TransferSyntax::Family::JpegLossless, false, "JPEG Lossless"},
    {"1.2.840.10008.1.2.4.70", TransferSyntax::Family::JpegLossless, false, "JPEG Lossless SV1"},
    {"1.2.840.10008.1.2.4.80", TransferSyntax::Family::JpegLs, false, "JPEG-LS Lossless"},
    {"1.2.840.10008.1.2.4.81", TransferSyntax::Family::JpegLs, true, "JPEG-LS Near-Lossless"},
    {"1.2.840.10008.1.2.4.90", TransferSyntax::Family::Jpeg2000, false, "JPEG 2000 Lossless"},
    {"1.2.840.10008.1.2.4.91", TransferSyntax::Family::Jpeg2000, true, "JPEG 2000"},
    {"1.2.840.10008.1.2.4.92", TransferSyntax::Family::Jpeg2000, false,
     "JPEG 2000 Part 2 Lossless"},
    {"1.2.840.10008.1.2.4.93", TransferSyntax::Family::Jpeg2000, true, "JPEG 2000 Part 2"},
    {"1.2.840.10008.1.2.4.94", TransferSyntax::Family::OtherCompressed, false, "JPIP Referenced"},
    {"1.2.840.10008.1.2.4.95", TransferSyntax::Family::OtherCompressed, false,
     "JPIP Referenced Deflate"},
    {"1.2.840.10008.1.2.5", TransferSyntax::Family::Rle, false, "RLE Lossless"},
    {"1.2.840.10008.1.2.4.100", TransferSyntax::Family::Video, true, "MPEG2 Main Profile"},
    {"1.2.840.10008.1.2.4.101", TransferSyntax::Family::Video, true, "MPEG2 High Profile"},
    {"1.2.840.10008.1.2.4.102", TransferSyntax::Family::Video, true, "MPEG-4 AVC/H.264"},
    {"1.2.840.10008.1.2.4.103", TransferSyntax::Family::Video, true, "MPEG-4 AVC/H.264 BD"},
    {"1.2.840.10008.1.2.4.104", TransferSyntax::Family::Video, true, "MPEG-4 AVC/H.264 2D"},
    {"1.2.840.10008.1.2.4.105", TransferSyntax::Family::Video, true, "MPEG-4 AVC/H.264 3D"},
    {"1.2.840.10008.1.2.4.106", TransferSyntax::Family::Video, true, "MPEG-4 AVC/H.264 Stereo"},
    {"1.2.840.10008.1.2.4.107", TransferSyntax::Family::Video, true, "HEVC/H.265 Main"},
    {"1.2.840.10008.1.2.4.108", TransferSyntax::Family::Video, true, "HEVC/H.265 Main 10"},
    {"1.2.840.10008.1.2.4.110", TransferSyntax::Family::OtherCompressed, false, "JPEG XL Lossless"},
    {"1.2.840.10008.1.2.4.111", TransferSyntax::Family::OtherCompressed, false,
     "JPEG XL JPEG Recompression"},
    {"1.2.840.10008.1.2.4.112", TransferSyntax::Family::OtherCompressed, true, "JPEG XL"},
    {"1.2.840.10008.1.2.4.201", TransferSyntax::Family::OtherCompressed, false, "HTJ2K Lossless"},
    {"1.2.840.10008.1.2.4.202", TransferSyntax::Family::OtherCompressed, false,
     "HTJ2K Lossless RPCL"},
    {"1.2.840.10008.1.2.4.203", TransferSyntax::Family::OtherCompressed, true, "HTJ2K"},
};

} // namespace

TransferSyntax TransferSyntax::fromUid(const QString& uid) {
    TransferSyntax ts;
    ts.uid = uid;
    for (const Known& k : kKnown) {
        if (uid == QLatin1String(k.uid)) {
            ts.family = k.family;
            ts.lossy = k.lossy;
            return ts;
        }
    }
    return ts;
}

bool TransferSyntax::isCompressed() const {
    switch (family) {
    case Family::ExplicitLittle:
    case Family::ImplicitLittle:
    case Family::ExplicitBig:
        return false;
    case Family::Unknown:
        return !uid.isEmpty();
    default:
        return true;
    }
}

QString TransferSyntax::name() const {
    for (const Known& k : kKnown) {
        if (uid == QLatin1String(k.uid))
            return QString::fromLatin1(k.name);
    }
    return uid.isEmpty() ? QCoreApplication::translate("pdi::TransferSyntax", "none") : uid;
}

} // namespace pdi
