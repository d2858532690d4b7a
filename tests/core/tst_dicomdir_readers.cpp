// The DICOMDIR byte reader against DCMTK's tree: every DICOMDIR at hand (the real-world media
// corpus, pydicom's, ones the tests make with dcmmkdir and with DCMTK, Japanese character sets
// included, other encodings) and thousands of damaged and truncated variants of them are read
// both ways. The two readings must be identical in everything (records, offsets, flags, keys,
// findings, errors), or the byte reader must have declined and left the file to DCMTK.
#include "DirectoryComparison.h"
#include "TestSupport.h"

#include "dicom/SpecificCharacterSet.h"
#include "dicomdir/DicomDirectory.h"
#include "medium/Medium.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrlo.h>
#include <dcmtk/dcmdata/dcvrobow.h>

#include <functional>

using namespace pdi;

namespace {

struct Tally {
    int read = 0;      // by both
    int fromBytes = 0; // of those, the byte reader's own reading
};

// Reads bytes both ways; the difference, or empty. *fromBytes: the byte reader did not decline.
QString differential(const QByteArray& bytes, bool* fromBytes = nullptr) {
    auto file = std::make_shared<MemoryMediumFile>(bytes);
    const auto viaBytes =
        DicomdirReader::read(file, QStringLiteral("DICOMDIR"), DicomdirReader::Parser::Bytes);
    const auto viaDcmtk =
        DicomdirReader::read(file, QStringLiteral("DICOMDIR"), DicomdirReader::Parser::Dcmtk);
    const auto fastest = DicomdirReader::read(file, QStringLiteral("DICOMDIR"));
    if (fromBytes)
        *fromBytes = viaBytes.fromBytes;
    if (fastest.fromBytes != viaBytes.fromBytes)
        return QStringLiteral("the default reader did not use the byte reader where it could");
    const QString fastestDifference = test::directoryDifference(fastest, viaDcmtk);
    if (!fastestDifference.isEmpty())
        return QStringLiteral("default reader: ") + fastestDifference;
    if (viaBytes.declined)
        return QString();
    return test::directoryDifference(viaBytes, viaDcmtk);
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An element with exactly these value bytes (DCMTK pads an odd length when it writes, and takes
// the spaces out of a UID: those cases are patched into the written bytes, see patched()).
void put(DcmItem& item, const DcmTagKey& tag, const QByteArray& bytes, DcmEVR vr = EVR_UNKNOWN) {
    DcmElement* element = nullptr;
    if (vr == EVR_UN) {
        element = new DcmOtherByteOtherWord(DcmTag(tag, EVR_UN));
        QVERIFY(element
                    ->putUint8Array(reinterpret_cast<const Uint8*>(bytes.constData()),
                                    unsigned(bytes.size()))
                    .good());
    } else if (vr == EVR_LO) {
        element = new DcmLongString(DcmTag(tag, EVR_LO));
    } else {
        const DcmTag dcmTag = vr == EVR_UNKNOWN ? DcmTag(tag) : DcmTag(tag, vr);
        QVERIFY2(DcmItem::newDicomElement(element, dcmTag).good(), tag.toString().c_str());
    }
    if (vr != EVR_UN && !bytes.isEmpty()) {
        QVERIFY2(element->putString(bytes.constData(), Uint32(bytes.size())).good(),
                 tag.toString().c_str());
    }
    QVERIFY(item.insert(element, OFTrue).good());
}

// The same bytes with values no DCMTK writer makes: spaces inside, before and after UIDs, a NUL
// that pads a code string, lengths unchanged so the offsets stay right.
QByteArray patched(QByteArray bytes) {
    const std::pair<QByteArray, QByteArray> patches[] = {
        {"1.2.826.0.1.3680043.9.7777.9.2", "1.2.826.0.1.3680043.9.7777.9 2"},
        {"1.2.826.0.1.3680043.9.7777.9.3", " .2.826.0.1.3680043.9.7777.9.3"},
        {QByteArray("1.2.826.0.1.3680043.9.7777.9.44\0", 32),
         QByteArray("1.2.826.0.1.3680043.9.7777.9.44 ", 32)},
        {"SERIES", QByteArray("SERIES", 6)},
        {"MR", QByteArray("M\0", 2)},
    };
    for (const auto& [from, to] : patches)
        bytes.replace(from, to);
    return bytes;
}

// A DICOMDIR's file-set elements (offsets left for DCMTK to fill in; no Specific Character Set
// when charset is empty) and its empty record sequence.
DcmSequenceOfItems* fileSet(DcmDataset& ds, const QByteArray& id, const QByteArray& charset) {
    put(ds, DCM_FileSetID, id);
    if (!charset.isEmpty())
        put(ds, DCM_SpecificCharacterSet, charset);
    ds.putAndInsertUint32(DCM_OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, 0);
    ds.putAndInsertUint32(DCM_OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, 0);
    ds.putAndInsertUint16(DCM_FileSetConsistencyFlag, 0);
    auto* seq = new DcmSequenceOfItems(DCM_DirectoryRecordSequence);
    ds.insert(seq);
    return seq;
}

DcmItem* record(DcmSequenceOfItems& seq, const char* type) {
    auto* item = new DcmItem(DCM_Item);
    item->putAndInsertUint32(DCM_OffsetOfTheNextDirectoryRecord, 0);
    item->putAndInsertUint16(DCM_RecordInUseFlag, 0xFFFF);
    item->putAndInsertUint32(DCM_OffsetOfReferencedLowerLevelDirectoryEntity, 0);
    item->putAndInsertString(DCM_DirectoryRecordType, type);
    seq.insert(item);
    return item;
}

// Up to count positions of Explicit VR Little Endian element headers with a 16-bit length in
// the data set (groups 0004 to 0028), spread over the file.
QVector<int> headerPositions(const QByteArray& bytes, int count) {
    static const char* const kShort[] = {"CS", "UI", "LO", "PN", "SH", "DA",
                                         "TM", "IS", "UL", "US", "DS", "LT"};
    QVector<int> found;
    for (int p = 132; p + 8 <= bytes.size(); ++p) {
        const int group = quint8(bytes.at(p)) | (quint8(bytes.at(p + 1)) << 8);
        if (group != 0x0004 && group != 0x0008 && group != 0x0010 && group != 0x0020 &&
            group != 0x0028)
            continue;
        for (const char* vr : kShort) {
            if (bytes.at(p + 4) == vr[0] && bytes.at(p + 5) == vr[1]) {
                found << p;
                break;
            }
        }
    }
    QVector<int> spread;
    for (int i = 0; i < count && !found.isEmpty(); ++i)
        spread << found.at(int(qint64(i) * found.size() / count));
    return spread;
}

QByteArray encoded(const QString& charset, const QString& text) {
    return SpecificCharacterSet(charset).encode(text);
}

} // namespace

class TestDicomdirReaders : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    bool verbose_ = true;
    QVector<std::pair<QString, QByteArray>> bases_; // the variants' originals

    void compareAll(const QVector<std::pair<QString, QByteArray>>& samples, Tally& tally) {
        for (const auto& [name, bytes] : samples) {
            bool fromBytes = false;
            const QString difference = differential(bytes, &fromBytes);
            QVERIFY2(difference.isEmpty(), qPrintable(name + QLatin1String(": ") + difference));
            ++tally.read;
            tally.fromBytes += fromBytes ? 1 : 0;
            if (!fromBytes && verbose_)
                qInfo("left to DCMTK: %s", qPrintable(name));
        }
    }

    // Writes the data set as a DICOMDIR in this encoding and returns its bytes.
    QByteArray save(DcmFileFormat& ff, E_TransferSyntax xfer, E_EncodingType lengths) {
        const QString path = tmp_.filePath(QStringLiteral("saved"));
        ff.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPClassUID,
                                             UID_MediaStorageDirectoryStorage);
        const OFCondition c = ff.saveFile(QFile::encodeName(path).constData(), xfer, lengths);
        return c.good() ? fileBytes(path) : QByteArray();
    }

