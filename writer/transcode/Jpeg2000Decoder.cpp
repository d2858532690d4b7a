#include "Jpeg2000Decoder.h"

#include "transcode/EncapsulatedFrames.h"
#include "transcode/Transcoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>

#include <openjpeg.h>

#include <cstring>
#include <memory>

namespace pdi {

namespace {

const char kJ2kStart[] = "\xFF\x4F\xFF\x51"; // SOC followed by SIZ
const char kJp2Signature[] = "\x00\x00\x00\x0C\x6A\x50\x20\x20\x0D\x0A\x87\x0A";

bool isCodestream(const QByteArray& head) {
    return head.startsWith(QByteArray::fromRawData(kJ2kStart, 4));
}
bool isJp2(const QByteArray& head) {
    return head.startsWith(QByteArray::fromRawData(kJp2Signature, 12));
}

// The codestream's Rsiz (capabilities), from the SIZ marker segment; -1 when not found.
int capabilities(const QByteArray& frame) {
    const int at = frame.indexOf(QByteArray::fromRawData(kJ2kStart, 4));
    if (at < 0 || frame.size() < at + 8)
        return -1;
    const auto* p = reinterpret_cast<const uchar*>(frame.constData()) + at;
    return (p[6] << 8) | p[7];
}

// OpenJPEG reads the frame from memory; DCMTK already holds it.
struct MemoryStream {
    const uchar* data = nullptr;
    size_t size = 0;
    size_t position = 0;
};

OPJ_SIZE_T readMemory(void* buffer, OPJ_SIZE_T count, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    const size_t left = s->size - s->position;
    if (left == 0)
        return OPJ_SIZE_T(-1);
    const size_t n = qMin<size_t>(left, count);
    std::memcpy(buffer, s->data + s->position, n);
    s->position += n;
    return n;
}

OPJ_OFF_T skipMemory(OPJ_OFF_T count, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (count < 0) {
        const size_t back = qMin<size_t>(s->position, size_t(-count));
        s->position -= back;
        return -OPJ_OFF_T(back);
    }
    const size_t forward = qMin<size_t>(s->size - s->position, size_t(count));
    s->position += forward;
    return OPJ_OFF_T(forward);
}

OPJ_BOOL seekMemory(OPJ_OFF_T to, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (to < 0 || size_t(to) > s->size)
        return OPJ_FALSE;
    s->position = size_t(to);
    return OPJ_TRUE;
}

void collectError(const char* message, void* user) {
    auto* errors = static_cast<QStringList*>(user);
    if (errors->size() < 5)
        errors->append(QString::fromLocal8Bit(message).trimmed());
}

void ignoreMessage(const char*, void*) {}

struct CodecDeleter {
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter {
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter {
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

// One decoded frame and what the codestream says about it.
struct DecodedFrame {
    std::unique_ptr<opj_image_t, ImageDeleter> image;
    bool colourTransform = false;
    bool irreversible = false;
};

bool decodeFrame(const QByteArray& frame, DecodedFrame* out, QString* error) {
    const OPJ_CODEC_FORMAT format = isCodestream(frame) ? OPJ_CODEC_J2K
                                    : isJp2(frame)      ? OPJ_CODEC_JP2
                                                        : OPJ_CODEC_UNKNOWN;
    if (format == OPJ_CODEC_UNKNOWN) {
        *error = Transcoder::tr("the frame is neither a JPEG 2000 codestream nor a JP2 file");
        return false;
    }
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(format));
    QStringList errors;
    opj_set_error_handler(codec.get(), collectError, &errors);
    opj_set_warning_handler(codec.get(), ignoreMessage, nullptr);
    opj_set_info_handler(codec.get(), ignoreMessage, nullptr);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    // Strict mode turns a truncated codestream into an error instead of a partly grey image.
    if (!opj_setup_decoder(codec.get(), &parameters) ||
        !opj_decoder_set_strict_mode(codec.get(), OPJ_TRUE)) {
        *error = Transcoder::tr("OpenJPEG cannot be set up");
        return false;
    }

    MemoryStream memory{reinterpret_cast<const uchar*>(frame.constData()), size_t(frame.size()), 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(
        opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    opj_stream_set_user_data_length(stream.get(), memory.size);
    opj_stream_set_read_function(stream.get(), readMemory);
    opj_stream_set_skip_function(stream.get(), skipMemory);
    opj_stream_set_seek_function(stream.get(), seekMemory);

    opj_image_t* image = nullptr;
    const bool header = opj_read_header(stream.get(), codec.get(), &image);
    out->image.reset(image);
    if (header) {
        if (opj_codestream_info_v2_t* info = opj_get_cstr_info(codec.get())) {
            out->colourTransform = info->m_default_tile_info.mct != 0;
            out->irreversible = info->m_default_tile_info.tccp_info &&
                                info->m_default_tile_info.tccp_info[0].qmfbid == 0;
            opj_destroy_cstr_info(&info);
        }
    }
    if (!header || !opj_decode(codec.get(), stream.get(), image) ||
        !opj_end_decompress(codec.get(), stream.get())) {
        *error = errors.isEmpty()
                     ? Transcoder::tr("OpenJPEG cannot decode the frame")
                     : Transcoder::tr("OpenJPEG: %1").arg(errors.join(QLatin1String("; ")));
        return false;
    }
    return true;
}

// The image attributes the decoder needs, from the data set.
struct ImagePixel {
    Uint16 rows = 0;
    Uint16 columns = 0;
    Uint16 samples = 0;
    Uint16 bitsAllocated = 0;
    Uint16 bitsStored = 0;
    Uint16 pixelRepresentation = 0;
    long frames = 1;
    QString photometric;

    bool read(DcmDataset& ds) {
        if (ds.findAndGetUint16(DCM_Rows, rows).bad() ||
            ds.findAndGetUint16(DCM_Columns, columns).bad() ||
            ds.findAndGetUint16(DCM_SamplesPerPixel, samples).bad() ||
            ds.findAndGetUint16(DCM_BitsAllocated, bitsAllocated).bad() ||
            ds.findAndGetUint16(DCM_BitsStored, bitsStored).bad() ||
            ds.findAndGetUint16(DCM_PixelRepresentation, pixelRepresentation).bad())
            return false;
        Sint32 n = 1;
        if (ds.findAndGetSint32(DCM_NumberOfFrames, n).good())
            frames = n;
        OFString value;
        ds.findAndGetOFString(DCM_PhotometricInterpretation, value);
        photometric = QString::fromLatin1(value.c_str()).trimmed();
        return true;
    }
    quint64 frameSamples() const { return quint64(rows) * columns * samples; }
    quint64 totalBytes() const { return frameSamples() * (bitsAllocated / 8) * quint64(frames); }
    // YBR_RCT / YBR_ICT: the codestream's colour transform makes the samples RGB.
    bool hasColourTransform() const {
        return photometric.startsWith(QLatin1String("YBR_R")) ||
               photometric.startsWith(QLatin1String("YBR_I"));
    }
};

// Bits a sample value needs in the given representation.
int bitsNeeded(qint64 minimum, qint64 maximum, bool isSigned) {
    int bits = 1;
    if (isSigned) {
        while (bits < 32 &&
               (minimum < -(qint64(1) << (bits - 1)) || maximum > (qint64(1) << (bits - 1)) - 1))
            ++bits;
    } else {
        while (bits < 32 && maximum > (qint64(1) << bits) - 1)
            ++bits;
    }
    return bits;
}

// Why the data set's image attributes cannot be decoded into, or an empty string.
QString unsupportedImage(const ImagePixel& px, quint64 maxPixelBytes) {
    if (px.rows == 0 || px.columns == 0 || px.frames < 1)
        return Transcoder::tr("the image has no size (Rows %1, Columns %2, %3 frames)")
            .arg(px.rows)
            .arg(px.columns)
            .arg(px.frames);
    if (px.samples != 1 && px.samples != 3)
        return Transcoder::tr("%1 samples per pixel are not supported").arg(px.samples);
    if (px.bitsAllocated != 8 && px.bitsAllocated != 16)
        return Transcoder::tr("Bits Allocated %1 is not supported with JPEG 2000")
            .arg(px.bitsAllocated);
    if (px.bitsStored < 1 || px.bitsStored > px.bitsAllocated || px.pixelRepresentation > 1)
        return Transcoder::tr("Bits Stored %1 / Pixel Representation %2 do not fit Bits "
                              "Allocated %3")
            .arg(px.bitsStored)
            .arg(px.pixelRepresentation)
            .arg(px.bitsAllocated);
    const QStringList monochrome{QStringLiteral("MONOCHROME1"), QStringLiteral("MONOCHROME2"),
                                 QStringLiteral("PALETTE COLOR")};
    const QStringList colour{QStringLiteral("RGB"), QStringLiteral("YBR_RCT"),
                             QStringLiteral("YBR_ICT"), QStringLiteral("YBR_FULL")};
    if (!(px.samples == 1 ? monochrome : colour).contains(px.photometric))
        return Transcoder::tr("Photometric Interpretation \"%1\" with %2 samples per pixel is "
                              "not supported with JPEG 2000")
            .arg(px.photometric)
            .arg(px.samples);
    // Native Pixel Data has a 32-bit length; the caller's limit keeps memory in check.
    const quint64 totalBytes = px.totalBytes();
    if (totalBytes > quint64(0xFFFFFFFEu) || totalBytes > maxPixelBytes)
        return Transcoder::tr("the decoded image would take %1 MB, more than the %2 MB allowed")
            .arg(totalBytes / (1024 * 1024))
            .arg(qMin<quint64>(maxPixelBytes, 0xFFFFFFFEu) / (1024 * 1024));
    return QString();
}

// The native Pixel Data the frames are decoded into; inserted into the data set only once every
// frame decoded.
class NativePixels {
public:
    // False when the memory cannot be had.
    bool allocate(const ImagePixel& px) {
        px_ = px;
        storeMin_ = px.pixelRepresentation ? -(qint64(1) << (px.bitsAllocated - 1)) : 0;
        storeMax_ = px.pixelRepresentation ? (qint64(1) << (px.bitsAllocated - 1)) - 1
                                           : (qint64(1) << px.bitsAllocated) - 1;
        const quint64 totalBytes = px.totalBytes();
        element_ = std::make_unique<DcmPixelData>(DCM_PixelData);
        if (px.bitsAllocated == 8) {
            element_->setVR(EVR_OB);
            const Uint32 padded = Uint32((totalBytes + 1) & ~quint64(1));
            if (element_->createUint8Array(padded, bytes_).bad() || !bytes_)
                return false;
            bytes_[padded - 1] = 0;
            return true;
        }
        element_->setVR(EVR_OW);
        return element_->createUint16Array(Uint32(totalBytes / 2), words_).good() && words_;
    }

    // Copies one decoded frame (the f-th) in, as samples of a codestream with this precision and
    // sign; an error when a sample does not fit the data set's pixel format.
    QString copy(int f, const opj_image_t& image, int precision, bool codestreamSigned) {
        // Unsigned samples in a signed image: the encoder wrote the two's complement bit
        // patterns as unsigned numbers (see the header).
        const bool reinterpret = !codestreamSigned && px_.pixelRepresentation == 1;
        const qint64 signBit = qint64(1) << (precision - 1);
        const qint64 modulus = qint64(1) << precision;
        const size_t pixels = size_t(px_.rows) * px_.columns;
        const quint64 frameOffset = px_.frameSamples() * quint64(f);
        for (int c = 0; c < px_.samples; ++c) {
            const OPJ_INT32* data = image.comps[c].data;
            for (size_t i = 0; i < pixels; ++i) {
                qint64 v = data[i];
                if (reinterpret && v >= signBit)
                    v -= modulus;
                if (v < storeMin_ || v > storeMax_) {
                    if (v < 0 && px_.pixelRepresentation == 0)
                        return Transcoder::tr(
                            "the JPEG 2000 data holds negative values, but the data set says the "
                            "pixels are unsigned (Pixel Representation 0); which one is right "
                            "cannot be told");
                    return Transcoder::tr("the JPEG 2000 data holds values that do not fit "
                                          "%1 bits")
                        .arg(px_.bitsAllocated);
                }
                if (!seen_)
                    minimum_ = maximum_ = v;
                seen_ = true;
                minimum_ = qMin(minimum_, v);
                maximum_ = qMax(maximum_, v);
                const quint64 at = frameOffset + quint64(i) * px_.samples + quint64(c);
                if (bytes_)
                    bytes_[at] = Uint8(v);
                else
                    words_[at] = Uint16(v);
            }
        }
        return QString();
    }

    qint64 minimum() const { return minimum_; }
    qint64 maximum() const { return maximum_; }
    std::unique_ptr<DcmPixelData> take() { return std::move(element_); }

private:
    ImagePixel px_;
    std::unique_ptr<DcmPixelData> element_;
    Uint8* bytes_ = nullptr;
    Uint16* words_ = nullptr;
    qint64 storeMin_ = 0;
    qint64 storeMax_ = 0;
    bool seen_ = false;
    qint64 minimum_ = 0;
    qint64 maximum_ = 0;
};

// What every frame must agree on, learnt from the first.
struct Codestream {
    int precision = 0;
    bool isSigned = false;
    bool colourTransform = false;
    bool irreversible = false;
};

// Why a decoded frame cannot go into this data set, or an empty string; learns the codestream's
// precision and sign from the first frame.
QString checkFrame(int f, const DecodedFrame& decoded, const ImagePixel& px, Codestream& stream) {
    const opj_image_t* image = decoded.image.get();
    if (image->numcomps != px.samples)
        return Transcoder::tr("frame %1 has %2 components, the data set says %3 samples "
                              "per pixel")
            .arg(f + 1)
            .arg(image->numcomps)
            .arg(px.samples);
    for (OPJ_UINT32 c = 0; c < image->numcomps; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        if (comp.w != px.columns || comp.h != px.rows || comp.dx != 1 || comp.dy != 1 || !comp.data)
            return Transcoder::tr("frame %1 is %2 x %3 pixels, the data set says %4 x %5")
                .arg(f + 1)
                .arg(comp.w)
                .arg(comp.h)
                .arg(px.columns)
                .arg(px.rows);
        if (f == 0 && c == 0) {
            stream.precision = int(comp.prec);
            stream.isSigned = comp.sgnd != 0;
            stream.colourTransform = decoded.colourTransform;
        } else if (int(comp.prec) != stream.precision || (comp.sgnd != 0) != stream.isSigned) {
            return Transcoder::tr("the components or frames of the JPEG 2000 data differ "
                                  "in bit depth or sign");
        }
    }
    if (stream.precision < 1 || stream.precision > 32)
        return Transcoder::tr("the JPEG 2000 data has a precision of %1 bits")
            .arg(stream.precision);
    stream.irreversible = stream.irreversible || decoded.irreversible;
    // A JP2 header may say the components are YCC while the data set says RGB; OpenJPEG
    // leaves such components as they are.
    if (px.photometric == QLatin1String("RGB") && !decoded.colourTransform &&
        (image->color_space == OPJ_CLRSPC_SYCC || image->color_space == OPJ_CLRSPC_EYCC))
        return Transcoder::tr("the JP2 header says the colours are YCC, the data set "
                              "says RGB; which one is right cannot be told");
    if (px.hasColourTransform() && !decoded.colourTransform)
        return Transcoder::tr("Photometric Interpretation is %1, but the JPEG 2000 data "
                              "carries no colour transform, so its colours are unknown")
            .arg(px.photometric);
    return QString();
}

// Decodes every frame into pixels.
QString decodeFrames(DcmPixelSequence& sequence, const QList<QList<unsigned long>>& frames,
                     const ImagePixel& px, NativePixels& pixels, Codestream& stream,
                     const std::atomic_bool* cancel) {
    QString error;
    for (int f = 0; f < frames.size(); ++f) {
        if (cancel && cancel->load())
            return Transcoder::tr("cancelled");
        QByteArray frame;
        if (!EncapsulatedFrames::read(sequence, frames.at(f), &frame, &error))
            return error;
        const int rsiz = capabilities(frame);
        if (rsiz >= 0 && (rsiz & 0x8000))
            return Transcoder::tr("frame %1 declares capabilities beyond JPEG 2000 Part 1 "
                                  "(Rsiz 0x%2), which OpenJPEG does not decode")
                .arg(f + 1)
                .arg(rsiz, 4, 16, QLatin1Char('0'));
        DecodedFrame decoded;
        if (!decodeFrame(frame, &decoded, &error))
            return Transcoder::tr("frame %1: %2").arg(f + 1).arg(error);
        error = checkFrame(f, decoded, px, stream);
        if (error.isEmpty())
            error = pixels.copy(f, *decoded.image, stream.precision, stream.isSigned);
        if (!error.isEmpty())
            return error;
    }
    return QString();
}

} // namespace

Result<Jpeg2000Decoder::Decoded> Jpeg2000Decoder::decode(DcmDataset& dataset, int xfer,
                                                         quint64 maxPixelBytes,
                                                         const std::atomic_bool* cancel) {
    ImagePixel px;
    if (!px.read(dataset))
        return Error::invalid(
            Transcoder::tr("the image attributes (Rows, Columns, Samples per Pixel, Bits "
                           "Allocated, Bits Stored, Pixel Representation) are incomplete"));
    if (const QString problem = unsupportedImage(px, maxPixelBytes); !problem.isEmpty())
        return Error::invalid(problem);

    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element ||
        element->ident() != EVR_PixelData)
        return Error::invalid(Transcoder::tr("the file has no pixel data"));
    auto* pixelData = static_cast<DcmPixelData*>(element);
    DcmPixelSequence* sequence = nullptr;
    if (pixelData->getEncapsulatedRepresentation(E_TransferSyntax(xfer), nullptr, sequence).bad() ||
        !sequence)
        return Error::invalid(
            Transcoder::tr("the pixel data is not encapsulated as JPEG 2000 requires"));

    QString error;
    const QList<QList<unsigned long>> frames = EncapsulatedFrames::locate(
        *sequence, px.frames,
        [](const QByteArray& head) { return isCodestream(head) || isJp2(head); }, &error);
    if (frames.isEmpty())
        return Error::invalid(error);

    NativePixels pixels;
    if (!pixels.allocate(px))
        return Error::storage(Transcoder::tr("not enough memory for the decoded image"));
    Codestream stream;
    error = decodeFrames(*sequence, frames, px, pixels, stream, cancel);
    if (cancel && cancel->load())
        return Error::cancelled(error);
    if (!error.isEmpty())
        return Error::invalid(error);

    // Only now, with every frame decoded, the data set changes.
    Decoded result;
    result.irreversible = stream.irreversible;
    if (!stream.isSigned && px.pixelRepresentation == 1)
        result.notes << Transcoder::tr("The JPEG 2000 data is unsigned but Pixel Representation "
                                       "says signed: the samples were read as signed %1-bit "
                                       "values, as the data set says.")
                            .arg(stream.precision);
    const int needed = bitsNeeded(pixels.minimum(), pixels.maximum(), px.pixelRepresentation == 1);
    if (needed > px.bitsStored) {
        const int corrected = qMin<int>(px.bitsAllocated, qMax(needed, stream.precision));
        result.notes << Transcoder::tr("Bits Stored was %1 but the JPEG 2000 data needs %2 bits; "
                                       "Bits Stored and High Bit were corrected.")
                            .arg(px.bitsStored)
                            .arg(corrected);
        dataset.putAndInsertUint16(DCM_BitsStored, Uint16(corrected));
        dataset.putAndInsertUint16(DCM_HighBit, Uint16(corrected - 1));
    }
    if (px.hasColourTransform() && stream.colourTransform)
        dataset.putAndInsertString(DCM_PhotometricInterpretation, "RGB");
    if (px.samples > 1)
        dataset.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    delete dataset.remove(DCM_ExtendedOffsetTable);
    delete dataset.remove(DCM_ExtendedOffsetTableLengths);
    delete dataset.remove(DCM_PixelData);
    std::unique_ptr<DcmPixelData> native = pixels.take();
    if (dataset.insert(native.get(), true).bad())
        return Error::storage(Transcoder::tr("the decoded pixels cannot be stored"));
    native.release();
    return result;
}

} // namespace pdi
