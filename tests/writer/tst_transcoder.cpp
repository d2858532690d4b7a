// The writer's transcoder on real files: pydicom's corpus and files made here with DCMTK's
// encoders and OpenJPEG. Pixels are compared with what DCMTK's own command-line decoders make of
// the same input, JPEG 2000 with the uncompressed original or pydicom's published values.
#include "TestSupport.h"

#include "dicom/DicomSummaryReader.h"
#include "medium/LocalFile.h"
#include "transcode/Transcoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcvrlo.h>

#include <openjpeg.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <sstream>
#include <vector>

using namespace pdi;
using Codec = TranscodeResult::Codec;
using Failure = TranscodeResult::Failure;

Q_DECLARE_METATYPE(TranscodeResult::Codec)

namespace {

const QString kExplicitLittle = QStringLiteral("1.2.840.10008.1.2.1");

QString pydicom(const char* name) {
    return test::pydicomFile(QString::fromLatin1(name));
}

bool load(const QString& path, DcmFileFormat& ff) {
    return ff.loadFile(QFile::encodeName(path).constData()).good();
}

QString str(DcmItem& item, const DcmTagKey& tag) {
    OFString v;
    item.findAndGetOFStringArray(tag, v);
    return QString::fromLatin1(v.c_str()).trimmed();
}

int u16(DcmItem& item, const DcmTagKey& tag) {
    Uint16 v = 0;
    return item.findAndGetUint16(tag, v).good() ? int(v) : -1;
}

// Native Pixel Data bytes as stored little endian.
QByteArray pixelBytes(const QString& path) {
    DcmFileFormat ff;
    if (!load(path, ff))
        return QByteArray();
    DcmElement* e = nullptr;
    if (ff.getDataset()->findAndGetElement(DCM_PixelData, e).bad() || !e)
        return QByteArray();
    Uint8* data = nullptr;
    if (e->getUint8Array(data).bad() || !data)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char*>(data), int(e->getLength()));
}

QVector<qint32> samples16(const QString& path, bool isSigned) {
    const QByteArray bytes = pixelBytes(path);
    QVector<qint32> out(bytes.size() / 2);
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    for (int i = 0; i < out.size(); ++i) {
        const quint16 v = quint16(p[2 * i] | (p[2 * i + 1] << 8));
        out[i] = isSigned ? qint32(qint16(v)) : qint32(v);
    }
    return out;
}

