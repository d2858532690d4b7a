#include "Transcoder.h"

#include "dicom/Dcmtk.h"
#include "dicom/DcmtkCondition.h"
#include "dicom/DicomSummary.h"
#include "dicom/DicomSummaryReader.h"
#include "dicom/TransferSyntax.h"
#include "job/DiskSpace.h"
#include "transcode/Jpeg2000Decoder.h"
#include "transcode/PixelDataChecks.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <mutex>
#include <optional>

#include <unistd.h>

namespace pdi {

namespace {

using Codec = TranscodeResult::Codec;
using Failure = TranscodeResult::Failure;

enum class Route { Rewrite, Dcmtk, OpenJpeg, Video, Unsupported };

// How each transfer syntax is turned into Explicit VR Little Endian, and whether the encoding
// itself loses information (then Lossy Image Compression Method names it, PS3.3 C.7.6.1.1.5).
struct Handling {
    const char* uid;
    Route route;
    Codec codec;
    bool lossy;
    const char* method;
};

const Handling kHandling[] = {
    {"1.2.840.10008.1.2", Route::Rewrite, Codec::None, false, nullptr},
    {"1.2.840.10008.1.2.1", Route::Rewrite, Codec::None, false, nullptr},
    {"1.2.840.10008.1.2.2", Route::Rewrite, Codec::None, false, nullptr},
    {"1.2.840.10008.1.2.1.99", Route::Rewrite, Codec::Deflate, false, nullptr},
    {"1.2.840.10008.1.2.4.50", Route::Dcmtk, Codec::Jpeg, true, "ISO_10918_1"},
    {"1.2.840.10008.1.2.4.51", Route::Dcmtk, Codec::Jpeg, true, "ISO_10918_1"},
    // Retired, but DCMTK still decodes them and old archives hold them.
    {"1.2.840.10008.1.2.4.53", Route::Dcmtk, Codec::Jpeg, true, "ISO_10918_1"},
    {"1.2.840.10008.1.2.4.55", Route::Dcmtk, Codec::Jpeg, true, "ISO_10918_1"},
    {"1.2.840.10008.1.2.4.57", Route::Dcmtk, Codec::Jpeg, false, nullptr},
    {"1.2.840.10008.1.2.4.70", Route::Dcmtk, Codec::Jpeg, false, nullptr},
    {"1.2.840.10008.1.2.4.80", Route::Dcmtk, Codec::JpegLs, false, nullptr},
    {"1.2.840.10008.1.2.4.81", Route::Dcmtk, Codec::JpegLs, true, "ISO_14495_1"},
    {"1.2.840.10008.1.2.5", Route::Dcmtk, Codec::Rle, false, nullptr},
    {"1.2.840.10008.1.2.4.90", Route::OpenJpeg, Codec::Jpeg2000, false, "ISO_15444_1"},
    // May be lossless in fact, but nothing in the file proves it: treated as lossy. Part 2
    // codestreams are refused, so what is decoded under .92/.93 is Part 1 (ISO_15444_1).
    {"1.2.840.10008.1.2.4.91", Route::OpenJpeg, Codec::Jpeg2000, true, "ISO_15444_1"},
    {"1.2.840.10008.1.2.4.92", Route::OpenJpeg, Codec::Jpeg2000, false, "ISO_15444_1"},
    {"1.2.840.10008.1.2.4.93", Route::OpenJpeg, Codec::Jpeg2000, true, "ISO_15444_1"},
};

Handling handlingOf(const QString& uid) {
    for (const Handling& h : kHandling) {
        if (uid == QLatin1String(h.uid))
            return h;
    }
    const bool video = TransferSyntax::fromUid(uid).isVideo();
    return {nullptr, video ? Route::Video : Route::Unsupported, Codec::None, video, nullptr};
}

// The codecs are registered once per process, before any thread decodes (DCMTK's codec list is
// guarded for concurrent use, not for registration racing with decoding). Parameters are the
// defaults of dcmdjpeg, dcmdjpls and dcmdrle, so the pixels are the same as those tools give.
void registerDcmtkDecoders() {
    static std::once_flag once;
    std::call_once(once, [] {
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

QString stringOf(DcmItem& item, const DcmTagKey& tag) {
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return QString();
    return QString::fromLatin1(value.c_str()).trimmed();
}

// What a file meta information that names another object than its data set said (PS3.10 7.1),
// for the write's record and README.TXT; empty when it agrees or there is none.
QString metaCorrection(DcmItem& meta, DcmItem& dataset) {
    if (meta.card() == 0)
        return QString();
    QStringList said;
    const QString metaInstance = stringOf(meta, DCM_MediaStorageSOPInstanceUID);
    const QString instance = stringOf(dataset, DCM_SOPInstanceUID);
    if (metaInstance != instance)
        said << Transcoder::tr("SOP Instance UID %1 instead of %2")
                    .arg(metaInstance.isEmpty() ? Transcoder::tr("(none)") : metaInstance,
                         instance);
    const QString metaClass = stringOf(meta, DCM_MediaStorageSOPClassUID);
    const QString sopClass = stringOf(dataset, DCM_SOPClassUID);
    if (metaClass != sopClass)
        said << Transcoder::tr("SOP Class UID %1 instead of %2")
                    .arg(metaClass.isEmpty() ? Transcoder::tr("(none)") : metaClass, sopClass);
    return said.join(QLatin1String("; "));
}

// The lossy history of the content must survive decoding (PS3.3 C.7.6.1.1.5; PDI-RULES
// "Content"): an existing 01 is never dropped, and a lossy source sets it.
// DCMTK's JPEG decoder sets 01 itself, so whether the source had it is asked before decoding.
void markLossy(DcmDataset& ds, bool lossySource, const char* method, bool markedBefore,
               TranscodeResult& result) {
    const bool already = stringOf(ds, DCM_LossyImageCompression) == QLatin1String("01");
    if (!lossySource && !already)
        return;
    result.lossy = true;
    result.lossyMarkAdded = !markedBefore;
    if (!already) {
        ds.putAndInsertString(DCM_LossyImageCompression, "01");
    }
    if (lossySource && method && stringOf(ds, DCM_LossyImageCompressionMethod).isEmpty())
        ds.putAndInsertString(DCM_LossyImageCompressionMethod, method);
}

} // namespace

// Elements read as UN although the dictionary knows their tag (files converted from implicit VR
// by tools without a dictionary: pydicom's rtdose_rle.dcm has its SOP UIDs so). Text values are
// the same bytes under any VR, so they get their proper VR; the meta header and the DICOMDIR need
// the SOP Class and Instance UIDs as UI. Other UN elements stay as they are.
int Transcoder::giveDictionaryVrs(DcmItem& item) {
    int converted = 0;
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (element->ident() == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long j = 0; j < sequence->card(); ++j)
                converted += giveDictionaryVrs(*sequence->getItem(j));
            continue;
        }
        if (element->getVR() != EVR_UN || element->getTag().isPrivate())
            continue;
        // From group and element, so that the VR is looked up in the dictionary.
        const DcmTag tag(element->getTag().getGroup(), element->getTag().getElement());
        const DcmVR vr = tag.getVR();
        if (vr.getEVR() == EVR_UN || !vr.isaString())
            continue;
        Uint8* data = nullptr;
        const Uint32 length = element->getLength();
        if (length > 0 && (element->getUint8Array(data).bad() || !data))
            continue;
        DcmElement* typed = nullptr;
        if (DcmItem::newDicomElementWithVR(typed, tag).bad() || !typed)
            continue;
        const OFString value(length > 0 ? reinterpret_cast<const char*>(data) : "", length);
        if (typed->putOFStringArray(value).bad() || item.insert(typed, true).bad()) {
            delete typed;
            continue;
        }
        ++converted;
    }
    return converted;
}

namespace {

bool syncToDisk(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
}

// Why a file is not transcoded, for the caller's TranscodeResult.
struct Refusal {
    Failure failure;
    QString message;
};

bool isCancelled(const TranscodeOptions& options) {
    return options.cancel && options.cancel->load();
}

// Decodes compressed Pixel Data in place into native pixels (nothing to do for the Rewrite
// route but check that DCMTK can write it). irreversible: the codestream turned out to use a
// lossy wavelet although its transfer syntax allows reversible only.
std::optional<Refusal> decodePixels(DcmDataset& ds, const Handling& handling, const QString& name,
                                    const TranscodeOptions& options, TranscodeResult& result,
                                    bool* irreversible) {
    const auto cancelled = [&] {
        return Refusal{Failure::Cancelled,
                       Transcoder::tr("Transcoding %1 was cancelled.").arg(name)};
    };
    if (handling.route != Route::Rewrite) {
        const quint64 decodedSize = PixelDataChecks::nativeBytes(ds);
        if (decodedSize > options.maxPixelBytes)
            return Refusal{Failure::Unsupported,
                           Transcoder::tr("%1 would take %2 MB once decoded, more than the %3 MB "
                                          "allowed. Leave it off, or ask the sender for an "
                                          "uncompressed copy.")
                               .arg(name)
                               .arg(decodedSize / (1024 * 1024))
                               .arg(options.maxPixelBytes / (1024 * 1024))};
        if (isCancelled(options))
            return cancelled();
    }
    if (handling.route == Route::Dcmtk) {
        if (handling.codec == Codec::Rle) {
            const QString problem = PixelDataChecks::rleFramesProblem(ds);
            if (!problem.isEmpty())
                return Refusal{Failure::Damaged,
                               Transcoder::tr("The RLE compressed pixels of %1 are damaged: %2. "
                                              "Get the image again from its source, or leave it "
                                              "off.")
                                   .arg(name, problem)};
        }
        const OFCondition decoded = guardedParse(
            [&] { return ds.chooseRepresentation(EXS_LittleEndianExplicit, nullptr); });
        if (decoded.bad() || !ds.canWriteXfer(EXS_LittleEndianExplicit))
            return Refusal{Failure::Damaged,
                           Transcoder::tr("The %1 compressed pixels of %2 cannot be decoded (%3). "
                                          "Get the image again from its source, or leave it off.")
                               .arg(TranscodeResult::codecName(handling.codec), name,
                                    DcmtkCondition::describe(decoded))};
        return std::nullopt;
    }
    if (handling.route == Route::OpenJpeg) {
        Result<Jpeg2000Decoder::Decoded> decoded = Error::invalid(QString());
        try {
            decoded = Jpeg2000Decoder::decode(ds, ds.getOriginalXfer(), options.maxPixelBytes,
                                              options.cancel);
        } catch (const std::exception& e) {
            decoded = Error::invalid(QString::fromLocal8Bit(e.what()));
        }
        if (isCancelled(options))
            return cancelled();
        if (!decoded)
            return Refusal{Failure::Damaged,
                           Transcoder::tr("The JPEG 2000 pixels of %1 cannot be decoded "
                                          "correctly: %2. Get an uncompressed copy from its "
                                          "source, or leave it off.")
                               .arg(name, decoded.error().message)};
        *irreversible = decoded->irreversible;
        result.notes << decoded->notes;
        if (!ds.canWriteXfer(EXS_LittleEndianExplicit))
            return Refusal{Failure::Unsupported,
                           Transcoder::tr("%1 holds further JPEG 2000 pixel data (an icon image, "
                                          "for example) that cannot be decoded. Leave it off, or "
                                          "ask the sender for an uncompressed copy.")
                               .arg(name)};
        return std::nullopt;
    }
    if (!ds.canWriteXfer(EXS_LittleEndianExplicit))
        return Refusal{
            Failure::Unsupported,
            Transcoder::tr("%1 cannot be written as Explicit VR Little Endian.").arg(name)};
    return std::nullopt;
}

// Writes the file to partPath, then to disk, then renames it to outputPath.
std::optional<Refusal> save(DcmFileFormat& fileFormat, const QString& partPath,
                            const QString& outputPath, const QString& name) {
    // A new meta header: Media Storage SOP Class/Instance from the data set, the new transfer
    // syntax. Explicit sequence lengths as DCMTK's command-line tools write them.
    const OFCondition saved = guardedParse([&] {
        return fileFormat.saveFile(OFFilename(QFile::encodeName(partPath).constData()),
                                   EXS_LittleEndianExplicit, EET_ExplicitLength, EGL_recalcGL,
                                   EPD_noChange, 0, 0, EWM_createNewMeta);
    });
    // The disk is asked whether it is full before the partial file is removed: removing it
    // frees the space that tells.
    if (saved.bad()) {
        const QString message = DiskSpace::writeFailure(
            outputPath, Transcoder::tr("%1 cannot be written to %2 (%3). Check the free space "
                                       "and the permissions of the target folder.")
                            .arg(name, outputPath, DcmtkCondition::describe(saved)));
        QFile::remove(partPath);
        return Refusal{Failure::WriteFailed, message};
    }
    if (!syncToDisk(partPath) || std::rename(QFile::encodeName(partPath).constData(),
                                             QFile::encodeName(outputPath).constData()) != 0) {
        const QString message = DiskSpace::writeFailure(
            outputPath, Transcoder::tr("%1 cannot be written to %2. Check the free space and "
                                       "the permissions of the target folder.")
                            .arg(name, outputPath));
        QFile::remove(partPath);
        return Refusal{Failure::WriteFailed, message};
    }
    return std::nullopt;
}

} // namespace

QString TranscodeResult::codecName(Codec codec) {
    switch (codec) {
    case Codec::None:
        return Transcoder::tr("none (re-encoded only)");
    case Codec::Deflate:
        return Transcoder::tr("Deflate");
    case Codec::Jpeg:
        return Transcoder::tr("JPEG");
    case Codec::JpegLs:
        return Transcoder::tr("JPEG-LS");
    case Codec::Rle:
        return Transcoder::tr("RLE");
    case Codec::Jpeg2000:
        return Transcoder::tr("JPEG 2000");
    }
    return QString();
}

bool Transcoder::needsTranscoding(const DicomSummary& summary) {
    return !(summary.part10 &&
             TransferSyntax::fromUid(summary.transferSyntaxUid).isExplicitLittleEndian()) ||
           summary.metaDisagrees();
}

TranscodeResult Transcoder::toExplicitLittleEndian(const QString& inputPath,
                                                   const QString& outputPath,
                                                   const TranscodeOptions& options) {
    initDcmtk();
    registerDcmtkDecoders();

    TranscodeResult result;
    const QString partPath = outputPath + QLatin1String(".part");
    const QString name = QFileInfo(inputPath).fileName();
    auto fail = [&](Failure failure, const QString& message) {
        QFile::remove(partPath);
        result.ok = false;
        result.failure = failure;
        result.message = message;
        return result;
    };
    auto cancelled = [&] {
        return options.cancel && options.cancel->load();
    };
    QFile::remove(partPath); // left over from an earlier run that was killed

    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly))
        return fail(Failure::NotReadable,
                    tr("%1 cannot be opened (%2). Check that the source is still there and "
                       "readable.")
                        .arg(inputPath, input.errorString()));
    const QByteArray head = input.read(512);
    input.close();
    if (!DicomSummaryReader::looksLikeDicom(head))
        return fail(Failure::NotDicom,
                    tr("%1 is not a DICOM file, so it cannot be written as DICOM. Put it on the "
                       "medium as other content, or leave it off.")
                        .arg(name));

