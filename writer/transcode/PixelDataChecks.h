#pragma once

#include <QCoreApplication>
#include <QString>

class DcmDataset;

namespace pdi {

// What the transcoder checks of a data set's pixels before it lets a decoder loose on them.
class PixelDataChecks {
    Q_DECLARE_TR_FUNCTIONS(pdi::PixelDataChecks)

public:
    // DCMTK's RLE decoder fills what a short segment lacks and carries on, so a truncated RLE
    // frame would reach the medium as an image with a grey band: each segment must decode to a
    // full plane. The problem in words, empty when there is none or
    // when DCMTK's decoder reports it itself.
    static QString rleFramesProblem(DcmDataset& ds);
    // What the native pixels take, from the image attributes: a damaged header can claim any
    // size, and decoders allocate it before they find out.
    static quint64 nativeBytes(DcmDataset& ds);
};

} // namespace pdi
