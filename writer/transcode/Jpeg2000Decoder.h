#pragma once

#include "result/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>

class DcmDataset;

namespace pdi {

// Decodes JPEG 2000 Pixel Data (PS3.5 A.4.4; transfer syntaxes 1.2.840.10008.1.2.4.90-93) with
// OpenJPEG, which DCMTK 3.6.7 has no codec for, and puts native pixels in its place.
//
// What is trusted: the data set's Bits Allocated, Bits Stored and Pixel Representation, unless
// the decoded samples cannot be held by them. Known real-world mismatches and what is done:
// - codestream unsigned, Pixel Representation 1 (pydicom's J2K_pixelrep_mismatch.dcm): the
//   encoder wrote signed pixels as unsigned samples; each sample is read as a two's complement
//   number of the codestream's precision, as pydicom and GDCM do;
// - codestream signed with negative samples, Pixel Representation 0: no way to tell which side is
//   wrong; the file is refused;
// - samples need more bits than Bits Stored but fit Bits Allocated: Bits Stored and High Bit are
//   raised to what the codestream says (a note tells so);
// - YBR_RCT / YBR_ICT: OpenJPEG undoes the colour transform, so the result is RGB and Photometric
//   Interpretation becomes RGB; a file that claims them without a colour transform in the
//   codestream is refused, since its colours cannot be known.
// Part 2 codestreams (multi-component extensions) are refused: OpenJPEG decodes Part 1 only.
class Jpeg2000Decoder {
public:
    struct Decoded {
        QStringList notes;         // corrections made to the image attributes
        bool irreversible = false; // the codestream used the irreversible (lossy) wavelet
    };

    // Replaces the encapsulated Pixel Data of dataset (read with transfer syntax xfer, an
    // E_TransferSyntax) by native little endian pixels and updates the Image Pixel attributes.
    // Leaves the data set unchanged when it fails. Errors, for a person: Invalid (what is wrong
    // with the data), Storage (no memory for the pixels), Cancelled.
    static Result<Decoded> decode(DcmDataset& dataset, int xfer, quint64 maxPixelBytes,
                                  const std::atomic_bool* cancel = nullptr);
};

} // namespace pdi
