// Reading one file's summary without its pixel data, on real files of every encoding, broken
// files, and objects that carry AI evidence.
#include "TestSupport.h"

#include "dicom/DicomSummaryReader.h"
#include "dicom/SharedSummary.h"
#include "medium/LocalFile.h"
#include "rules/AiDetector.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <QJsonObject>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcvrobow.h>

using namespace pdi;

namespace {

DicomSummaryReader::Result readFile(const QString& path) {
    auto file = std::make_shared<LocalFile>(path);
    if (!file->open())
        return DicomSummaryReader::Result();
    return DicomSummaryReader::read(file);
}

DcmItem* addItem(DcmItem& parent, const DcmTagKey& sequence) {
    DcmItem* item = nullptr;
    parent.findOrCreateSequenceItem(sequence, item, -2);
    return item;
}

// Replaces an element by one with VR UN holding the same value bytes.
void storeAsUn(DcmItem& item, const DcmTagKey& tag, const QByteArray& bytes) {
    delete item.remove(tag);
    auto* element = new DcmOtherByteOtherWord(DcmTag(tag, EVR_UN));
    element->putUint8Array(reinterpret_cast<const Uint8*>(bytes.constData()),
                           unsigned(bytes.size()));
    item.insert(element, OFTrue);
}

} // namespace

class TestDicomSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Attributes whose dictionary VR is text, stored with VR UN, read as the text they are
    // (pydicom's rtdose_rle_1frame.dcm; hex like 69\\64\\31... is never an identity).
    // The inventory and the contents share one summary an object; a writer gets its own copy.
    void aSharedSummaryIsCopiedBeforeAWrite() {
        DicomSummary s;
        s.patientId = QStringLiteral("A");
        SharedSummary a(s);
        SharedSummary b = a;
        QCOMPARE(&a.get(), &b.get());
        b.edit().patientId = QStringLiteral("B");
        QCOMPARE(a->patientId, QStringLiteral("A"));
        QCOMPARE(b->patientId, QStringLiteral("B"));
        DicomSummary& own = b.edit(); // not shared any more: no second copy
        QCOMPARE(&own, &b.get());
        const SharedSummary none;
        QVERIFY(none.isNull());
        QVERIFY(none->patientId.isEmpty());
        const DicomSummary& read = none; // reads as an empty summary
        QVERIFY(!read.part10);
    }

    void unVrFromPydicom() {
        const QString path = test::pydicomFile(QStringLiteral("rtdose_rle_1frame.dcm"));
        const auto r = readFile(path);
        QCOMPARE(r.status, DicomSummaryReader::Status::Ok);
        const DicomSummary& s = r.summary;
        QCOMPARE(s.patientId, QStringLiteral("id11111"));
        QCOMPARE(s.patientName, QStringLiteral("Lastname^Firstname"));
        QCOMPARE(s.sex, QStringLiteral("O"));
        QCOMPARE(s.modality, QStringLiteral("RTDOSE"));
        QCOMPARE(s.studyUid, QStringLiteral("1.2.999.999.99.9.9999.8888"));
        // The UIDs agree with the file meta information (no false PDI-F005).
        QCOMPARE(s.sopInstanceUid, s.metaSopInstanceUid);
        QCOMPARE(s.sopClassUid, s.metaSopClassUid);
        const QJsonObject py = test::pydicomIdentities({path}).value(path).toObject();
        QCOMPARE(py.value(QStringLiteral("id")).toString(), s.patientId);
        QCOMPARE(py.value(QStringLiteral("name")).toString(), s.patientName);
        QCOMPARE(py.value(QStringLiteral("sex")).toString(), s.sex);
    }

    void unVrGenerated_data() {
        QTest::addColumn<QString>("transferSyntax");
        QTest::newRow("explicit little endian") << "1.2.840.10008.1.2.1";
        QTest::newRow("implicit little endian") << "1.2.840.10008.1.2";
    }
    void unVrGenerated() {
        // Kanji in ISO 2022 IR 87 and an odd-length value padded by the writer.
        QFETCH(QString, transferSyntax);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("un.dcm"));
        test::InstanceSpec spec;
        spec.characterSet = QStringLiteral("\\ISO 2022 IR 87");
        spec.customize = [](DcmDataset& ds) {
            storeAsUn(ds, DCM_PatientID, "10000003");
            storeAsUn(ds, DCM_IssuerOfPatientID, "HOSP");
            storeAsUn(ds, DCM_PatientName, "YAMADA^TARO=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B");
            storeAsUn(ds, DCM_PatientBirthDate, "19750329");
            storeAsUn(ds, DCM_PatientSex, "M ");
            storeAsUn(ds, DCM_Rows, QByteArray("\x20\x00", 2));
            storeAsUn(ds, DCM_SliceThickness, "2.5 ");
        };
        QVERIFY(test::writeInstance(path, spec, transferSyntax));
        const auto r = readFile(path);
        QCOMPARE(r.status, DicomSummaryReader::Status::Ok);
        const DicomSummary& s = r.summary;
        QCOMPARE(s.patientId, QStringLiteral("10000003"));
        QCOMPARE(s.issuerOfPatientId, QStringLiteral("HOSP"));
        QCOMPARE(s.patientName, QStringLiteral("YAMADA^TARO=山田^太郎"));
        QCOMPARE(s.birthDate, QStringLiteral("19750329"));
        QCOMPARE(s.sex, QStringLiteral("M"));
        QCOMPARE(s.rows, 32);
        QCOMPARE(s.sliceThickness, 2.5);
        const QJsonObject py = test::pydicomIdentities({path}).value(path).toObject();
        QCOMPARE(py.value(QStringLiteral("id")).toString(), s.patientId);
        QCOMPARE(py.value(QStringLiteral("name")).toString(), s.patientName);
        QCOMPARE(py.value(QStringLiteral("birthDate")).toString(), s.birthDate);
    }

    void explicitLittleEndian() {
        const auto r = readFile(test::pydicomFile(QStringLiteral("CT_small.dcm")));
        QCOMPARE(r.status, DicomSummaryReader::Status::Ok);
        const DicomSummary& s = r.summary;
        QVERIFY(s.part10);
        QCOMPARE(s.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        QCOMPARE(s.sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
        QCOMPARE(s.patientId, QStringLiteral("1CT1"));
        QCOMPARE(s.patientName, QStringLiteral("CompressedSamples^CT1"));
        QCOMPARE(s.modality, QStringLiteral("CT"));
        QCOMPARE(s.sliceThickness, 5.0);
        QCOMPARE(s.institutionName, QStringLiteral("JFK IMAGING CENTER"));
        QVERIFY(s.hasPixelData);
        QVERIFY(!s.studyUid.isEmpty());
        QCOMPARE(s.metaSopInstanceUid, s.sopInstanceUid);
    }

    void otherEncodings_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("transferSyntax");
        QTest::addColumn<bool>("part10");
        QTest::newRow("big endian") << "MR_small_bigendian.dcm"
                                    << "1.2.840.10008.1.2.2" << true;
        QTest::newRow("implicit") << "MR_small_implicit.dcm"
                                  << "1.2.840.10008.1.2" << true;
        QTest::newRow("deflated") << "image_dfl.dcm"
                                  << "1.2.840.10008.1.2.1.99" << true;
        QTest::newRow("JPEG 2000") << "JPEG2000.dcm"
                                   << "1.2.840.10008.1.2.4.91" << true;
        QTest::newRow("RLE") << "MR_small_RLE.dcm"
                             << "1.2.840.10008.1.2.5" << true;
        QTest::newRow("JPEG-LS") << "MR_small_jpeg_ls_lossless.dcm"
                                 << "1.2.840.10008.1.2.4.80" << true;
        QTest::newRow("no meta, big endian") << "ExplVR_BigEndNoMeta.dcm"
                                             << "1.2.840.10008.1.2.2" << false;
        QTest::newRow("no meta, little endian") << "ExplVR_LitEndNoMeta.dcm"
                                                << "1.2.840.10008.1.2.1" << false;
    }
    void otherEncodings() {
        QFETCH(QString, file);
        QFETCH(QString, transferSyntax);
        QFETCH(bool, part10);
        const auto r = readFile(test::pydicomFile(file));
        QCOMPARE(r.status, DicomSummaryReader::Status::Ok);
        QCOMPARE(r.summary.transferSyntaxUid, transferSyntax);
        QCOMPARE(r.summary.part10, part10);
        QVERIFY(!r.summary.sopClassUid.isEmpty());
    }

    void brokenFilesAreDamagedNotFatal_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("pixel data cut off") << "MR_truncated.dcm";
        QTest::newRow("header cut off") << "rtplan_truncated.dcm";
        QTest::newRow("bad element length") << "SC_rgb_jpeg.dcm";
    }
    void brokenFilesAreDamagedNotFatal() {
        QFETCH(QString, file);
        const auto r = readFile(test::pydicomFile(file));
        QCOMPARE(r.status, DicomSummaryReader::Status::Damaged);
        QVERIFY(!r.error.isEmpty());
    }

    void truncatedPixelDataSaysHowMuchIsMissing() {
        const auto r = readFile(test::pydicomFile(QStringLiteral("MR_truncated.dcm")));
        QVERIFY2(r.error.contains(QLatin1String("pixel data truncated")), qPrintable(r.error));
        QCOMPARE(r.summary.patientId, QStringLiteral("4MR1"));
    }

    void nonDicomIsRecognisedByContent() {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("IMAGE.DCM"));
        QVERIFY(test::writeText(text, "This is not DICOM even if its name says so.\n"));
        QCOMPARE(readFile(text).status, DicomSummaryReader::Status::NotDicom);
        const QString pdf = dir.filePath(QStringLiteral("I1"));
        QVERIFY(test::writeText(pdf, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"));
        QCOMPARE(readFile(pdf).status, DicomSummaryReader::Status::NotDicom);
    }

    void memoryAndFileGiveTheSameSummary() {
        const QString path = test::pydicomFile(QStringLiteral("MR_small_bigendian.dcm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto fromMemory =
            DicomSummaryReader::read(std::make_shared<MemoryMediumFile>(f.readAll()));
        const auto fromFile = readFile(path);
        QCOMPARE(fromMemory.summary.sopInstanceUid, fromFile.summary.sopInstanceUid);
        QCOMPARE(fromMemory.summary.patientName, fromFile.summary.patientName);
        QCOMPARE(fromMemory.summary.sliceThickness, fromFile.summary.sliceThickness);
    }

    void longValuesAreSkippedNotRead() {
        // A 32 MB private value in front of the pixel data: the summary still comes out, and the
        // reader only touches the bytes it needs.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("BIG"));
        test::InstanceSpec spec;
        spec.customize = [](DcmDataset& ds) {
            std::vector<Uint8> blob(32 * 1024 * 1024, 0x5A);
            ds.putAndInsertUint8Array(DcmTag(0x0029, 0x1010, EVR_OB), blob.data(),
                                      unsigned(blob.size()));
            ds.putAndInsertString(DcmTag(0x0029, 0x0010, EVR_LO), "PDI TEST");
        };
        QVERIFY(test::writeInstance(path, spec));

        class CountingFile : public LocalFile {
        public:
            using LocalFile::LocalFile;
            qint64 readAt(qint64 pos, char* buffer, qint64 len) override {
                const qint64 n = LocalFile::readAt(pos, buffer, len);
                if (n > 0)
                    bytesRead += n;
                return n;
            }
            qint64 bytesRead = 0;
        };
        auto file = std::make_shared<CountingFile>(path);
        QVERIFY(file->open());
        const auto r = DicomSummaryReader::read(file);
        QCOMPARE(r.status, DicomSummaryReader::Status::Ok);
        QCOMPARE(r.summary.patientId, spec.patientId);
        QVERIFY(r.summary.hasPixelData);
        QVERIFY2(file->bytesRead < 1024 * 1024, qPrintable(QString::number(file->bytesRead)));
    }

    void aiEvidence() {
        QTemporaryDir dir;
        CheckSettings settings;
        const AiDetector detector(settings);

        // An automatic segmentation with the Algorithm Identification macro in its segment.
        test::InstanceSpec seg;
        seg.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.66.4");
        seg.modality = QStringLiteral("SEG");
        seg.customize = [](DcmDataset& ds) {
            DcmItem* segment = addItem(ds, DCM_SegmentSequence);
            segment->putAndInsertString(DCM_SegmentAlgorithmType, "AUTOMATIC");
            segment->putAndInsertString(DCM_SegmentAlgorithmName, "LungNet");
            DcmItem* algorithm = addItem(*segment, DCM_SegmentationAlgorithmIdentificationSequence);
            algorithm->putAndInsertString(DCM_AlgorithmName, "LungNet");
            algorithm->putAndInsertString(DCM_AlgorithmVersion, "2.1");
        };
        QVERIFY(test::writeInstance(dir.filePath(QStringLiteral("SEG")), seg));
        const auto segSummary = readFile(dir.filePath(QStringLiteral("SEG"))).summary;
        QCOMPARE(segSummary.ai.segmentAlgorithmTypes, QStringList{QStringLiteral("AUTOMATIC")});
        QVERIFY(segSummary.ai.algorithmIdentification);
        QCOMPARE(segSummary.ai.algorithmName, QStringLiteral("LungNet"));
        QCOMPARE(detector.reasons(segSummary).size(), 2);

        // A structured report with TID 4019 Algorithm Name.
        test::InstanceSpec sr;
        sr.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.88.33");
        sr.modality = QStringLiteral("SR");
        sr.customize = [](DcmDataset& ds) {
            DcmItem* content = addItem(ds, DCM_ContentSequence);
            content->putAndInsertString(DCM_ValueType, "TEXT");
            DcmItem* concept = addItem(*content, DCM_ConceptNameCodeSequence);
            concept->putAndInsertString(DCM_CodeValue, "111001");
            concept->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
            concept->putAndInsertString(DCM_CodeMeaning, "Algorithm Name");
            content->putAndInsertString(DCM_TextValue, "NoduleFinder");
        };
        QVERIFY(test::writeInstance(dir.filePath(QStringLiteral("SR")), sr));
        const auto srSummary = readFile(dir.filePath(QStringLiteral("SR"))).summary;
        QCOMPARE(srSummary.ai.srAlgorithmCodes, QStringList{QStringLiteral("111001")});
        QCOMPARE(detector.reasons(srSummary).size(), 1);

        // A derived secondary capture from a product on the site's list.
        test::InstanceSpec sc;
        sc.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
        sc.modality = QStringLiteral("OT");
        sc.imageType = QStringLiteral("DERIVED\\SECONDARY");
        sc.manufacturer = QStringLiteral("LPIXEL Inc.");
        sc.model = QStringLiteral("EIRL Chest Nodule");
        QVERIFY(test::writeInstance(dir.filePath(QStringLiteral("SC")), sc));
        QCOMPARE(detector.reasons(readFile(dir.filePath(QStringLiteral("SC"))).summary).size(), 1);

        // The same picture is not AI when the site removed the product from its list.
        CheckSettings other;
        other.aiProducts = {QStringLiteral("SomethingElse")};
        QVERIFY(AiDetector(other)
                    .reasons(readFile(dir.filePath(QStringLiteral("SC"))).summary)
                    .isEmpty());

        // Contributing equipment naming an AI product, on an otherwise ordinary CT.
        test::InstanceSpec ct;
        ct.customize = [](DcmDataset& ds) {
            DcmItem* eq = addItem(ds, DCM_ContributingEquipmentSequence);
            eq->putAndInsertString(DCM_Manufacturer, "Aidoc");
            eq->putAndInsertString(DCM_ManufacturerModelName, "BriefCase");
        };
        QVERIFY(test::writeInstance(dir.filePath(QStringLiteral("CT")), ct));
        const auto ctSummary = readFile(dir.filePath(QStringLiteral("CT"))).summary;
        QCOMPARE(ctSummary.ai.contributingEquipment,
                 QStringList{QStringLiteral("Aidoc / BriefCase")});
        QCOMPARE(detector.reasons(ctSummary).size(), 1);

        // A plain CT carries no evidence.
        QVERIFY(test::writeInstance(dir.filePath(QStringLiteral("PLAIN")), test::InstanceSpec()));
        QVERIFY(
            detector.reasons(readFile(dir.filePath(QStringLiteral("PLAIN"))).summary).isEmpty());

        // pydicom's semi-automatic liver segmentation.
        QVERIFY(
            !detector
                 .reasons(readFile(test::pydicomFile(QStringLiteral("liver_1frame.dcm"))).summary)
                 .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDicomSummary)
#include "tst_dicomsummary.moc"