    DcmFileFormat fileFormat;
    // Large values stay in the file until they are written (DCMTK loads them on demand).
    const OFCondition loaded = guardedParse([&] {
        return fileFormat.loadFile(OFFilename(QFile::encodeName(inputPath).constData()),
                                   EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_autoDetect);
    });
    DcmDataset* ds = fileFormat.getDataset();
    QString uid = stringOf(*fileFormat.getMetaInfo(), DCM_TransferSyntaxUID);
    if (uid.isEmpty() && ds)
        uid = QString::fromLatin1(DcmXfer(ds->getOriginalXfer()).getXferID());
    result.sourceTransferSyntax = uid;
    const TransferSyntax syntax = TransferSyntax::fromUid(uid);
    const Handling handling = handlingOf(uid);
    result.decodedCodec = handling.codec;

    // The transfer syntax is judged before the load result: a video file is refused as video
    // even when DCMTK stumbles over its stream.
    if (handling.route == Route::Video)
        return fail(Failure::Video,
                    tr("%1 is a video (%2). Video is not decoded for a referral medium; it is "
                       "carried as it is only when the operator decides to include it.")
                        .arg(name, syntax.name()));
    if (handling.route == Route::Unsupported)
        return fail(Failure::Unsupported,
                    tr("%1 is encoded as %2, which this program cannot decode. Ask the sender for "
                       "an uncompressed or JPEG/JPEG-LS/RLE/JPEG 2000 copy, or leave it off.")
                        .arg(name, syntax.name()));
    if (loaded.bad() || !ds)
        return fail(Failure::Damaged,
                    tr("%1 is damaged and cannot be read (%2). Get the image again from its "
                       "source, or leave it off.")
                        .arg(name, DcmtkCondition::describe(loaded)));

