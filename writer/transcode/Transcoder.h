#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

class DcmItem;

namespace pdi {

struct DicomSummary;

struct TranscodeOptions {
    // Decoded pixel data larger than this is refused instead of allocated (a damaged header can
    // claim any size).
    quint64 maxPixelBytes = quint64(2) * 1024 * 1024 * 1024;
    // Set by another thread to stop; checked between frames and before the output is written.
    const std::atomic_bool* cancel = nullptr;
};

struct TranscodeResult {
    enum class Failure {
        None,
        NotReadable, // the input cannot be opened
        NotDicom,    // the input is not DICOM
        Damaged,     // DICOM, but its header or compressed pixels cannot be read to the end
        Video,       // MPEG-2 / MPEG-4 / HEVC: never decoded here; the caller decides
        Unsupported, // a transfer syntax or an image layout this transcoder cannot decode
        WriteFailed, // the output cannot be written
        Cancelled
    };
    enum class Codec {
        None,    // only re-encoded (implicit VR, big endian, no meta header)
        Deflate, // the whole data set was zlib-deflated
        Jpeg,    // DCMTK dcmjpeg (baseline, extended, lossless)
        JpegLs,  // DCMTK dcmjpls
        Rle,     // DCMTK RLE decoder
        Jpeg2000 // OpenJPEG
    };

    bool ok = false;
    Failure failure = Failure::None;
    QString message; // when it fails: what is wrong and what to do, for a person

    QString sourceTransferSyntax; // UID the input was encoded with
    Codec decodedCodec = Codec::None;
    bool lossy = false;          // the output carries Lossy Image Compression = 01
    bool lossyMarkAdded = false; // ... and the input did not
    QStringList notes;           // corrections to image attributes, for the report
    // The input's file meta information named another object than its data set; the output's
    // header was made from the data set. What the old header said, for a person.
    QString metaCorrection;
    qint64 outputSize = 0;
    // What the written file meta information names (from the data set), for the DICOMDIR.
    QString sopClassUid;
    QString sopInstanceUid;

    static QString codecName(Codec codec);
};

// Rewrites one DICOM file as Part 10, Explicit VR Little Endian, uncompressed: the only encoding
// a referral medium may carry (IHE-PDI, JP-2011/2015). Every attribute of the data set is kept as
// it is (private ones, sequences, Specific Character Set and its text bytes); only the pixel data,
// the attributes that describe it and the file meta header change. A lossy source stays marked
// lossy. Safe to call from several threads at once on different files.
class Transcoder {
    Q_DECLARE_TR_FUNCTIONS(pdi::Transcoder)

public:
    // Writes outputPath + ".part" and renames it to outputPath; on failure nothing is left at
    // either path (an existing outputPath is left as it was).
    static TranscodeResult toExplicitLittleEndian(const QString& inputPath,
                                                  const QString& outputPath,
                                                  const TranscodeOptions& options = {});

    // True unless the file is already Part 10 and Explicit VR Little Endian with file meta
    // information that agrees with its data set. Video files need it too (and
    // toExplicitLittleEndian refuses them).
    static bool needsTranscoding(const DicomSummary& summary);
    // Gives elements stored with the unknown VR UN whose dictionary VR is a string VR that VR,
    // values unchanged, as every transcoded file has them (the file meta and the DICOMDIR need
    // the SOP UIDs as UI). Returns how many were retyped.
    static int giveDictionaryVrs(DcmItem& item);
};

} // namespace pdi
