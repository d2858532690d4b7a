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

} // namespace

Jpeg2000Decoder::Result Jpeg2000Decoder::decode(DcmDataset& dataset, int xfer,
                                                quint64 maxPixelBytes,
                                                const std::atomic_bool* cancel) {
    Result result;
    auto fail = [&result](const QString& error) {
        result.ok = false;
        result.error = error;
        return result;
    };

    ImagePixel px;
    if (!px.read(dataset))
        return fail(Transcoder::tr("the image attributes (Rows, Columns, Samples per Pixel, Bits "
                                   "Allocated, Bits Stored, Pixel Representation) are incomplete"));
    if (px.rows == 0 || px.columns == 0 || px.frames < 1)
        return fail(Transcoder::tr("the image has no size (Rows %1, Columns %2, %3 frames)")
                        .arg(px.rows)
                        .arg(px.columns)
                        .arg(px.frames));
    if (px.samples != 1 && px.samples != 3)
        return fail(Transcoder::tr("%1 samples per pixel are not supported").arg(px.samples));
    if (px.bitsAllocated != 8 && px.bitsAllocated != 16)
        return fail(Transcoder::tr("Bits Allocated %1 is not supported with JPEG 2000")
                        .arg(px.bitsAllocated));
    if (px.bitsStored < 1 || px.bitsStored > px.bitsAllocated || px.pixelRepresentation > 1)
        return fail(Transcoder::tr("Bits Stored %1 / Pixel Representation %2 do not fit Bits "
                                   "Allocated %3")
                        .arg(px.bitsStored)
                        .arg(px.pixelRepresentation)
                        .arg(px.bitsAllocated));
    const QStringList monochrome{QStringLiteral("MONOCHROME1"), QStringLiteral("MONOCHROME2"),
                                 QStringLiteral("PALETTE COLOR")};
    const QStringList colour{QStringLiteral("RGB"), QStringLiteral("YBR_RCT"),
                             QStringLiteral("YBR_ICT"), QStringLiteral("YBR_FULL")};
    if (!(px.samples == 1 ? monochrome : colour).contains(px.photometric))
        return fail(Transcoder::tr("Photometric Interpretation \"%1\" with %2 samples per pixel is "
                                   "not supported with JPEG 2000")
                        .arg(px.photometric)
                        .arg(px.samples));
    const bool ybrTransform = px.photometric.startsWith(QLatin1String("YBR_R")) ||
                              px.photometric.startsWith(QLatin1String("YBR_I"));

    const int bytesPerSample = px.bitsAllocated / 8;
    const quint64 frameSamples = quint64(px.rows) * px.columns * px.samples;
    const quint64 totalBytes = frameSamples * bytesPerSample * quint64(px.frames);
    // Native Pixel Data has a 32-bit length; the caller's limit keeps memory in check.
    if (totalBytes > quint64(0xFFFFFFFEu) || totalBytes > maxPixelBytes)
        return fail(Transcoder::tr("the decoded image would take %1 MB, more than the %2 MB "
                                   "allowed")
                        .arg(totalBytes / (1024 * 1024))
                        .arg(qMin<quint64>(maxPixelBytes, 0xFFFFFFFEu) / (1024 * 1024)));

    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element ||
        element->ident() != EVR_PixelData)
        return fail(Transcoder::tr("the file has no pixel data"));
    auto* pixelData = static_cast<DcmPixelData*>(element);
    DcmPixelSequence* sequence = nullptr;
    if (pixelData->getEncapsulatedRepresentation(E_TransferSyntax(xfer), nullptr, sequence).bad() ||
        !sequence)
        return fail(Transcoder::tr("the pixel data is not encapsulated as JPEG 2000 requires"));

    QString error;
    const QList<QList<unsigned long>> frames = EncapsulatedFrames::locate(
        *sequence, px.frames,
        [](const QByteArray& head) { return isCodestream(head) || isJp2(head); }, &error);
    if (frames.isEmpty())
        return fail(error);

    // Native pixels go straight into a new Pixel Data element, inserted only once every frame
    // decoded.
    auto native = std::make_unique<DcmPixelData>(DCM_PixelData);
    Uint8* bytes = nullptr;
    Uint16* words = nullptr;
    if (px.bitsAllocated == 8) {
        native->setVR(EVR_OB);
        const Uint32 padded = Uint32((totalBytes + 1) & ~quint64(1));
        if (native->createUint8Array(padded, bytes).bad() || !bytes)
            return fail(Transcoder::tr("not enough memory for the decoded image"));
        bytes[padded - 1] = 0;
    } else {
        native->setVR(EVR_OW);
        if (native->createUint16Array(Uint32(totalBytes / 2), words).bad() || !words)
            return fail(Transcoder::tr("not enough memory for the decoded image"));
    }

    int precision = 0;
    bool codestreamSigned = false;
    bool colourTransform = false;
    qint64 minimum = 0;
    qint64 maximum = 0;
    const qint64 storeMin = px.pixelRepresentation ? -(qint64(1) << (px.bitsAllocated - 1)) : 0;
    const qint64 storeMax = px.pixelRepresentation ? (qint64(1) << (px.bitsAllocated - 1)) - 1
                                                   : (qint64(1) << px.bitsAllocated) - 1;

    for (int f = 0; f < frames.size(); ++f) {
        if (cancel && cancel->load())
            return fail(Transcoder::tr("cancelled"));
        QByteArray frame;
        if (!EncapsulatedFrames::read(*sequence, frames.at(f), &frame, &error))
            return fail(error);
        const int rsiz = capabilities(frame);
        if (rsiz >= 0 && (rsiz & 0x8000))
            return fail(Transcoder::tr("frame %1 declares capabilities beyond JPEG 2000 Part 1 "
                                       "(Rsiz 0x%2), which OpenJPEG does not decode")
                            .arg(f + 1)
                            .arg(rsiz, 4, 16, QLatin1Char('0')));
        DecodedFrame decoded;
        if (!decodeFrame(frame, &decoded, &error))
            return fail(Transcoder::tr("frame %1: %2").arg(f + 1).arg(error));
        const opj_image_t* image = decoded.image.get();
        if (image->numcomps != px.samples)
            return fail(Transcoder::tr("frame %1 has %2 components, the data set says %3 samples "
                                       "per pixel")
                            .arg(f + 1)
                            .arg(image->numcomps)
                            .arg(px.samples));
        for (OPJ_UINT32 c = 0; c < image->numcomps; ++c) {
            const opj_image_comp_t& comp = image->comps[c];
            if (comp.w != px.columns || comp.h != px.rows || comp.dx != 1 || comp.dy != 1 ||
                !comp.data)
                return fail(Transcoder::tr("frame %1 is %2 x %3 pixels, the data set says %4 x %5")
                                .arg(f + 1)
                                .arg(comp.w)
                                .arg(comp.h)
                                .arg(px.columns)
                                .arg(px.rows));
            if (f == 0 && c == 0) {
                precision = int(comp.prec);
                codestreamSigned = comp.sgnd != 0;
                colourTransform = decoded.colourTransform;
            } else if (int(comp.prec) != precision || (comp.sgnd != 0) != codestreamSigned) {
                return fail(Transcoder::tr("the components or frames of the JPEG 2000 data differ "
                                           "in bit depth or sign"));
            }
        }
        if (precision < 1 || precision > 32)
            return fail(
                Transcoder::tr("the JPEG 2000 data has a precision of %1 bits").arg(precision));
        result.irreversible = result.irreversible || decoded.irreversible;
        // A JP2 header may say the components are YCC while the data set says RGB; OpenJPEG
        // leaves such components as they are.
        if (px.photometric == QLatin1String("RGB") && !decoded.colourTransform &&
            (image->color_space == OPJ_CLRSPC_SYCC || image->color_space == OPJ_CLRSPC_EYCC))
            return fail(Transcoder::tr("the JP2 header says the colours are YCC, the data set "
                                       "says RGB; which one is right cannot be told"));
        if (ybrTransform && !decoded.colourTransform)
            return fail(Transcoder::tr("Photometric Interpretation is %1, but the JPEG 2000 data "
                                       "carries no colour transform, so its colours are unknown")
                            .arg(px.photometric));

        // Unsigned samples in a signed image: the encoder wrote the two's complement bit
        // patterns as unsigned numbers (see the header).
        const bool reinterpret = !codestreamSigned && px.pixelRepresentation == 1;
        const qint64 signBit = qint64(1) << (precision - 1);
        const qint64 modulus = qint64(1) << precision;
        const size_t pixels = size_t(px.rows) * px.columns;
        const quint64 frameOffset = frameSamples * quint64(f);
        for (int c = 0; c < px.samples; ++c) {
            const OPJ_INT32* data = image->comps[c].data;
            for (size_t i = 0; i < pixels; ++i) {
                qint64 v = data[i];
                if (reinterpret && v >= signBit)
                    v -= modulus;
                if (v < storeMin || v > storeMax) {
                    if (v < 0 && px.pixelRepresentation == 0)
                        return fail(Transcoder::tr(
                            "the JPEG 2000 data holds negative values, but the data set says the "
                            "pixels are unsigned (Pixel Representation 0); which one is right "
                            "cannot be told"));
                    return fail(Transcoder::tr("the JPEG 2000 data holds values that do not fit "
                                               "%1 bits")
                                    .arg(px.bitsAllocated));
                }
                if (f == 0 && c == 0 && i == 0)
                    minimum = maximum = v;
                minimum = qMin(minimum, v);
                maximum = qMax(maximum, v);
                const quint64 at = frameOffset + quint64(i) * px.samples + quint64(c);
                if (bytes)
                    bytes[at] = Uint8(v);
                else
                    words[at] = Uint16(v);
            }
        }
    }

    // Only now, with every frame decoded, the data set changes.
    if (!codestreamSigned && px.pixelRepresentation == 1)
        result.notes << Transcoder::tr("The JPEG 2000 data is unsigned but Pixel Representation "
                                       "says signed: the samples were read as signed %1-bit "
                                       "values, as the data set says.")
                            .arg(precision);
    const int needed = bitsNeeded(minimum, maximum, px.pixelRepresentation == 1);
    if (needed > px.bitsStored) {
        const int corrected = qMin<int>(px.bitsAllocated, qMax(needed, precision));
        result.notes << Transcoder::tr("Bits Stored was %1 but the JPEG 2000 data needs %2 bits; "
                                       "Bits Stored and High Bit were corrected.")
                            .arg(px.bitsStored)
                            .arg(corrected);
        dataset.putAndInsertUint16(DCM_BitsStored, Uint16(corrected));
        dataset.putAndInsertUint16(DCM_HighBit, Uint16(corrected - 1));
    }
    if (ybrTransform && colourTransform)
        dataset.putAndInsertString(DCM_PhotometricInterpretation, "RGB");
    if (px.samples > 1)
        dataset.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    delete dataset.remove(DCM_ExtendedOffsetTable);
    delete dataset.remove(DCM_ExtendedOffsetTableLengths);
    delete dataset.remove(DCM_PixelData);
    if (dataset.insert(native.get(), true).bad())
        return fail(Transcoder::tr("the decoded pixels cannot be stored"));
    native.release();
    result.ok = true;
    return result;
}

} // namespace pdi
