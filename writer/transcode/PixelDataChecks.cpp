#include "PixelDataChecks.h"

#include "transcode/EncapsulatedFrames.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>

namespace pdi {

namespace {

// The image attributes that say how large the pixels are.
struct Geometry {
    Uint16 rows = 0, columns = 0, samples = 1, bitsAllocated = 0;
    Sint32 frames = 1;
    explicit Geometry(DcmDataset& ds) {
        ds.findAndGetUint16(DCM_Rows, rows);
        ds.findAndGetUint16(DCM_Columns, columns);
        ds.findAndGetUint16(DCM_SamplesPerPixel, samples);
        ds.findAndGetUint16(DCM_BitsAllocated, bitsAllocated);
        if (ds.findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
            frames = 1;
    }
};

} // namespace

QString PixelDataChecks::rleFramesProblem(DcmDataset& ds) {
    const Geometry g(ds);
    const Uint16 rows = g.rows, columns = g.columns, samples = g.samples,
                 bitsAllocated = g.bitsAllocated;
    const Sint32 numberOfFrames = g.frames;
    DcmElement* element = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, element).bad() || !element ||
        element->ident() != EVR_PixelData || bitsAllocated % 8 != 0 || bitsAllocated == 0)
        return QString(); // DCMTK's decoder reports these
    DcmPixelSequence* sequence = nullptr;
    if (static_cast<DcmPixelData*>(element)
            ->getEncapsulatedRepresentation(EXS_RLELossless, nullptr, sequence)
            .bad() ||
        !sequence)
        return QString();
    QString error;
    const QList<QList<unsigned long>> frames =
        EncapsulatedFrames::locate(*sequence, numberOfFrames, {}, &error);
    if (frames.isEmpty())
        return QString(); // fragments DCMTK may still make sense of
    const quint64 plane = quint64(rows) * columns;
    const quint32 segments = quint32(samples) * (bitsAllocated / 8);
    for (int f = 0; f < frames.size(); ++f) {
        QByteArray frame;
        if (!EncapsulatedFrames::read(*sequence, frames.at(f), &frame, &error))
            return error;
        const auto* p = reinterpret_cast<const uchar*>(frame.constData());
        const quint64 size = quint64(frame.size());
        auto u32 = [p](int at) {
            return quint32(p[at]) | (quint32(p[at + 1]) << 8) | (quint32(p[at + 2]) << 16) |
                   (quint32(p[at + 3]) << 24);
        };
        if (size < 64 || u32(0) != segments)
            return PixelDataChecks::tr("frame %1 has no valid RLE header").arg(f + 1);
        for (quint32 s = 0; s < segments; ++s) {
            const quint64 begin = u32(4 + 4 * int(s));
            const quint64 end = s + 1 < segments ? u32(8 + 4 * int(s)) : size;
            if (begin < 64 || begin > end || end > size)
                return PixelDataChecks::tr("frame %1 has an RLE segment outside the frame")
                    .arg(f + 1);
            // PackBits (PS3.5 G.3.1): count what the segment decodes to.
            quint64 produced = 0;
            quint64 at = begin;
            while (produced < plane && at < end) {
                const int n = static_cast<signed char>(p[at++]);
                if (n >= 0) {
                    const quint64 literal = quint64(n) + 1;
                    produced += qMin(literal, end - at);
                    at += literal;
                } else if (n != -128) {
                    if (at >= end)
                        break;
                    produced += quint64(1 - n);
                    ++at;
                }
            }
            if (produced < plane)
                return PixelDataChecks::tr("RLE segment %1 of frame %2 ends after %3 of %4 bytes")
                    .arg(s + 1)
                    .arg(f + 1)
                    .arg(produced)
                    .arg(plane);
        }
    }
    return QString();
}

quint64 PixelDataChecks::nativeBytes(DcmDataset& ds) {
    const Geometry g(ds);
    return quint64(g.rows) * g.columns * g.samples * quint64(g.frames) *
           ((g.bitsAllocated + 7) / 8);
}

} // namespace pdi
