// Reading DICOMDIRs: pydicom's multi-patient set and its variants (reordered, offsets missing,
// other encodings), and offset loops made by the test.
#include "TestSupport.h"

#include "dicom/PersonName.h"
#include "dicomdir/DicomDirectory.h"
#include "dicomdir/RecordTypes.h"
#include "medium/LocalFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

using namespace pdi;

namespace {

DicomdirReader::Result readDir(const QString& path) {
    auto file = std::make_shared<LocalFile>(path);
    if (!file->open())
        return DicomdirReader::Result();
    return DicomdirReader::read(file, QStringLiteral("DICOMDIR"));
}

QString dirtest(const QString& name) {
    return test::pydicomFile(QStringLiteral("dicomdirtests/") + name);
}

QStringList rootPatientIds(const DicomDirectory& d) {
    QStringList ids;
    for (int i : d.roots)
        ids << d.records.at(i).value(tagKey(0x0010, 0x0020));
    return ids;
}

int countType(const DicomDirectory& d, const QString& type) {
    return int(std::count_if(d.records.cbegin(), d.records.cend(),
                             [&](const DirectoryRecord& r) { return r.type == type; }));
}

} // namespace

class TestDicomdir : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A File ID's components read from its one string split and trim as a list of them did
    // (QString::split, then trimmed): empty components, 8 and 9 of them, a leading or trailing
    // '\\', padding, letters beyond ASCII; none without a File ID, one empty for an empty one.
    void fileIdComponents() {
        QVERIFY(FileIdComponents().isEmpty());
        QCOMPARE(FileIdComponents().size(), 0);
        QVERIFY(FileIdComponents().begin() == FileIdComponents().end());
        const QString ids[] = {
            QString(),
            QStringLiteral(""),
            QStringLiteral("IMG1"),
            QStringLiteral("DICOM\\S1\\R1\\I1"),
            QStringLiteral("DICOM\\\\I5"),
            QStringLiteral("DICOM\\S1\\"),
            QStringLiteral("\\DICOM\\S1"),
            QStringLiteral("\\"),
            QStringLiteral("A\\B\\C\\D\\E\\F\\G\\H"),
            QStringLiteral("A\\B\\C\\D\\E\\F\\G\\H\\I"),
            QStringLiteral(" DICOM \\ S1\\I1 "),
            QStringLiteral("DICOM\\Ü1\\画像"),
        };
        for (const QString& id : ids) {
            QStringList expected;
            for (const QString& part : id.split(QLatin1Char('\\')))
                expected << part.trimmed();
            const FileIdComponents parts(id);
            QVERIFY(!parts.isEmpty());
            QCOMPARE(parts.toList(), expected);
            QCOMPARE(parts.size(), expected.size());
            qsizetype n = 0;
            for (QStringView part : parts)
                QCOMPARE(part.toString(), expected.at(n++));
            QCOMPARE(n, expected.size());
        }
        QCOMPARE(FileIdComponents(QStringLiteral("A\\B\\C\\D\\E\\F\\G\\H")).size(), 8);
        QCOMPARE(
            FileIdComponents(QStringLiteral("DICOM\\Ü1\\画像")).toList(),
            (QStringList{QStringLiteral("DICOM"), QStringLiteral("Ü1"), QStringLiteral("画像")}));
        DirectoryRecord r;
        QVERIFY(r.fileIdParts().isEmpty());
        r.hasFileId = true;
        QCOMPARE(r.fileIdParts().toList(), QStringList{QString()});
        r.fileId = QStringLiteral("DICOM\\S1\\");
        QCOMPARE(r.fileIdParts().toList(), (QStringList{"DICOM", "S1", ""}));
    }

    // Every Directory Record Type (PS3.3 F.5) at its level: 1 patient, 2 study, 3 series, 0 the
    // types that list no object, 4 the ones that do (and anything else).
    void recordLevels() {
        const std::pair<const char*, int> types[] = {
            {"PATIENT", 1},         {"STUDY", 2},
            {"SERIES", 3},          {"PRIVATE", 0},
            {"TOPIC", 0},           {"VISIT", 0},
            {"RESULTS", 0},         {"INTERPRETATION", 0},
            {"STUDY COMPONENT", 0}, {"HANGING PROTOCOL", 0},
            {"PALETTE", 0},         {"IMPLANT", 0},
            {"IMPLANT GROUP", 0},   {"IMPLANT ASSY", 0},
            {"IMAGE", 4},           {"SR DOCUMENT", 4},
            {"PRESENTATION", 4},    {"RT DOSE", 4},
            {"ENCAP DOC", 4},       {"", 4},
            {"patient", 4},         {"STUDYX", 4},
            {"PATIENTS", 4},        {"SERIE", 4},
            {"IMPLANTS", 4},        {"TOPICS", 4},
            {"ISTUDY", 4},
        };
        for (const auto& [type, level] : types) {
            DirectoryRecord r;
            r.type = QString::fromLatin1(type);
            QVERIFY2(r.level() == level, type);
        }
    }

    void multiPatientSet() {
        const auto r = readDir(dirtest(QStringLiteral("DICOMDIR")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const DicomDirectory& d = r.directory;
        QVERIFY(d.part10);
        QCOMPARE(d.mediaStorageSopClassUid, QStringLiteral("1.2.840.10008.1.3.10"));
        QCOMPARE(d.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        QCOMPARE(d.fileSetId, QStringLiteral("PYDICOM_TEST"));
        QVERIFY(d.offsetsValid);
        QCOMPARE(rootPatientIds(d), QStringList({"77654033", "98890234"}));
        QCOMPARE(countType(d, QStringLiteral("IMAGE")), 31);
        // Every image hangs under a series, a study and a patient.
        for (int i = 0; i < d.records.size(); ++i) {
            const DirectoryRecord& rec = d.records.at(i);
            if (rec.type != QLatin1String("IMAGE"))
                continue;
            QCOMPARE(d.records.at(rec.parent).type, QStringLiteral("SERIES"));
            const int study = d.records.at(rec.parent).parent;
            QCOMPARE(d.records.at(study).type, QStringLiteral("STUDY"));
            QCOMPARE(d.records.at(d.records.at(study).parent).type, QStringLiteral("PATIENT"));
            QVERIFY(rec.hasFileId);
            QVERIFY(!rec.fileIdParts().isEmpty());
        }
    }

    void reorderedRecordsFollowOffsets() {
        const auto r = readDir(dirtest(QStringLiteral("DICOMDIR-reordered")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.directory.offsetsValid);
        QCOMPARE(rootPatientIds(r.directory), QStringList({"77654033", "98890234"}));
        QCOMPARE(r.directory.records.constFirst().type, QStringLiteral("IMAGE"));
        QCOMPARE(r.directory.records.constFirst().parent >= 0, true);
    }

    void zeroOffsetsMayBeLeftOut() {
        // pydicom's variant drops the offset elements whose value is 0, which is allowed.
        const auto r = readDir(dirtest(QStringLiteral("DICOMDIR-nooffset")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.directory.offsetsValid);
        QCOMPARE(rootPatientIds(r.directory), QStringList({"77654033", "98890234"}));
    }

    void missingOffsetsFallBackToRecordOrder() {
        // Every offset removed: the hierarchy comes from the record order.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("DICOMDIR"));
        DcmFileFormat ff;
        QVERIFY(
            ff.loadFile(QFile::encodeName(dirtest(QStringLiteral("DICOMDIR"))).constData()).good());
        DcmDataset* ds = ff.getDataset();
        delete ds->remove(DCM_OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity);
        DcmSequenceOfItems* seq = nullptr;
        QVERIFY(ds->findAndGetSequence(DCM_DirectoryRecordSequence, seq).good());
        for (unsigned long i = 0; i < seq->card(); ++i) {
            delete seq->getItem(i)->remove(DCM_OffsetOfTheNextDirectoryRecord);
            delete seq->getItem(i)->remove(DCM_OffsetOfReferencedLowerLevelDirectoryEntity);
        }
        QVERIFY(ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good());
        const auto r = readDir(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.directory.offsetsValid);
        QVERIFY(!r.directory.offsetProblems.isEmpty());
        QCOMPARE(rootPatientIds(r.directory), QStringList({"77654033", "98890234"}));
        QCOMPARE(countType(r.directory, QStringLiteral("IMAGE")), 31);
        for (const DirectoryRecord& rec : r.directory.records) {
            if (rec.type == QLatin1String("IMAGE"))
                QCOMPARE(r.directory.records.at(rec.parent).type, QStringLiteral("SERIES"));
        }
    }

    void otherEncodings() {
        QCOMPARE(readDir(dirtest(QStringLiteral("DICOMDIR-implicit"))).directory.transferSyntaxUid,
                 QStringLiteral("1.2.840.10008.1.2"));
        QCOMPARE(readDir(dirtest(QStringLiteral("DICOMDIR-bigEnd"))).directory.transferSyntaxUid,
                 QStringLiteral("1.2.840.10008.1.2.2"));
        const auto empty = readDir(dirtest(QStringLiteral("DICOMDIR-empty.dcm")));
        QVERIFY(empty.ok);
        QVERIFY(empty.directory.records.isEmpty());
    }

    void offsetLoopIsDetected() {
        // Point the last root record's "next" offset back at the first root record, patching the
        // bytes in place so that every other offset stays right.
        QFile in(dirtest(QStringLiteral("DICOMDIR")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const auto original = readDir(dirtest(QStringLiteral("DICOMDIR")));
        const int lastRoot = original.directory.roots.constLast();
        const quint32 first =
            original.directory.records.at(original.directory.roots.constFirst()).offset;
        const QByteArray nextTag("\x04\x00\x00\x14UL\x04\x00", 8);
        int at = -1;
        for (int i = 0; i <= lastRoot; ++i) // every record carries the element
            at = bytes.indexOf(nextTag, at + 1);
        QVERIFY(at > 0);
        for (int b = 0; b < 4; ++b)
            bytes[at + 8 + b] = char((first >> (8 * b)) & 0xFF);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("DICOMDIR"));
        QVERIFY(test::writeText(path, bytes));

        const auto r = readDir(path);
        QVERIFY(r.ok);
        QVERIFY(!r.directory.offsetsValid);
        QVERIFY2(r.directory.offsetProblems.join(QLatin1Char(' ')).contains(QLatin1String("loop")),
                 qPrintable(r.directory.offsetProblems.join(QLatin1Char(' '))));
        // The fallback still gives the right hierarchy.
        QCOMPARE(rootPatientIds(r.directory), QStringList({"77654033", "98890234"}));
    }

    // Names in PATIENT records decode as pydicom decodes them, normalized like the objects'
    // (issue 13: "Wang^XiaoDong=王^小東=" and the object's form agree).
    void recordNamesAsPydicom_data() {
        QTest::addColumn<QString>("dicomdir");
        QTest::addColumn<bool>("undeclared");
        QTest::newRow("evlite (ISO 2022 IR 87 + IR 13 per record)")
            << "regression/jp-evlite-dicomdir-only/DICOMDIR" << false;
        QTest::newRow("pdsv (ISO 2022 IR 13 + IR 87)")
            << "regression/jp-pdsv-dicomdir-only/DICOMDIR" << false;
        QTest::newRow("wakasa") << "jp-mri-wakasa/DICOMDIR" << false;
        QTest::newRow("dd-nooffset") << "regression/dd-nooffset/DICOMDIR" << false;
    }
    void recordNamesAsPydicom() {
        QFETCH(QString, dicomdir);
        QFETCH(bool, undeclared);
        const QString path = test::mediaCorpusCase(dicomdir);
        if (path.isEmpty())
            QSKIP("The media corpus is absent (../shared/media-corpus or PDI_MEDIA_CORPUS).");
        const auto r = readDir(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString script = QStringLiteral(
            "import json, sys, warnings, pydicom\n"
            "warnings.simplefilter('ignore')\n"
            "ds = pydicom.dcmread(sys.argv[1])\n"
            "print(json.dumps([str(r.get('PatientName', '')) for r in ds.DirectoryRecordSequence\n"
            "                  if r.DirectoryRecordType == 'PATIENT']))\n");
        const test::ProcessResult py =
            test::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
        QCOMPARE(py.exitCode, 0);
        QStringList expected;
        for (const QJsonValue& v : QJsonDocument::fromJson(py.out).array())
            expected << PersonName::normalized(v.toString());
        QStringList names;
        bool anyUndeclared = false;
        for (const DirectoryRecord& rec : r.directory.records) {
            if (rec.type == QLatin1String("PATIENT"))
                names << rec.value(tagKey(0x0010, 0x0010));
            anyUndeclared = anyUndeclared || rec.undeclaredText;
        }
        QVERIFY(!names.isEmpty());
        QCOMPARE(names, expected);
        QCOMPARE(anyUndeclared, undeclared);
        QVERIFY(r.directory.invalidCharacterSets.isEmpty());
    }

    // gdcmgendir copies non-ASCII names without a Specific Character Set, Orthanc 1.10 writes an
    // invalid one: both are told, and the bytes are read by best effort.
    void recordCharacterSetProblems() {
        const QString gdcm =
            test::mediaCorpusCase(QStringLiteral("regression/gdcmgendir-no-charset/DICOMDIR"));
        if (gdcm.isEmpty())
            QSKIP("The media corpus is absent (../shared/media-corpus or PDI_MEDIA_CORPUS).");
        const auto r = readDir(gdcm);
        QVERIFY(r.ok);
        QStringList undeclared;
        for (const DirectoryRecord& rec : r.directory.records) {
            if (rec.type == QLatin1String("PATIENT") && rec.undeclaredText)
                undeclared << rec.value(tagKey(0x0010, 0x0020));
        }
        undeclared.sort();
        QCOMPARE(undeclared, QStringList({"H31EXAMPLE", "H32EXAMPLE", "I2EXAMPLE", "SCSARAB",
                                          "SCSFREN", "SCSGERM", "SCSGREEK", "SCSHBRW", "SCSRUSS",
                                          "X1EXAMPLE", "X2EXAMPLE"}));
        for (const DirectoryRecord& rec : r.directory.records) {
            // Undeclared escape sequences are still read as ISO 2022: no "$B;3ED" as a name.
            if (rec.value(tagKey(0x0010, 0x0020)) == QLatin1String("H31EXAMPLE"))
                QCOMPARE(rec.value(tagKey(0x0010, 0x0010)),
                         QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));
        }
    }

    void notADicomdir() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("DICOMDIR"));
        QVERIFY(test::writeText(path, "garbage that is not DICOM at all"));
        const auto r = readDir(path);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }

    void recordTypes() {
        QCOMPARE(expectedRecordType(QStringLiteral("1.2.840.10008.5.1.4.1.1.2")),
                 QStringLiteral("IMAGE"));
        QCOMPARE(expectedRecordType(QStringLiteral("1.2.840.10008.5.1.4.1.1.88.33")),
                 QStringLiteral("SR DOCUMENT"));
        QCOMPARE(expectedRecordType(QStringLiteral("1.2.840.10008.5.1.4.1.1.88.59")),
                 QStringLiteral("KEY OBJECT DOC"));
        QCOMPARE(expectedRecordType(QStringLiteral("1.2.840.10008.5.1.4.1.1.104.1")),
                 QStringLiteral("ENCAP DOC"));
        QCOMPARE(expectedRecordType(QStringLiteral("1.2.840.10008.5.1.4.1.1.11.1")),
                 QStringLiteral("PRESENTATION"));
        QCOMPARE(expectedRecordType(QStringLiteral("1.2.840.10008.5.1.4.1.1.481.2")),
                 QStringLiteral("RT DOSE"));
        QCOMPARE(expectedRecordType(QStringLiteral("1.2.840.10008.5.1.4.1.1.9.1.1")),
                 QStringLiteral("WAVEFORM"));
        QVERIFY(expectedRecordType(QStringLiteral("1.2.3.4")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDicomdir)
#include "tst_dicomdir.moc"