    const bool hasPixelData = ds->tagExists(DCM_PixelData);
    const bool markedLossyBefore = stringOf(*ds, DCM_LossyImageCompression) == QLatin1String("01");
    const int retyped = Transcoder::giveDictionaryVrs(*ds);
    if (retyped > 0)
        result.notes << tr("%n attribute(s) stored with the unknown VR UN were given the VR of "
                           "the DICOM dictionary; their values are unchanged.",
                           nullptr, retyped);
    if (stringOf(*ds, DCM_SOPClassUID).isEmpty() || stringOf(*ds, DCM_SOPInstanceUID).isEmpty())
        return fail(Failure::Unsupported,
                    tr("%1 has no SOP Class UID or SOP Instance UID, so it cannot be referenced "
                       "from a DICOMDIR. Leave it off, or get a complete copy from its source.")
                        .arg(name));
    bool irreversible = false;
    if (hasPixelData) {
        if (std::optional<Refusal> refused =
                decodePixels(*ds, handling, name, options, result, &irreversible))
            return fail(refused->failure, refused->message);
    } else if (!ds->canWriteXfer(EXS_LittleEndianExplicit)) {
        return fail(Failure::Unsupported,
                    tr("%1 cannot be written as Explicit VR Little Endian.").arg(name));
    }
    if (hasPixelData && handling.route != Route::Rewrite) {
        // Offsets into encapsulated fragments mean nothing for native pixels (PS3.5 A.4).
        delete ds->remove(DCM_ExtendedOffsetTable);
        delete ds->remove(DCM_ExtendedOffsetTableLengths);
    }
    // A reversible-only syntax whose codestream used the irreversible wavelet is lossy in fact.
    markLossy(*ds, hasPixelData && (handling.lossy || irreversible), handling.method,
              markedLossyBefore, result);

    if (cancelled())
        return fail(Failure::Cancelled, tr("Transcoding %1 was cancelled.").arg(name));

    // The new header is made from the data set (EWM_createNewMeta); say what the old one said.
    result.metaCorrection = metaCorrection(*fileFormat.getMetaInfo(), *ds);

    if (std::optional<Refusal> refused = save(fileFormat, partPath, outputPath, name))
        return fail(refused->failure, refused->message);
    result.ok = true;
    result.outputSize = QFileInfo(outputPath).size();
    result.sopClassUid = stringOf(*ds, DCM_SOPClassUID);
    result.sopInstanceUid = stringOf(*ds, DCM_SOPInstanceUID);
    return result;
}

} // namespace pdi