// The data set as DCMTK prints it, without Pixel Data and the given attributes: two files that
// print the same carry the same attributes with the same values.
QString printed(const QString& path, const QList<DcmTagKey>& without = {}) {
    DcmFileFormat ff;
    if (!load(path, ff))
        return QStringLiteral("<unreadable>");
    DcmDataset* ds = ff.getDataset();
    delete ds->remove(DCM_PixelData);
    for (const DcmTagKey& tag : without)
        delete ds->remove(tag);
    // Group lengths are recalculated for the new encoding; the header names the encoding.
    for (unsigned long i = ds->card(); i-- > 0;) {
        if (ds->getElement(i)->getTag().getElement() == 0)
            delete ds->remove(i);
    }
    std::ostringstream out;
    ds->print(out);
    // Sequences and items may be written with explicit or undefined length: the same content.
    QStringList lines;
    for (QString line : QString::fromStdString(out.str()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.contains(QLatin1String("(fffe,e00d)")) ||
            line.contains(QLatin1String("(fffe,e0dd)")))
            continue;
        if (line.contains(QLatin1String(" SQ (Sequence with")) ||
            line.contains(QLatin1String("(fffe,e000) na (Item with"))) {
            line = line.left(line.indexOf(QLatin1Char('#')));
            line.replace(QLatin1String("explicit length"), QLatin1String("length"));
            line.replace(QLatin1String("undefined length"), QLatin1String("length"));
            line = line.simplified();
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QSet<QString> topLevelTags(const QString& path) {
    QSet<QString> tags;
    DcmFileFormat ff;
    if (!load(path, ff))
        return tags;
    DcmDataset* ds = ff.getDataset();
    for (unsigned long i = 0; i < ds->card(); ++i)
        if (ds->getElement(i)->getTag().getElement() != 0)
            tags.insert(QString::fromLatin1(ds->getElement(i)->getTag().toString().c_str()));
    return tags;
}

QByteArray rawValue(const QString& path, const DcmTagKey& tag) {
    DcmFileFormat ff;
    if (!load(path, ff))
        return QByteArray();
    DcmElement* e = nullptr;
    if (ff.getDataset()->findAndGetElement(tag, e).bad() || !e)
        return QByteArray();
    Uint8* data = nullptr;
    e->getUint8Array(data);
    char* text = nullptr;
    if (!data && e->getString(text).good() && text)
        return QByteArray(text, int(e->getLength()));
    return data ? QByteArray(reinterpret_cast<const char*>(data), int(e->getLength()))
                : QByteArray();
}

bool noOutput(const QString& out) {
    return !QFile::exists(out) && !QFile::exists(out + QStringLiteral(".part"));
}

// ---- JPEG 2000 encoding with OpenJPEG, to make lossless and lossy test files whose original is
// known.

struct MemoryOut {
    QByteArray bytes;
    qint64 position = 0;
};

OPJ_SIZE_T writeOut(void* buffer, OPJ_SIZE_T n, void* user) {
    auto* m = static_cast<MemoryOut*>(user);
    if (m->position + qint64(n) > m->bytes.size())
        m->bytes.resize(m->position + qint64(n));
    std::memcpy(m->bytes.data() + m->position, buffer, n);
    m->position += qint64(n);
    return n;
}
OPJ_OFF_T skipOut(OPJ_OFF_T n, void* user) {
    auto* m = static_cast<MemoryOut*>(user);
    m->position += n;
    if (m->position > m->bytes.size())
        m->bytes.resize(m->position);
    return n;
}
OPJ_BOOL seekOut(OPJ_OFF_T n, void* user) {
    auto* m = static_cast<MemoryOut*>(user);
    m->position = n;
    if (m->position > m->bytes.size())
        m->bytes.resize(m->position);
    return OPJ_TRUE;
}

// One greyscale frame as a J2K codestream: reversible and lossless, or irreversible at a rate.
QByteArray encodeJ2k(const QVector<qint32>& pixels, int width, int height, int precision,
                     bool isSigned, bool lossless, float rate = 10.0f) {
    opj_cparameters_t p;
    opj_set_default_encoder_parameters(&p);
    p.tcp_numlayers = 1;
    p.tcp_rates[0] = lossless ? 0.0f : rate;
    p.cp_disto_alloc = 1;
    p.irreversible = lossless ? 0 : 1;
    opj_image_cmptparm_t cp;
    std::memset(&cp, 0, sizeof cp);
    cp.dx = cp.dy = 1;
    cp.w = OPJ_UINT32(width);
    cp.h = OPJ_UINT32(height);
    cp.prec = OPJ_UINT32(precision);
    cp.sgnd = isSigned ? 1 : 0;
    opj_image_t* image = opj_image_create(1, &cp, OPJ_CLRSPC_GRAY);
    image->x1 = OPJ_UINT32(width);
    image->y1 = OPJ_UINT32(height);
    std::copy(pixels.begin(), pixels.end(), image->comps[0].data);
    opj_codec_t* codec = opj_create_compress(OPJ_CODEC_J2K);
    opj_setup_encoder(codec, &p, image);
    MemoryOut out;
    opj_stream_t* stream = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_FALSE);
    opj_stream_set_user_data(stream, &out, nullptr);
    opj_stream_set_write_function(stream, writeOut);
    opj_stream_set_skip_function(stream, skipOut);
    opj_stream_set_seek_function(stream, seekOut);
    const bool ok = opj_start_compress(codec, image, stream) && opj_encode(codec, stream) &&
                    opj_end_compress(codec, stream);
    opj_stream_destroy(stream);
    opj_destroy_codec(codec);
    opj_image_destroy(image);
    return ok ? out.bytes : QByteArray();
}

// Replaces the Pixel Data of an uncompressed file with the given JPEG 2000 frames. Each frame is
// split into fragments of fragmentSize bytes (0: one fragment per frame); the Basic Offset Table
// is filled or left empty.
bool writeJ2kFile(const QString& source, const QString& path, const QList<QByteArray>& frames,
                  const char* transferSyntax, bool offsetTable, Uint32 fragmentSize = 0,
                  const std::function<void(DcmDataset&)>& customize = {}) {
    DcmFileFormat ff;
    if (!load(source, ff))
        return false;
    DcmDataset* ds = ff.getDataset();
    const E_TransferSyntax xfer = DcmXfer(transferSyntax).getXfer();
    auto* sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
    auto* table = new DcmPixelItem(DCM_PixelItemTag);
    sequence->insert(table);
    DcmOffsetList offsets;
    for (const QByteArray& frame : frames) {
        QByteArray even = frame;
        if (even.size() % 2)
            even.append('\0');
        if (sequence
                ->storeCompressedFrame(offsets,
                                       reinterpret_cast<Uint8*>(const_cast<char*>(even.data())),
                                       Uint32(even.size()), fragmentSize)
                .bad())
            return false;
    }
    if (offsetTable && table->createOffsetTable(offsets).bad())
        return false;
    delete ds->remove(DCM_PixelData);
    auto* pixelData = new DcmPixelData(DCM_PixelData);
    pixelData->putOriginalRepresentation(xfer, nullptr, sequence);
    ds->insert(pixelData, true);
    ds->putAndInsertString(DCM_NumberOfFrames, QByteArray::number(frames.size()).constData());
    delete ds->remove(DCM_LossyImageCompression);
    delete ds->remove(DCM_LossyImageCompressionMethod);
    if (customize)
        customize(*ds);
    return ff.saveFile(QFile::encodeName(path).constData(), xfer).good();
}

double meanAbsoluteDifference(const QVector<qint32>& a, const QVector<qint32>& b) {
    if (a.size() != b.size() || a.isEmpty())
        return 1e9;
    double sum = 0;
    for (int i = 0; i < a.size(); ++i)
        sum += std::abs(double(a[i]) - double(b[i]));
    return sum / a.size();
}

} // namespace

class TestTranscoder : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    TranscodeResult transcode(const QString& in, const QString& out) {
        QFile::remove(out);
        return Transcoder::toExplicitLittleEndian(in, out);
    }

    // What every output must be: Part 10 Explicit VR Little Endian with a meta header naming the
    // data set's SOP Class and Instance, accepted by dcmftest.
    void checkPart10(const QString& out) {
        DcmFileFormat ff;
        QVERIFY2(load(out, ff), qPrintable(out));
        DcmMetaInfo* meta = ff.getMetaInfo();
        DcmDataset* ds = ff.getDataset();
        QCOMPARE(str(*meta, DCM_TransferSyntaxUID), kExplicitLittle);
        QCOMPARE(str(*meta, DCM_MediaStorageSOPClassUID), str(*ds, DCM_SOPClassUID));
        QCOMPARE(str(*meta, DCM_MediaStorageSOPInstanceUID), str(*ds, DCM_SOPInstanceUID));
        QVERIFY(!str(*ds, DCM_SOPInstanceUID).isEmpty());
        QCOMPARE(DcmXfer(ds->getOriginalXfer()).getXferID(),
                 kExplicitLittle.toLatin1().constData());
        const test::ProcessResult r = test::run(QStringLiteral("dcmftest"), {out});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith("yes"), r.out.constData());
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }

    // Runs DCMTK's command-line decoder on in and returns its output's path.
    QString dcmtkReference(const QString& tool, const QString& in, const QString& name) {
        const QString ref = path(name + QStringLiteral(".ref.dcm"));
        // "dcmdrle+uc": decode, then give UN elements their dictionary VR as dcmconv +uc does.
        const QStringList steps = tool.split(QLatin1Char('+'));
        QStringList args{in, ref};
        if (steps.first() == QLatin1String("dcmconv"))
            args.prepend(QStringLiteral("+te"));
        test::ProcessResult r = test::run(steps.first(), args);
        if (r.exitCode == 0 && steps.size() > 1)
            r = test::run(QStringLiteral("dcmconv"),
                          {QStringLiteral("+uc"), QStringLiteral("+te"), ref, ref});
        if (r.exitCode != 0)
            qWarning("%s failed: %s", qPrintable(tool), r.err.constData());
        return r.exitCode == 0 ? ref : QString();
    }

    QString generated(const QString& name, const test::InstanceSpec& spec = {},
                      const QString& transferSyntax = QString()) {
        const QString p = path(name);
        if (!test::writeInstance(p, spec, transferSyntax))
            return QString();
        return p;
    }

    QString compressed(const QString& tool, const QStringList& options, const QString& source,
                       const QString& name) {
        const QString out = path(name);
        const test::ProcessResult r = test::run(tool, options + QStringList{source, out});
        if (r.exitCode != 0)
            qWarning("%s failed: %s", qPrintable(tool), r.err.constData());
        return r.exitCode == 0 ? out : QString();
    }

    // An 8-bit greyscale image with text in Japanese, a private element and a sequence, so that
    // "every attribute is kept" has something to keep.
    static test::InstanceSpec richSpec(int rows = 32, int columns = 24, int frames = 1,
                                       int bits = 8) {
        test::InstanceSpec s;
        s.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        s.studyDescription = QStringLiteral("胸部CT");
        s.rows = rows;
        s.columns = columns;
        s.customize = [rows, columns, frames, bits](DcmDataset& ds) {
            ds.putAndInsertString(DcmTag(0x0009, 0x0010, EVR_LO), "PDI TEST");
            ds.putAndInsertString(DcmTag(0x0009, 0x1001, EVR_LO), "private value");
            DcmItem* item = nullptr;
            ds.findOrCreateSequenceItem(DCM_ReferencedImageSequence, item, -2);
            item->putAndInsertString(DCM_ReferencedSOPClassUID, "1.2.840.10008.5.1.4.1.1.2");
            item->putAndInsertString(DCM_ReferencedSOPInstanceUID, "1.2.3.4.5");
            ds.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(frames).constData());
            const size_t n = size_t(rows) * size_t(columns) * size_t(frames);
            if (bits == 8) {
                ds.putAndInsertUint16(DCM_BitsAllocated, 8);
                ds.putAndInsertUint16(DCM_BitsStored, 8);
                ds.putAndInsertUint16(DCM_HighBit, 7);
                std::vector<Uint8> pixels(n);
                for (size_t i = 0; i < n; ++i)
                    pixels[i] = Uint8((i % size_t(columns)) * 7 + (i / size_t(columns)) * 3);
                ds.putAndInsertUint8Array(DCM_PixelData, pixels.data(), unsigned(n));
            } else {
                std::vector<Uint16> pixels(n);
                for (size_t i = 0; i < n; ++i)
                    pixels[i] =
                        Uint16(((i % size_t(columns)) * 97 + (i / size_t(columns)) * 13) % 4096);
                ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(), unsigned(n));
            }
        };
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // To look at what the transcoder wrote: PDI_KEEP_TEST_FILES=1.
        if (qEnvironmentVariableIsSet("PDI_KEEP_TEST_FILES")) {
            dir_.setAutoRemove(false);
            qInfo("test files in %s", qPrintable(dir_.path()));
        }
    }

    void needsTranscoding_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("needs");
        QTest::newRow("explicit little endian") << pydicom("CT_small.dcm") << false;
        QTest::newRow("implicit") << pydicom("MR_small_implicit.dcm") << true;
        QTest::newRow("big endian") << pydicom("MR_small_bigendian.dcm") << true;
        QTest::newRow("no meta, explicit little") << pydicom("ExplVR_LitEndNoMeta.dcm") << true;
        QTest::newRow("JPEG") << pydicom("JPEG-lossy.dcm") << true;
        QTest::newRow("JPEG 2000") << pydicom("JPEG2000.dcm") << true;
        QTest::newRow("deflated") << pydicom("image_dfl.dcm") << true;
    }
    void needsTranscoding() {
        QFETCH(QString, file);
        QFETCH(bool, needs);
        auto f = std::make_shared<LocalFile>(file);
        QVERIFY(f->open());
        const DicomSummaryReader::Result r = DicomSummaryReader::read(f);
        QCOMPARE(r.status, DicomSummaryReader::Status::Ok);
        QCOMPARE(Transcoder::needsTranscoding(r.summary), needs);
    }

    // Every file DCMTK can decode: the same pixels as DCMTK's command-line decoder, the same
    // attributes, plus the lossy mark where it belongs.
    void sameAsDcmtkTools_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<Codec>("codec");
        QTest::addColumn<bool>("lossy");
        QTest::addColumn<bool>("markAdded");

        auto row = [](const char* name, const QString& file, const char* tool, Codec codec,
                      bool lossy, bool added = false) {
            QTest::newRow(name) << file << QString::fromLatin1(tool) << codec << lossy << added;
        };
        row("JPEG baseline, 8-bit", pydicom("SC_rgb_jpeg_dcmtk.dcm"), "dcmdjpeg", Codec::Jpeg,
            true);
        row("JPEG baseline, lossy with 01", pydicom("JPEG-lossy.dcm"), "dcmdjpeg", Codec::Jpeg,
            true);
        row("JPEG extended, 12-bit", pydicom("JPGExtended.dcm"), "dcmdjpeg", Codec::Jpeg, true);
        row("JPEG baseline, GDCM RGB", pydicom("SC_rgb_jpeg_lossy_gdcm.dcm"), "dcmdjpeg",
            Codec::Jpeg, true);
        row("JPEG baseline, no colour transform", pydicom("SC_jpeg_no_color_transform.dcm"),
            "dcmdjpeg", Codec::Jpeg, true);
        row("JPEG lossless SV1, RGB", pydicom("SC_rgb_jpeg_gdcm.dcm"), "dcmdjpeg", Codec::Jpeg,
            false);
        row("JPEG-LS lossless", pydicom("MR_small_jpeg_ls_lossless.dcm"), "dcmdjpls", Codec::JpegLs,
            false);
        row("RLE 16-bit", pydicom("MR_small_RLE.dcm"), "dcmdrle", Codec::Rle, false);
        row("RLE RGB", pydicom("SC_rgb_rle.dcm"), "dcmdrle", Codec::Rle, false);
        row("RLE RGB 16-bit", pydicom("SC_rgb_rle_16bit.dcm"), "dcmdrle", Codec::Rle, false);
        row("RLE RGB 2 frames", pydicom("SC_rgb_rle_2frame.dcm"), "dcmdrle", Codec::Rle, false);
        row("RLE RGB 32-bit 2 frames", pydicom("SC_rgb_rle_32bit_2frame.dcm"), "dcmdrle",
            Codec::Rle, false);
        row("deflated", pydicom("image_dfl.dcm"), "dcmconv", Codec::Deflate, false);
        row("implicit", pydicom("MR_small_implicit.dcm"), "dcmconv", Codec::None, false);
        row("big endian", pydicom("MR_small_bigendian.dcm"), "dcmconv", Codec::None, false);
        row("big endian RT dose 32-bit", pydicom("rtdose_expb.dcm"), "dcmconv", Codec::None, false);
        row("big endian RGB", pydicom("ExplVR_BigEnd.dcm"), "dcmconv", Codec::None, false);
        row("big endian, no meta", pydicom("ExplVR_BigEndNoMeta.dcm"), "dcmconv", Codec::None,
            false);
        row("little endian, no meta", pydicom("ExplVR_LitEndNoMeta.dcm"), "dcmconv", Codec::None,
            false);
        row("explicit little endian", pydicom("CT_small.dcm"), "dcmconv", Codec::None, false);
    }
    void sameAsDcmtkTools() {
        QFETCH(QString, file);
        QFETCH(QString, tool);
        QFETCH(Codec, codec);
        QFETCH(bool, lossy);
        QFETCH(bool, markAdded);
        const QString name =
            QString::fromLatin1(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
        const QString out = path(name + QStringLiteral(".out.dcm"));

        const TranscodeResult r = transcode(file, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.failure, Failure::None);
        QCOMPARE(r.decodedCodec, codec);
        QCOMPARE(r.lossy, lossy);
        QCOMPARE(r.lossyMarkAdded, markAdded);
        QCOMPARE(r.outputSize, QFileInfo(out).size());
        checkPart10(out);

        const QString ref = dcmtkReference(tool, file, name);
        QVERIFY(!ref.isEmpty());
        const QByteArray pixels = pixelBytes(out);
        QCOMPARE(pixels.isEmpty(), !topLevelTags(file).contains(QStringLiteral("(7fe0,0010)")));
        QVERIFY2(pixels == pixelBytes(ref), "pixel data differs from DCMTK's decoder");

        // The same attributes as the tool's output, apart from the lossy mark this program adds.
        const QList<DcmTagKey> lossyMark{DCM_LossyImageCompression,
                                         DCM_LossyImageCompressionMethod};
        QCOMPARE(printed(out, lossyMark), printed(ref, lossyMark));
        // And the same attribute tags as the source (DCMTK's decoders keep them all).
        QSet<QString> expected = topLevelTags(file);
        QSet<QString> got = topLevelTags(out);
        if (lossy) {
            expected.insert(QStringLiteral("(0028,2110)"));
            got.insert(QStringLiteral("(0028,2114)"));
            expected.insert(QStringLiteral("(0028,2114)"));
        }
        expected.remove(QStringLiteral("(7fe0,0001)"));
        expected.remove(QStringLiteral("(7fe0,0002)"));
        QCOMPARE(got, expected);

        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        if (lossy)
            QCOMPARE(str(*ff.getDataset(), DCM_LossyImageCompression), QStringLiteral("01"));
        else
            QVERIFY(str(*ff.getDataset(), DCM_LossyImageCompression) != QLatin1String("01"));
    }

    // Files made here with DCMTK's encoders from a known image, compared with DCMTK's decoders
    // and, for lossless ones, with the original pixels.
    void generatedFiles_data() {
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("frames");
        QTest::addColumn<bool>("lossy");
        QTest::addColumn<bool>("stripLossyMark");
        QTest::addColumn<QString>("method");

        auto row = [](const char* name, const char* encoder, QStringList options,
                      const char* decoder, int bits, int frames, bool lossy, bool strip,
                      const char* method = "") {
            QTest::newRow(name) << QString::fromLatin1(encoder) << options
                                << QString::fromLatin1(decoder) << bits << frames << lossy << strip
                                << QString::fromLatin1(method);
        };
        row("JPEG baseline", "dcmcjpeg", {"+eb"}, "dcmdjpeg", 8, 1, true, false, "ISO_10918_1");
        row("JPEG baseline, mark stripped", "dcmcjpeg", {"+eb"}, "dcmdjpeg", 8, 1, true, true,
            "ISO_10918_1");
        row("JPEG extended 12-bit, 3 frames", "dcmcjpeg", {"+ee"}, "dcmdjpeg", 16, 3, true, true,
            "ISO_10918_1");
        row("JPEG lossless", "dcmcjpeg", {"+el"}, "dcmdjpeg", 16, 1, false, false);
        row("JPEG lossless SV1, 3 frames", "dcmcjpeg", {"+e1"}, "dcmdjpeg", 16, 3, false, false);
        row("JPEG-LS lossless", "dcmcjpls", {"+el"}, "dcmdjpls", 16, 2, false, false);
        row("JPEG-LS near-lossless", "dcmcjpls", {"+en"}, "dcmdjpls", 16, 1, true, true,
            "ISO_14495_1");
        row("RLE 8-bit, 4 frames", "dcmcrle", {}, "dcmdrle", 8, 4, false, false);
        row("RLE 16-bit", "dcmcrle", {}, "dcmdrle", 16, 1, false, false);
    }
    void generatedFiles() {
        QFETCH(QString, encoder);
        QFETCH(QStringList, options);
        QFETCH(QString, decoder);
        QFETCH(int, bits);
        QFETCH(int, frames);
        QFETCH(bool, lossy);
        QFETCH(bool, stripLossyMark);
        QFETCH(QString, method);
        const QString name =
            QString::fromLatin1(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));

        const QString original =
            generated(name + QStringLiteral(".orig.dcm"), richSpec(32, 24, frames, bits),
                      QStringLiteral("1.2.840.10008.1.2"));
        QVERIFY(!original.isEmpty());
        const QString source =
            compressed(encoder, options, original, name + QStringLiteral(".src.dcm"));
        QVERIFY(!source.isEmpty());
        if (stripLossyMark) {
            QCOMPARE(test::run(QStringLiteral("dcmodify"),
                               {QStringLiteral("-nb"), QStringLiteral("-ea"),
                                QStringLiteral("(0028,2110)"), QStringLiteral("-ea"),
                                QStringLiteral("(0028,2114)"), source})
                         .exitCode,
                     0);
        }

        const QString out = path(name + QStringLiteral(".out.dcm"));
        const TranscodeResult r = transcode(source, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        QCOMPARE(r.lossy, lossy);
        QCOMPARE(r.lossyMarkAdded, lossy && stripLossyMark);

        const QString ref = dcmtkReference(decoder, source, name);
        QVERIFY(!ref.isEmpty());
        QVERIFY(pixelBytes(out) == pixelBytes(ref));
        if (!lossy)
            QVERIFY(pixelBytes(out) == pixelBytes(original));

        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        DcmDataset* ds = ff.getDataset();
        if (lossy) {
            QCOMPARE(str(*ds, DCM_LossyImageCompression), QStringLiteral("01"));
            QCOMPARE(str(*ds, DCM_LossyImageCompressionMethod), method);
        } else {
            QVERIFY(!ds->tagExists(DCM_LossyImageCompression) ||
                    str(*ds, DCM_LossyImageCompression) == QLatin1String("00"));
        }
        // Text keeps its bytes and its character set; private data and sequences stay.
        QCOMPARE(str(*ds, DCM_SpecificCharacterSet), QStringLiteral("ISO_IR 192"));
        QCOMPARE(rawValue(out, DCM_PatientName), rawValue(original, DCM_PatientName));
        QCOMPARE(rawValue(out, DCM_PatientName).trimmed(),
                 QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう").toUtf8());
        QCOMPARE(rawValue(out, DcmTagKey(0x0009, 0x1001)).trimmed(), QByteArray("private value"));
        DcmItem* item = nullptr;
        QVERIFY(ds->findAndGetSequenceItem(DCM_ReferencedImageSequence, item, 0).good());
        QCOMPARE(str(*item, DCM_ReferencedSOPInstanceUID), QStringLiteral("1.2.3.4.5"));
        QCOMPARE(u16(*ds, DCM_BitsAllocated), bits);
    }

    // pydicom's rtdose_rle.dcm has its dates, times and SOP UIDs as UN: they get their VR (the
    // meta header needs the UIDs), the pixels are DCMTK's, and other UN elements stay UN.
    void unknownVrTextRetyped() {
        const QString in = pydicom("rtdose_rle.dcm");
        const QString out = path(QStringLiteral("rtdose_rle.out.dcm"));
        const TranscodeResult r = transcode(in, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.notes.size(), 1);
        checkPart10(out);
        const QString ref = dcmtkReference(QStringLiteral("dcmdrle"), in, QStringLiteral("rtd"));
        QVERIFY(!pixelBytes(out).isEmpty());
        QVERIFY(pixelBytes(out) == pixelBytes(ref));
        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        DcmDataset* ds = ff.getDataset();
        for (const DcmTagKey& tag : {DCM_InstanceCreationDate, DCM_InstanceCreationTime,
                                     DCM_SOPClassUID, DCM_SOPInstanceUID}) {
            DcmElement* e = nullptr;
            QVERIFY(ds->findAndGetElement(tag, e).good());
            QVERIFY(e->getVR() != EVR_UN);
            QCOMPARE(rawValue(out, tag), rawValue(in, tag));
        }
        QCOMPARE(str(*ds, DCM_SOPClassUID), QStringLiteral("1.2.840.10008.5.1.4.1.1.481.2"));
        for (const DcmTagKey& tag : {DCM_FrameIncrementPointer, DCM_ReferencedRTPlanSequence}) {
            DcmElement* e = nullptr;
            QVERIFY(ds->findAndGetElement(tag, e).good());
            QCOMPARE(e->getVR(), EVR_UN);
            QCOMPARE(rawValue(out, tag), rawValue(in, tag));
        }
        // Apart from those two, as DCMTK has it when told to convert UN (dcmconv +uc).
        const QString converted =
            dcmtkReference(QStringLiteral("dcmdrle+uc"), in, QStringLiteral("rtd_uc"));
        const QList<DcmTagKey> keptUn{DCM_FrameIncrementPointer, DCM_ReferencedRTPlanSequence};
        QCOMPARE(printed(out, keptUn), printed(converted, keptUn));
    }

    // Text in ISO 2022 (Japanese) is carried byte for byte, never converted.
    void iso2022TextKept() {
        test::InstanceSpec spec;
        spec.characterSet = QStringLiteral("\\ISO 2022 IR 87");
        const QByteArray name = "Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B";
        spec.customize = [name](DcmDataset& ds) {
            ds.putAndInsertString(DCM_PatientName, name.constData());
        };
        const QString in =
            generated(QStringLiteral("iso2022.dcm"), spec, QStringLiteral("1.2.840.10008.1.2"));
        const QString out = path(QStringLiteral("iso2022.out.dcm"));
        const TranscodeResult r = transcode(in, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        QCOMPARE(rawValue(out, DCM_PatientName), name);
        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        QCOMPARE(str(*ff.getDataset(), DCM_SpecificCharacterSet),
                 QStringLiteral("\\ISO 2022 IR 87"));
    }

    // ---- JPEG 2000

    void jpeg2000LosslessIsTheOriginal() {
        const QString out = path(QStringLiteral("mr_j2k.out.dcm"));
        const TranscodeResult r = transcode(pydicom("MR_small_jp2klossless.dcm"), out);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.decodedCodec, Codec::Jpeg2000);
        QCOMPARE(r.sourceTransferSyntax, QStringLiteral("1.2.840.10008.1.2.4.90"));
        QVERIFY(!r.lossy);
        QVERIFY(r.notes.isEmpty());
        checkPart10(out);
        const QByteArray expected = pixelBytes(pydicom("MR_small.dcm"));
        QCOMPARE(expected.size(), 64 * 64 * 2);
        QVERIFY(pixelBytes(out) == expected);
        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        QVERIFY(str(*ff.getDataset(), DCM_LossyImageCompression) != QLatin1String("01"));
        // Everything but the pixels is as in the source.
        QCOMPARE(printed(out), printed(pydicom("MR_small_jp2klossless.dcm")));
    }

    // pydicom's J2K_pixelrep_mismatch.dcm: unsigned 13-bit codestream, Pixel Representation 1.
    // The values are those pydicom's own test expects (test_pixel_rep_mismatch).
    void jpeg2000PixelRepresentationMismatch() {
        const QString out = path(QStringLiteral("mismatch.out.dcm"));
        const TranscodeResult r = transcode(pydicom("J2K_pixelrep_mismatch.dcm"), out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        QCOMPARE(r.notes.size(), 1);
        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        DcmDataset* ds = ff.getDataset();
        QCOMPARE(u16(*ds, DCM_PixelRepresentation), 1);
        QCOMPARE(u16(*ds, DCM_BitsStored), 13);
        QCOMPARE(u16(*ds, DCM_HighBit), 12);
        const QVector<qint32> px = samples16(out, true);
        QCOMPARE(px.size(), 512 * 512);
        auto at = [&px](int row, int column) {
            return px[row * 512 + column];
        };
        QCOMPARE(at(0, 0), -2000);
        const QList<int> column279{621, 412, 138, -193, -520, -767, -907, -966, -988, -995};
        for (int i = 0; i < column279.size(); ++i)
            QCOMPARE(at(47 + i, 279), column279[i]);
        const QList<int> column106{-377, -121, 141, 383, 633, 910, 1198, 1455, 1638, 1732};
        for (int i = 0; i < column106.size(); ++i)
            QCOMPARE(at(328 + i, 106), column106[i]);
    }

    // GDCM's JP2-wrapped YBR_RCT image: colours come back as RGB.
    void jpeg2000ReversibleColour() {
        const QString out = path(QStringLiteral("gbr.out.dcm"));
        const TranscodeResult r = transcode(pydicom("GDCMJ2K_TextGBR.dcm"), out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        QVERIFY(!r.lossy);
        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        DcmDataset* ds = ff.getDataset();
        QCOMPARE(str(*ds, DCM_PhotometricInterpretation), QStringLiteral("RGB"));
        QCOMPARE(u16(*ds, DCM_PlanarConfiguration), 0);
        QCOMPARE(u16(*ds, DCM_SamplesPerPixel), 3);
        const QByteArray px = pixelBytes(out);
        QCOMPARE(px.size(), 400 * 400 * 3);
        checkTextGbrColours(px);
    }

    // Lossy JPEG 2000 made here from MR_small with OpenJPEG's irreversible wavelet: close to the
    // original, marked lossy with its method.
    void jpeg2000LossyAgainstOriginal() {
        const QString original = pydicom("MR_small.dcm");
        const QVector<qint32> reference = samples16(original, true);
        const QByteArray codestream = encodeJ2k(reference, 64, 64, 16, true, false, 8.0f);
        QVERIFY(!codestream.isEmpty());
        const QString in = path(QStringLiteral("mr_lossy_j2k.dcm"));
        QVERIFY(writeJ2kFile(original, in, {codestream}, "1.2.840.10008.1.2.4.91", false));
        const QString out = path(QStringLiteral("mr_lossy_j2k.out.dcm"));
        const TranscodeResult r = transcode(in, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        QVERIFY(r.lossy);
        QVERIFY(r.lossyMarkAdded);
        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        QCOMPARE(str(*ff.getDataset(), DCM_LossyImageCompression), QStringLiteral("01"));
        QCOMPARE(str(*ff.getDataset(), DCM_LossyImageCompressionMethod),
                 QStringLiteral("ISO_15444_1"));
        const QVector<qint32> decoded = samples16(out, true);
        double range = 0;
        for (qint32 v : reference)
            range = qMax(range, double(v));
        const double mad = meanAbsoluteDifference(decoded, reference);
        QVERIFY2(mad < range * 0.02, qPrintable(QString::number(mad)));
        QVERIFY(mad > 0); // it is lossy, after all
    }

    // A codestream made with the irreversible wavelet under the lossless-only UID is lossy in
    // fact, and marked so.
    void jpeg2000IrreversibleUnderLosslessUid() {
        const QString original = pydicom("MR_small.dcm");
        const QByteArray codestream =
            encodeJ2k(samples16(original, true), 64, 64, 16, true, false, 8.0f);
        const QString in = path(QStringLiteral("mr_irrev_90.dcm"));
        QVERIFY(writeJ2kFile(original, in, {codestream}, "1.2.840.10008.1.2.4.90", false));
        const QString out = path(QStringLiteral("mr_irrev_90.out.dcm"));
        const TranscodeResult r = transcode(in, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.lossy);
        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        QCOMPARE(str(*ff.getDataset(), DCM_LossyImageCompression), QStringLiteral("01"));
    }

    // Frames found through the Basic Offset Table, one fragment per frame, and start markers
    // when a frame spans several fragments without a table.
    void jpeg2000MultiFrame_data() {
        QTest::addColumn<bool>("offsetTable");
        QTest::addColumn<int>("fragmentSize");
        QTest::newRow("offset table, one fragment per frame") << true << 0;
        QTest::newRow("no table, one fragment per frame") << false << 0;
        QTest::newRow("offset table, several fragments per frame") << true << 1000;
        QTest::newRow("no table, several fragments per frame") << false << 1000;
    }
    void jpeg2000MultiFrame() {
        QFETCH(bool, offsetTable);
        QFETCH(int, fragmentSize);
        const QString original = pydicom("MR_small.dcm");
        const QVector<qint32> base = samples16(original, true);
        QList<QByteArray> frames;
        QVector<qint32> expected;
        for (int f = 0; f < 3; ++f) {
            QVector<qint32> frame = base;
            for (qint32& v : frame)
                v = qBound(-32768, v - 100 * f, 32767);
            expected += frame;
            frames << encodeJ2k(frame, 64, 64, 16, true, true);
        }
        const QString in = path(QStringLiteral("mf_%1_%2.dcm").arg(offsetTable).arg(fragmentSize));
        QVERIFY(writeJ2kFile(original, in, frames, "1.2.840.10008.1.2.4.90", offsetTable,
                             Uint32(fragmentSize)));
        const QString out = in + QStringLiteral(".out.dcm");
        const TranscodeResult r = transcode(in, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        QVERIFY(!r.lossy);
        QCOMPARE(samples16(out, true), expected);
    }

    // Bits Stored says 12, the codestream holds 14-bit values: raised to the codestream's
    // precision, with a note; the pixels are as encoded.
    void jpeg2000BitsStoredRaised() {
        const QString original = pydicom("MR_small.dcm");
        QVector<qint32> pixels(64 * 64);
        for (int i = 0; i < pixels.size(); ++i)
            pixels[i] = (i * 7) % 16384;
        const QByteArray codestream = encodeJ2k(pixels, 64, 64, 16, false, true);
        const QString in = path(QStringLiteral("bits_stored.dcm"));
        QVERIFY(writeJ2kFile(original, in, {codestream}, "1.2.840.10008.1.2.4.90", false, 0,
                             [](DcmDataset& ds) {
                                 ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
                                 ds.putAndInsertUint16(DCM_BitsStored, 12);
                                 ds.putAndInsertUint16(DCM_HighBit, 11);
                             }));
        const QString out = path(QStringLiteral("bits_stored.out.dcm"));
        const TranscodeResult r = transcode(in, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        QCOMPARE(r.notes.size(), 1);
        DcmFileFormat ff;
        QVERIFY(load(out, ff));
        QCOMPARE(u16(*ff.getDataset(), DCM_BitsStored), 16);
        QCOMPARE(u16(*ff.getDataset(), DCM_HighBit), 15);
        QCOMPARE(samples16(out, false), pixels);
    }

    // Negative samples in an image the data set calls unsigned: refused, not guessed.
    void jpeg2000NegativeValuesInUnsignedImage() {
        const QString original = pydicom("MR_small.dcm");
        QVector<qint32> pixels(64 * 64);
        for (int i = 0; i < pixels.size(); ++i)
            pixels[i] = (i % 200) - 100;
        const QByteArray codestream = encodeJ2k(pixels, 64, 64, 12, true, true);
        const QString in = path(QStringLiteral("negative.dcm"));
        QVERIFY(writeJ2kFile(original, in, {codestream}, "1.2.840.10008.1.2.4.90", false, 0,
                             [](DcmDataset& ds) {
                                 ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
                                 ds.putAndInsertUint16(DCM_BitsStored, 12);
                                 ds.putAndInsertUint16(DCM_HighBit, 11);
                             }));
        const QString out = path(QStringLiteral("negative.out.dcm"));
        const TranscodeResult r = transcode(in, out);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, Failure::Damaged);
        QVERIFY(r.message.contains(QLatin1String("Pixel Representation")));
        QVERIFY(noOutput(out));
    }

    // A frame whose size differs from Rows/Columns is refused.
    void jpeg2000WrongSize() {
        const QString original = pydicom("MR_small.dcm");
        const QByteArray codestream =
            encodeJ2k(QVector<qint32>(32 * 64, 100), 32, 64, 16, true, true);
        const QString in = path(QStringLiteral("wrong_size.dcm"));
        QVERIFY(writeJ2kFile(original, in, {codestream}, "1.2.840.10008.1.2.4.90", false));
        const QString out = path(QStringLiteral("wrong_size.out.dcm"));
        const TranscodeResult r = transcode(in, out);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, Failure::Damaged);
        QVERIFY(noOutput(out));
    }

    // Lossy JPEG 2000 from pydicom's corpus: decodes, stays marked lossy, and is plausible.
    void jpeg2000LossyCorpus_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("JPEG2000.dcm") << pydicom("JPEG2000.dcm");
        QTest::newRow("693_J2KI.dcm") << pydicom("693_J2KI.dcm");
    }
    void jpeg2000LossyCorpus() {
        QFETCH(QString, file);
        const QString out = path(QFileInfo(file).fileName() + QStringLiteral(".out.dcm"));
        const TranscodeResult r = transcode(file, out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        if (!r.notes.isEmpty())
            qInfo("%s", qPrintable(r.notes.join(QLatin1Char(' '))));
        QVERIFY(r.lossy);
        QVERIFY(!r.lossyMarkAdded); // both carry 01 already
        DcmFileFormat in, ff;
        QVERIFY(load(file, in));
        QVERIFY(load(out, ff));
        DcmDataset* ds = ff.getDataset();
        QCOMPARE(str(*ds, DCM_LossyImageCompression), QStringLiteral("01"));
        QCOMPARE(str(*ds, DCM_LossyImageCompressionMethod), QStringLiteral("ISO_15444_1"));
        const int rows = u16(*ds, DCM_Rows), columns = u16(*ds, DCM_Columns);
        const QVector<qint32> px = samples16(out, u16(*ds, DCM_PixelRepresentation) == 1);
        QCOMPARE(px.size(), rows * columns);
        // Plausible: an image with structure whose neighbouring pixels are mostly alike.
        const int bitsStored = u16(*ds, DCM_BitsStored);
        qint64 lo = px[0], hi = px[0];
        double neighbour = 0, spread = 0;
        double mean = 0;
        for (qint32 v : px)
            mean += v;
        mean /= px.size();
        for (int i = 0; i < px.size(); ++i) {
            lo = qMin<qint64>(lo, px[i]);
            hi = qMax<qint64>(hi, px[i]);
            spread += std::abs(px[i] - mean);
            if (i % columns)
                neighbour += std::abs(px[i] - px[i - 1]);
        }
        QVERIFY(hi > lo);
        QVERIFY(lo >= -(qint64(1) << (bitsStored - 1)) && hi < (qint64(1) << bitsStored));
        QVERIFY2(neighbour / px.size() < 0.5 * spread / px.size(),
                 qPrintable(QStringLiteral("%1 %2").arg(neighbour).arg(spread)));
        QCOMPARE(printed(out, {DCM_LossyImageCompressionMethod, DCM_BitsStored, DCM_HighBit}),
                 printed(file, {DCM_LossyImageCompressionMethod, DCM_BitsStored, DCM_HighBit}));
    }

    // GDCM's lossy RGB JPEG 2000 is the same picture as pydicom's other SC_rgb files: compared
    // with the lossless RLE one decoded by DCMTK.
    void jpeg2000LossyRgbAgainstLosslessCopy() {
        const QString out = path(QStringLiteral("ky.out.dcm"));
        const TranscodeResult r = transcode(pydicom("SC_rgb_gdcm_KY.dcm"), out);
        QVERIFY2(r.ok, qPrintable(r.message));
        checkPart10(out);
        QVERIFY(r.lossy);
        const QString ref = dcmtkReference(QStringLiteral("dcmdrle"), pydicom("SC_rgb_rle.dcm"),
                                           QStringLiteral("ky"));
        const QByteArray a = pixelBytes(out), b = pixelBytes(ref);
        QCOMPARE(a.size(), b.size());
        QVector<qint32> va(a.size()), vb(b.size());
        for (int i = 0; i < a.size(); ++i) {
            va[i] = uchar(a[i]);
            vb[i] = uchar(b[i]);
        }
        const double mad = meanAbsoluteDifference(va, vb);
        QVERIFY2(mad < 4.0, qPrintable(QString::number(mad)));
    }

    // ---- failures: a message, and nothing left behind

    void failures_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Failure>("failure");
        QTest::newRow("truncated JPEG file") << "truncated-jpeg" << Failure::Damaged;
        QTest::newRow("JPEG frame cut short") << "cut-jpeg" << Failure::Damaged;
        QTest::newRow("JPEG-LS frame cut short") << "cut-jpegls" << Failure::Damaged;
        QTest::newRow("RLE frame cut short") << "cut-rle" << Failure::Damaged;
        QTest::newRow("JPEG 2000 frame cut short") << "cut-j2k" << Failure::Damaged;
        QTest::newRow("JPEG 2000 with a broken SIZ") << "j2k-garbage" << Failure::Damaged;
        QTest::newRow("video (MPEG-4)") << "video" << Failure::Video;
        QTest::newRow("unknown transfer syntax") << "unknown" << Failure::Unsupported;
        QTest::newRow("not DICOM") << "text" << Failure::NotDicom;
        QTest::newRow("missing input") << "missing" << Failure::NotReadable;
    }
    void failures() {
        QFETCH(QString, kind);
        QFETCH(Failure, failure);
        QString in = path(kind + QStringLiteral(".in"));
        auto cutFirstFragment = [&](const QString& source) {
            DcmFileFormat ff;
            QVERIFY(load(source, ff));
            DcmDataset* ds = ff.getDataset();
            DcmElement* e = nullptr;
            QVERIFY(ds->findAndGetElement(DCM_PixelData, e).good());
            auto* px = static_cast<DcmPixelData*>(e);
            DcmPixelSequence* seq = nullptr;
            const E_TransferSyntax xfer = ds->getOriginalXfer();
            QVERIFY(px->getEncapsulatedRepresentation(xfer, nullptr, seq).good());
            DcmPixelItem* item = nullptr;
            QVERIFY(seq->getItem(item, 1).good());
            Uint8* data = nullptr;
            item->getUint8Array(data);
            const Uint32 half = (item->getLength() / 2) & ~Uint32(1);
            std::vector<Uint8> kept(data, data + half);
            QVERIFY(item->putUint8Array(kept.data(), half).good());
            QVERIFY(ff.saveFile(QFile::encodeName(in).constData(), xfer).good());
        };
        if (kind == QLatin1String("truncated-jpeg")) {
            QFile src(pydicom("JPEG-lossy.dcm"));
            QVERIFY(src.open(QIODevice::ReadOnly));
            QVERIFY(test::writeText(in, src.readAll().left(int(src.size() * 0.7))));
        } else if (kind == QLatin1String("cut-jpeg")) {
            cutFirstFragment(pydicom("JPGExtended.dcm"));
        } else if (kind == QLatin1String("cut-jpegls")) {
            cutFirstFragment(pydicom("MR_small_jpeg_ls_lossless.dcm"));
        } else if (kind == QLatin1String("cut-rle")) {
            cutFirstFragment(pydicom("MR_small_RLE.dcm"));
        } else if (kind == QLatin1String("cut-j2k")) {
            cutFirstFragment(pydicom("MR_small_jp2klossless.dcm"));
        } else if (kind == QLatin1String("j2k-garbage")) {
            in = pydicom("JPEG2000-embedded-sequence-delimiter.dcm");
        } else if (kind == QLatin1String("video")) {
            // Encapsulated like a real MPEG-4 file; the content is never looked at.
            QVERIFY(writeJ2kFile(pydicom("MR_small.dcm"), in,
                                 {QByteArray("\x00\x00\x01\xB3 not really a video stream")},
                                 "1.2.840.10008.1.2.4.102", false));
        } else if (kind == QLatin1String("unknown")) {
            // JPEG XL: neither DCMTK 3.6.7 nor this program decodes it.
            DcmFileFormat ff;
            QVERIFY(load(pydicom("CT_small.dcm"), ff));
            ff.getMetaInfo()->putAndInsertString(DCM_TransferSyntaxUID, "1.2.840.10008.1.2.4.112");
            QVERIFY(ff.saveFile(QFile::encodeName(in).constData(), EXS_LittleEndianExplicit,
                                EET_ExplicitLength, EGL_recalcGL, EPD_noChange, 0, 0,
                                EWM_dontUpdateMeta)
                        .good());
        } else if (kind == QLatin1String("text")) {
            QVERIFY(test::writeText(in, "This is a report, not an image.\n"));
        } else if (kind == QLatin1String("missing")) {
            in = path(QStringLiteral("does-not-exist.dcm"));
        }

        const QString out = path(kind + QStringLiteral(".out.dcm"));
        // A leftover from a killed run must not survive either.
        QVERIFY(test::writeText(out + QStringLiteral(".part"), "stale"));
        const TranscodeResult r = Transcoder::toExplicitLittleEndian(in, out);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, failure);
        QVERIFY(!r.message.isEmpty());
        qInfo("%s", qPrintable(r.message));
        QVERIFY(noOutput(out));
        if (failure == Failure::Video) {
            QVERIFY(r.message.contains(QLatin1String("operator")));
            QCOMPARE(r.sourceTransferSyntax, QStringLiteral("1.2.840.10008.1.2.4.102"));
        }
    }

    // A failed transcode leaves an existing output as it was.
    void failureKeepsExistingOutput() {
        const QString out = path(QStringLiteral("existing.out.dcm"));
        QVERIFY(test::writeText(out, "earlier"));
        const QString in = path(QStringLiteral("existing.txt"));
        QVERIFY(test::writeText(in, "not dicom"));
        const TranscodeResult r = Transcoder::toExplicitLittleEndian(in, out);
        QVERIFY(!r.ok);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("earlier"));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }

    void cancelled() {
        std::atomic_bool cancel{true};
        TranscodeOptions options;
        options.cancel = &cancel;
        const QString out = path(QStringLiteral("cancelled.out.dcm"));
        const TranscodeResult r =
            Transcoder::toExplicitLittleEndian(pydicom("MR_small_jp2klossless.dcm"), out, options);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, Failure::Cancelled);
        QVERIFY(noOutput(out));
    }

    void tooLargeIsRefused_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("JPEG 2000") << pydicom("MR_small_jp2klossless.dcm");
        QTest::newRow("RLE") << pydicom("MR_small_RLE.dcm");
    }
    void tooLargeIsRefused() {
        QFETCH(QString, file);
        TranscodeOptions options;
        options.maxPixelBytes = 1024;
        const QString out = path(QStringLiteral("large.out.dcm"));
        const TranscodeResult r = Transcoder::toExplicitLittleEndian(file, out, options);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, Failure::Unsupported);
        QVERIFY(noOutput(out));
    }

    // Several files at once on the thread pool give the same bytes as one after another.
    void concurrentEqualsSequential() {
        const QStringList inputs{pydicom("JPEG-lossy.dcm"),
                                 pydicom("JPGExtended.dcm"),
                                 pydicom("SC_rgb_jpeg_gdcm.dcm"),
                                 pydicom("MR_small_jpeg_ls_lossless.dcm"),
                                 pydicom("MR_small_RLE.dcm"),
                                 pydicom("SC_rgb_rle_2frame.dcm"),
                                 pydicom("image_dfl.dcm"),
                                 pydicom("MR_small_bigendian.dcm"),
                                 pydicom("MR_small_jp2klossless.dcm"),
                                 pydicom("J2K_pixelrep_mismatch.dcm"),
                                 pydicom("GDCMJ2K_TextGBR.dcm"),
                                 pydicom("JPEG2000.dcm"),
                                 pydicom("693_J2KI.dcm"),
                                 pydicom("SC_rgb_jpeg_dcmtk.dcm")};
        QDir().mkpath(path(QStringLiteral("seq")));
        QDir().mkpath(path(QStringLiteral("par")));
        auto outFor = [this](const QString& folder, int i) {
            return path(QStringLiteral("%1/%2.dcm").arg(folder).arg(i));
        };
        QList<QByteArray> sequential;
        for (int i = 0; i < inputs.size(); ++i) {
            const TranscodeResult r =
                Transcoder::toExplicitLittleEndian(inputs[i], outFor(QStringLiteral("seq"), i));
            QVERIFY2(r.ok, qPrintable(r.message));
            QFile f(outFor(QStringLiteral("seq"), i));
            QVERIFY(f.open(QIODevice::ReadOnly));
            sequential << f.readAll();
        }
        QList<int> jobs;
        for (int round = 0; round < 3; ++round)
            for (int i = 0; i < inputs.size(); ++i)
                jobs << round * 100 + i;
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<bool> ok = QtConcurrent::blockingMapped(&pool, jobs, [&](int job) {
            const int i = job % 100;
            return Transcoder::toExplicitLittleEndian(inputs[i], outFor(QStringLiteral("par"), job))
                .ok;
        });
        for (int j = 0; j < jobs.size(); ++j) {
            QVERIFY(ok[j]);
            QFile f(outFor(QStringLiteral("par"), jobs[j]));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == sequential[jobs[j] % 100], qPrintable(inputs[jobs[j] % 100]));
        }
    }

private:
    // The picture says "red", "green" and "blue" in those pure colours on grey (hence
    // "TextGBR"): after the inverse RCT all three colours are there.
    void checkTextGbrColours(const QByteArray& px) {
        int red = 0, green = 0, blue = 0, black = 0, other = 0;
        for (int i = 0; i + 2 < px.size(); i += 3) {
            const int r = uchar(px[i]), g = uchar(px[i + 1]), b = uchar(px[i + 2]);
            if (r > 200 && g < 60 && b < 60)
                ++red;
            else if (g > 200 && r < 60 && b < 60)
                ++green;
            else if (b > 200 && r < 60 && g < 60)
                ++blue;
            else if (r < 30 && g < 30 && b < 30)
                ++black;
            else
                ++other;
        }
        QVERIFY2(red > 100 && green > 100 && blue > 100,
                 qPrintable(QStringLiteral("r %1 g %2 b %3 black %4 other %5")
                                .arg(red)
                                .arg(green)
                                .arg(blue)
                                .arg(black)
                                .arg(other)));
    }
};

QTEST_GUILESS_MAIN(TestTranscoder)
#include "tst_transcoder.moc"