    // A DICOMDIR made value by value with the cases a writer gets wrong or a reader corrects.
    // oddities: values the byte reader leaves to DCMTK (a name stored as UN, NULs inside values).
    void handMade(DcmFileFormat& ff, bool oddities) {
        DcmDataset& ds = *ff.getDataset();
        DcmSequenceOfItems* seq =
            fileSet(ds, oddities ? QByteArray(" PDI\0  ", 7) : QByteArray(" PDI  "),
                    "ISO 2022 IR 13ISO 2022 IR 87");
        const QString jp = QStringLiteral("ISO 2022 IR 87");
        DcmItem* patient = record(*seq, "PATIENT");
        put(*patient, DCM_SpecificCharacterSet, jp.toLatin1());
        put(*patient, DCM_PatientName,
            encoded(jp, QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう")) + "   ");
        put(*patient, DCM_PatientID, "  P 01  ");
        put(*patient, DCM_PatientBirthDate, "19700101");
        put(*patient, DCM_PatientSex, QByteArray("F\0", 2));
        DcmItem* study = record(*seq, "STUDY");
        put(*study, DCM_StudyInstanceUID, "1.2.826.0.1.3680043.9.7777.9.2");
        put(*study, DCM_ReferencedSOPInstanceUIDInFile, "1.2.826.0.1.3680043.9.7777.9.44");
        put(*study, DCM_StudyDate, "");
        put(*study, DCM_StudyID, "\xb1\xb2"); // bytes no character set declares
        if (oddities)
            put(*study, DCM_StudyDescription, QByteArray("HEAD\0NECK", 9));
        put(*study, DCM_AccessionNumber, "", EVR_SH);
        DcmItem* series = record(*seq, "SERIES");
        put(*series, DCM_SeriesInstanceUID, QByteArray("1.2.826.0.1.3680043.9.7777.9.1\0", 32));
        put(*series, DCM_Modality, "MR");
        put(*series, DCM_SeriesDescription, encoded(jp, QStringLiteral("頭部 T2")));
        put(*series, DcmTagKey(0x0009, 0x0010), "PRIVATE CREATOR");
        put(*series, DcmTagKey(0x0009, 0x1001), "private value", EVR_LO);
        DcmItem* image = record(*seq, "IMAGE");
        put(*image, DCM_ReferencedFileID, "DICOM\\S1\\R1\\I1 ");
        put(*image, DCM_ReferencedSOPClassUIDInFile, UID_MRImageStorage);
        put(*image, DCM_ReferencedSOPInstanceUIDInFile, "1.2.826.0.1.3680043.9.7777.9.3");
        put(*image, DCM_ReferencedTransferSyntaxUIDInFile, UID_LittleEndianExplicitTransferSyntax);
        put(*image, DCM_InstanceNumber, " 7 ");
        put(*image, DCM_ImageType, "ORIGINAL\\PRIMARY");
        // An icon (a nested sequence the reader skips) and a key whose VR is not text.
        auto* icon = new DcmSequenceOfItems(DCM_IconImageSequence);
        auto* iconItem = new DcmItem(DCM_Item);
        iconItem->putAndInsertUint16(DCM_Rows, 2);
        iconItem->putAndInsertUint16(DCM_Columns, 2);
        iconItem->putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8*>("abcd"), 4);
        icon->insert(iconItem);
        image->insert(icon);
        DcmItem* other = record(*seq, "SR DOCUMENT");
        put(*other, DCM_SpecificCharacterSet, "ISO_IR 192\\ISO_IR 999");
        put(*other, DCM_InstitutionName, QStringLiteral("病院").toUtf8());
        put(*other, DCM_ReferencedFileID, "DICOM\\S1\\R1\\I2");
        DcmItem* unlinked = record(*seq, "IMAGE");
        delete unlinked->remove(DCM_OffsetOfTheNextDirectoryRecord);
        put(*unlinked, DCM_RecordInUseFlag, "", EVR_US);
        if (oddities)
            put(*unlinked, DCM_PatientName, "UN^STORED", EVR_UN);
        record(*seq, "PRIVATE");
        seq->insert(new DcmItem(DCM_Item)); // an empty record
    }

    // Records whose values repeat, as on every real medium, and differ from the record before
    // in the ways a reader that reuses the values before could get wrong: File IDs with spaces
    // around components, lower case, empty components, more components than it remembers, fewer
    // than the one before; the same key bytes under the file set's and a record's own character
    // set; undeclared bytes repeated.
    void repeating(DcmFileFormat& ff, const QByteArray& fileSetCharset,
                   const QByteArray& fileSetId = "PDI", bool emptyLast = false) {
        DcmSequenceOfItems* seq = fileSet(*ff.getDataset(), fileSetId, fileSetCharset);
        const QByteArray accented("M\xc3\xbcller^J\xc3\xa9r\xc3\xb4me"); // UTF-8 bytes
        for (const char* ownCharset : {"", "ISO_IR 192", ""}) {
            DcmItem* patient = record(*seq, "PATIENT");
            if (*ownCharset)
                put(*patient, DCM_SpecificCharacterSet, ownCharset);
            put(*patient, DCM_PatientName, accented);
            put(*patient, DCM_PatientID, "P1");
            DcmItem* series = record(*seq, "SERIES");
            if (*ownCharset)
                put(*series, DCM_SpecificCharacterSet, ownCharset);
            put(*series, DCM_Modality, "CT");
            put(*series, DCM_SeriesDescription, "\xb1\xb2 HEAD");
        }
        const char* const fileIds[] = {
            "DICOM\\S1\\R1\\I1",
            "DICOM\\S1\\R1\\I2",
            "DICOM \\ s1\\R1 \\I3",
            "dicom\\s1\\r1\\i4",
            "DICOM\\\\I5",
            "DICOM\\S1\\R1\\I6\\",
            "DICOM\\S1",
            "DICOM\\S1\\R1\\I7",
            "A\\B\\C\\D\\E\\F\\G\\H\\I\\J",
            "A\\B\\C\\D\\E\\F\\G\\H\\I\\K",
            "\\DICOM\\S1",
            "",
            "DICOM\\S1\\R1\\I1",
        };
        int n = 0;
        for (const char* fileId : fileIds) {
            DcmItem* image = record(*seq, n % 3 == 2 ? "SR DOCUMENT" : "IMAGE");
            put(*image, DCM_ReferencedFileID, fileId);
            put(*image, DCM_ReferencedSOPClassUIDInFile,
                n % 4 == 3 ? UID_CTImageStorage : UID_MRImageStorage);
            put(*image, DCM_ReferencedSOPInstanceUIDInFile,
                QByteArray("1.2.826.0.1.3680043.9.7777.8.") + QByteArray::number(n));
            put(*image, DCM_ReferencedTransferSyntaxUIDInFile,
                n % 5 == 4 ? UID_LittleEndianImplicitTransferSyntax
                           : UID_LittleEndianExplicitTransferSyntax);
            put(*image, DCM_InstanceNumber, n % 2 ? "1" : "2 ");
            put(*image, DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
            put(*image, DCM_InstitutionName, "\xb1\xb2");
            ++n;
        }
        if (emptyLast)
            seq->insert(new DcmItem(DCM_Item));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    // Two readings DCMTK gives otherwise than the bytes say, which the byte reader leaves to it:
    // a File-set ID with a control character at its end (DCMTK keeps it), and an empty record
    // that ends the file (DCMTK gives it the offset 2^32 - 8).
    void declinedEdges() {
        for (const E_EncodingType lengths : {EET_UndefinedLength, EET_ExplicitLength}) {
            DcmFileFormat ff;
            repeating(ff, QByteArray(), "PDI\r");
            const QByteArray bytes = save(ff, EXS_LittleEndianExplicit, lengths);
            bool fromBytes = true;
            const QString difference = differential(bytes, &fromBytes);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            QVERIFY(!fromBytes);
        }
        DcmFileFormat ff;
        repeating(ff, QByteArray(), "PDI", true);
        const QByteArray bytes = save(ff, EXS_LittleEndianExplicit, EET_ExplicitLength);
        QVERIFY(bytes.endsWith(QByteArray("\xfe\xff\x00\xe0\0\0\0\0", 8)));
        bool fromBytes = true;
        const QString difference = differential(bytes, &fromBytes);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(!fromBytes);
        // Not at the end of the file, the same record is the byte reader's.
        QVERIFY(differential(bytes + QByteArray("\x08\0\x05\0CS\x0a\0ISO_IR 100", 18), &fromBytes)
                    .isEmpty());
        QVERIFY(fromBytes);
    }

    // Thousands of records with values that repeat and change (series descriptions in Latin-1,
    // records with character sets of their own, the invalid terms of which are kept in the
    // order they first appear): the same directory as DCMTK's.
    void manyRecords() {
        DcmFileFormat ff;
        DcmDataset& ds = *ff.getDataset();
        DcmSequenceOfItems* seq = fileSet(ds, "PDI", "ISO_IR 100");
        const int count = 4100;
        for (int n = 0; n < count; ++n) {
            DcmItem* image = record(*seq, n % 1000 == 0 ? "SERIES" : "IMAGE");
            if (n == 10 || n == 3000)
                put(*image, DCM_SpecificCharacterSet, "ISO_IR 999");
            if (n == 2900)
                put(*image, DCM_SpecificCharacterSet, "ISO_IR 998\\ISO_IR 999");
            put(*image, DCM_ReferencedFileID,
                QByteArray("DICOM\\S") + QByteArray::number(n / 1000) + "\\I" +
                    QByteArray::number(n));
            put(*image, DCM_ReferencedSOPInstanceUIDInFile,
                QByteArray("1.2.826.0.1.3680043.9.7777.7.") + QByteArray::number(n));
            put(*image, DCM_SeriesDescription, n % 7 ? "K\xf6rper" : "Head");
        }
        for (const E_EncodingType lengths : {EET_UndefinedLength, EET_ExplicitLength}) {
            const QByteArray bytes = save(ff, EXS_LittleEndianExplicit, lengths);
            QVERIFY(!bytes.isEmpty());
            bool fromBytes = false;
            const QString difference = differential(bytes, &fromBytes);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            QVERIFY(fromBytes);
            auto file = std::make_shared<MemoryMediumFile>(bytes);
            const auto read = DicomdirReader::read(file, QStringLiteral("DICOMDIR"));
            QCOMPARE(read.directory.records.size(), count);
            QCOMPARE(read.directory.records.at(count - 1).fileIdParts().toList(),
                     (QStringList{"DICOM", "S4", "I4099"}));
            QCOMPARE(read.directory.records.at(2001).value(tagKey(0x0008, 0x103E)),
                     QStringLiteral("Körper"));
            QCOMPARE(read.directory.invalidCharacterSets,
                     (QStringList{"ISO_IR 999", "ISO_IR 998"}));
        }
    }

    // The byte reader shares the values a record repeats from the records before: the same
    // directory as DCMTK's reading, record by record, in both length encodings and with and
    // without a character set for the file set.
    void repeatedValues() {
        for (const QByteArray& charset : {QByteArray(), QByteArray("ISO_IR 100")}) {
            for (const E_EncodingType lengths : {EET_UndefinedLength, EET_ExplicitLength}) {
                DcmFileFormat ff;
                repeating(ff, charset);
                const QByteArray bytes = save(ff, EXS_LittleEndianExplicit, lengths);
                QVERIFY(!bytes.isEmpty());
                bool fromBytes = false;
                const QString difference = differential(bytes, &fromBytes);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
                QVERIFY(fromBytes);
                bases_.append({QStringLiteral("repeating values"), bytes});

                auto file = std::make_shared<MemoryMediumFile>(bytes);
                const auto read = DicomdirReader::read(file, QStringLiteral("DICOMDIR"));
                QVERIFY(read.ok);
                QStringList ids;
                QVector<QStringList> parts;
                QStringList names;
                for (const DirectoryRecord& r : read.directory.records) {
                    if (r.hasFileId) {
                        ids << r.fileId;
                        parts << r.fileIdParts().toList();
                    }
                    if (r.type == QLatin1String("PATIENT"))
                        names << r.value(tagKey(0x0010, 0x0010));
                }
                QCOMPARE(ids.size(), 13);
                QCOMPARE(parts.at(1), (QStringList{"DICOM", "S1", "R1", "I2"}));
                QCOMPARE(parts.at(2), (QStringList{"DICOM", "s1", "R1", "I3"}));
                QCOMPARE(parts.at(3), (QStringList{"dicom", "s1", "r1", "i4"}));
                QCOMPARE(parts.at(4), (QStringList{"DICOM", "", "I5"}));
                QCOMPARE(parts.at(5), (QStringList{"DICOM", "S1", "R1", "I6", ""}));
                QCOMPARE(parts.at(6), (QStringList{"DICOM", "S1"}));
                QCOMPARE(parts.at(9).size(), 10);
                QCOMPARE(parts.at(9).constLast(), QStringLiteral("K"));
                QCOMPARE(parts.at(10), (QStringList{"", "DICOM", "S1"}));
                QCOMPARE(parts.at(11), QStringList{QString()});
                // The record with its own character set reads the same bytes as UTF-8; the ones
                // around it as the file set's (Latin-1, or undeclared bytes read by best effort).
                QCOMPARE(names.size(), 3);
                QCOMPARE(names.at(1), QStringLiteral("Müller^Jérôme"));
                QCOMPARE(names.at(2), names.at(0));
                if (!charset.isEmpty())
                    QCOMPARE(names.at(0), QStringLiteral("MÃ¼ller^JÃ©rÃ´me"));
            }
        }
    }

    // Every DICOMDIR of the real-world corpus, folders and the ZIP medium alike.
    void mediaCorpus() {
        const QString root = test::mediaCorpus();
        if (root.isEmpty())
            QSKIP("the media corpus (../shared/media-corpus) is absent");
        QVector<std::pair<QString, QByteArray>> samples;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0) {
                samples.append({path, fileBytes(path)});
            } else if (path.endsWith(QLatin1String(".zip"))) {
                MediumOpener::Result opened = MediumOpener::open(path);
                QVERIFY2(opened.medium, qPrintable(opened.error));
                for (const MediumEntry& e : opened.medium->entries()) {
                    if (!e.path.endsWith(QLatin1String("DICOMDIR"), Qt::CaseInsensitive))
                        continue;
                    std::unique_ptr<MediumFile> f = opened.medium->open(e.path);
                    QVERIFY(f);
                    samples.append({path + QLatin1Char(':') + e.path, f->readAll(64 << 20)});
                }
            }
        }
        QVERIFY2(samples.size() >= 9, qPrintable(QString::number(samples.size())));
        Tally tally;
        compareAll(samples, tally);
        // All of them are Explicit VR Little Endian: the byte reader reads every one but
        // dd-nooffset, whose last item runs past its sequence (damage: DCMTK's).
        QCOMPARE(tally.fromBytes, tally.read - 1);
        bases_ += samples;
    }

    void pydicomDicomdirs() {
        QVector<std::pair<QString, QByteArray>> samples;
        QDirIterator it(test::pydicomFile(QStringLiteral("dicomdirtests")), {"DICOMDIR*"},
                        QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            samples.append({path, fileBytes(path)});
        }
        const QString tiny = test::pydicomFile(QStringLiteral("dicomdirtests/TINY_ALPHA/DICOMDIR"));
        samples.append({tiny, fileBytes(tiny)});
        QCOMPARE(samples.size(), 8);
        Tally tally;
        compareAll(samples, tally);
        // Implicit VR, big endian and the damaged -nooffset are DCMTK's; the five other
        // explicit ones the byte reader's.
        QCOMPARE(tally.fromBytes, 5);
        bases_ += samples;
    }

    // DICOMDIRs dcmmkdir makes for media the tests write, Japanese character sets included.
    void generatedMedia() {
        QVector<std::pair<QString, QByteArray>> samples;
        const QStringList charsets{"ISO 2022 IR 87", "ISO 2022 IR 13\\ISO 2022 IR 87",
                                   "\\ISO 2022 IR 87", "ISO_IR 192", ""};
        QList<test::InstanceSpec> specs;
        for (int i = 0; i < charsets.size(); ++i) {
            test::InstanceSpec s;
            s.patientId = QStringLiteral("JP%1").arg(i);
            s.characterSet = charsets.at(i);
            s.studyUid = test::uid(QStringLiteral("%1").arg(i));
            s.seriesUid = s.studyUid + QStringLiteral(".1");
            s.sopInstanceUid = s.seriesUid + QStringLiteral(".1");
            const QString name = charsets.at(i).isEmpty()
                                     ? QStringLiteral("YAMADA^TARO")
                                     : QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
            const QString cs = charsets.at(i).isEmpty() ? QString() : charsets.at(i);
            s.customize = [name, cs](DcmDataset& ds) {
                const QByteArray bytes = SpecificCharacterSet(cs).encode(name);
                ds.putAndInsertString(DCM_PatientName, bytes.constData());
                const QByteArray description =
                    SpecificCharacterSet(cs).encode(QStringLiteral("頭部 単純"));
                if (!cs.isEmpty())
                    ds.putAndInsertString(DCM_StudyDescription, description.constData());
            };
            specs << s;
            const QString root = tmp_.filePath(QStringLiteral("medium-%1").arg(i));
            QVERIFY(test::writeConformantMedium(root, {s}));
            samples.append({root, fileBytes(root + QLatin1String("/DICOMDIR"))});
        }
        const QString all = tmp_.filePath(QStringLiteral("medium-all"));
        QVERIFY(test::writeConformantMedium(all, specs));
        samples.append({all, fileBytes(all + QLatin1String("/DICOMDIR"))});
        Tally tally;
        compareAll(samples, tally);
        QCOMPARE(tally.fromBytes, tally.read);
        bases_ += samples;
    }

    // Values DCMTK corrects as it reads (padding, spaces in UIDs), per-record and invalid
    // character sets, undeclared bytes, nested sequences, VRs that are not text, empty records;
    // in every encoding DCMTK writes, with defined and undefined lengths.
    void handMadeValues() {
        QVector<std::pair<QString, QByteArray>> samples;
        const std::pair<const char*, E_TransferSyntax> encodings[] = {
            {"explicit", EXS_LittleEndianExplicit},
            {"implicit", EXS_LittleEndianImplicit},
            {"big endian", EXS_BigEndianExplicit},
            {"deflated", EXS_DeflatedLittleEndianExplicit},
        };
        for (const auto& [name, xfer] : encodings) {
            for (const E_EncodingType lengths : {EET_UndefinedLength, EET_ExplicitLength}) {
                DcmFileFormat ff;
                handMade(ff, true);
                const QByteArray bytes = save(ff, xfer, lengths);
                QVERIFY2(!bytes.isEmpty(), name);
                const QString label =
                    QStringLiteral("hand-made, %1, %2")
                        .arg(QLatin1String(name))
                        .arg(lengths == EET_UndefinedLength ? "undefined" : "defined");
                samples.append({label, bytes});
                if (xfer == EXS_LittleEndianExplicit)
                    samples.append({label + QLatin1String(", patched"), patched(bytes)});
            }
        }
        Tally tally;
        compareAll(samples, tally);
        // The byte reader declines the oddities in every encoding; the same DICOMDIR without
        // them is its own in explicit VR little endian, patched or not.
        QCOMPARE(tally.fromBytes, 0);
        for (const E_EncodingType lengths : {EET_UndefinedLength, EET_ExplicitLength}) {
            DcmFileFormat ff;
            handMade(ff, false);
            const QByteArray bytes = save(ff, EXS_LittleEndianExplicit, lengths);
            for (const QByteArray& variant : {bytes, patched(bytes)}) {
                bool fromBytes = false;
                const QString difference = differential(variant, &fromBytes);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
                QVERIFY(fromBytes);
            }
            bases_.append({QStringLiteral("hand-made"), bytes});
            bases_.append({QStringLiteral("hand-made, patched"), patched(bytes)});
        }
        bases_ += samples;
    }

    // Damaged and truncated variants of every DICOMDIR above: cut at many lengths, single and
    // multiple bytes changed, length fields made huge or small. Each is read both ways.
    void damagedVariants() {
        QVERIFY(!bases_.isEmpty());
        verbose_ = false;
        QRandomGenerator random(20261206);
        Tally tally;
        for (const auto& [name, original] : std::as_const(bases_)) {
            if (original.size() < 140)
                continue;
            QVector<std::pair<QString, QByteArray>> variants;
            const int size = original.size();
            for (int cut = 0; cut < 24; ++cut) {
                const int at = 128 + int(random.bounded(size - 128));
                variants.append(
                    {QStringLiteral("%1 cut at %2").arg(name).arg(at), original.left(at)});
            }
            for (int n = 0; n < 120; ++n) {
                QByteArray bytes = original;
                const int changes = 1 + int(random.bounded(3));
                QStringList where;
                for (int c = 0; c < changes; ++c) {
                    const int at = 132 + int(random.bounded(size - 132));
                    const char value = n % 3 == 0   ? char(0xFF)
                                       : n % 3 == 1 ? char(random.bounded(256))
                                                    : char(bytes.at(at) ^ (1 << random.bounded(8)));
                    bytes[at] = value;
                    where << QString::number(at);
                }
                variants.append(
                    {QStringLiteral("%1 changed at %2").arg(name, where.join(QLatin1Char(','))),
                     bytes});
            }
            // Element headers changed: another VR (one the reader declines among them), a
            // length a little or much off, a tag out of order.
            for (const int at : headerPositions(original, 16)) {
                for (const char* vr : {"UN", "OB", "LO", "US", "UL", "SQ", "XX"}) {
                    QByteArray bytes = original;
                    bytes.replace(at + 4, 2, vr);
                    variants.append(
                        {QStringLiteral("%1 VR %2 at %3").arg(name, QLatin1String(vr)).arg(at),
                         bytes});
                }
                for (const int delta : {-2, -1, 1, 2, 0x7F00}) {
                    QByteArray bytes = original;
                    const int length = quint8(bytes.at(at + 6)) | (quint8(bytes.at(at + 7)) << 8);
                    const int changed = (length + delta) & 0xFFFF;
                    bytes[at + 6] = char(changed & 0xFF);
                    bytes[at + 7] = char(changed >> 8);
                    variants.append(
                        {QStringLiteral("%1 length %2 at %3").arg(name).arg(delta).arg(at), bytes});
                }
                QByteArray bytes = original;
                bytes[at + 2] = char(bytes.at(at + 2) + 1);
                variants.append({QStringLiteral("%1 tag moved at %2").arg(name).arg(at), bytes});
            }
            compareAll(variants, tally);
        }
        qInfo("%d damaged variants, %d of them read by the byte reader", tally.read,
              tally.fromBytes);
        // Many changes hit a value, which both read alike: the byte reader must read many.
        QVERIFY(tally.fromBytes > 1000);
    }
};

QTEST_GUILESS_MAIN(TestDicomdirReaders)
#include "tst_dicomdir_readers.moc"
