// Identity on media the tests build, the synthetic twins of the real-world corpus cases: a
// DICOMDIR naming another patient than its objects, names that differ only by a trailing '=',
// records without the character set their bytes need, an invalid character set, a DICOMDIR
// that misses files or lists absent ones, and patient attributes stored as UN. The full check
// reports each disagreement with both values; the quick check reads one object per patient and
// falls back to the full check rather than show an identity the objects contradict.
#include "CheckSupport.h"
#include "TestSupport.h"

#include "dicom/SpecificCharacterSet.h"
#include "report/CheckReport.h"
#include "report/MediumChecker.h"
#include "rules/Finding.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcvrobow.h>

using namespace pdi;

namespace {

using test::check;
using test::describe;
using test::messages;

QStringList patients(const CheckReport& r) {
    QStringList out;
    for (const PatientContents& p : r.contents.patients)
        out << p.id + QLatin1Char('|') + p.name;
    out.sort();
    return out;
}

int objectsRead(const CheckReport& r) {
    int n = 0;
    for (const ScannedFile& f : r.inventory.files)
        n += f.kind == ScannedFile::Kind::Dicom ? 1 : 0;
    return n;
}

test::InstanceSpec instance(const QString& patient, int n) {
    test::InstanceSpec s;
    s.patientId = patient;
    s.studyUid = test::uid(patient + QStringLiteral(".1"));
    s.seriesUid = test::uid(patient + QStringLiteral(".1.1"));
    s.sopInstanceUid = test::uid(patient + QStringLiteral(".1.1.%1").arg(n));
    s.instanceNumber = QString::number(n);
    return s;
}

// Where writeConformantMedium puts instance n (counting from 1).
QString instancePath(const QString& root, int n) {
    return root + QStringLiteral("/DICOM/S1/R1/I%1").arg(n);
}

void storeAsUn(DcmItem& item, const DcmTagKey& tag, const QByteArray& bytes) {
    delete item.remove(tag);
    auto* element = new DcmOtherByteOtherWord(DcmTag(tag, EVR_UN));
    element->putUint8Array(reinterpret_cast<const Uint8*>(bytes.constData()),
                           unsigned(bytes.size()));
    item.insert(element, OFTrue);
}

// DCMTK fills the file meta information from the data set, which for a UN SOP Instance UID
// means its hex rendering; a real writer (rtdose_rle_1frame.dcm) keeps the UID.
bool setMetaSopInstanceUid(const QString& path, const QString& uid) {
    DcmFileFormat ff;
    if (ff.loadFile(QFile::encodeName(path).constData()).bad())
        return false;
    ff.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPInstanceUID,
                                         uid.toLatin1().constData());
    return ff
        .saveFile(QFile::encodeName(path).constData(), EXS_Unknown, EET_UndefinedLength,
                  EGL_recalcGL, EPD_withoutPadding, 0, 0, EWM_dontUpdateMeta)
        .good();
}

} // namespace

class TestIdentityMedia : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

private Q_SLOTS:
    // The twin of dicomdir-name-mismatch: the DICOMDIR was made for SMITH^JOHN, the object now
    // names another person with the same UIDs.
    void dicomdirNamesAnotherPatient() {
        const QString root = tmp_.filePath(QStringLiteral("mismatch"));
        test::InstanceSpec a = instance(QStringLiteral("P1"), 1);
        a.patientName = QStringLiteral("SMITH^JOHN");
        a.birthDate = QStringLiteral("19500101");
        test::InstanceSpec b = instance(QStringLiteral("P1"), 2);
        b.patientName = a.patientName;
        b.birthDate = a.birthDate;
        QVERIFY(test::writeConformantMedium(root, {a, b}));
        for (int n : {1, 2}) {
            test::InstanceSpec other = n == 1 ? a : b;
            other.patientName = QStringLiteral("FURUHASHI^TAICHI=古橋^大地");
            other.birthDate = QStringLiteral("19750329");
            QVERIFY(test::writeInstance(instancePath(root, n), other));
        }

        const CheckReport full = check(root);
        QCOMPARE(patients(full), QStringList{QStringLiteral("P1|FURUHASHI^TAICHI=古橋^大地")});
        const QString d016 = messages(full, QStringLiteral("PDI-D016")).join(QLatin1Char('\n'));
        QVERIFY2(d016.contains(QLatin1String("SMITH^JOHN")) &&
                     d016.contains(QLatin1String("FURUHASHI^TAICHI")) &&
                     d016.contains(QStringLiteral("古橋^大地")),
                 qPrintable(describe(full)));
        // One finding per record and key, however many files repeat it.
        QCOMPARE(messages(full, QStringLiteral("PDI-D016")).size(), 2); // alphabetic, ideographic
        QVERIFY(!full.conformant());

        const CheckReport quick = check(root, true);
        QVERIFY(!quick.inventory.quick);
        QVERIFY(!quick.inventory.quickFallback.isEmpty());
        QVERIFY(quick.inventory.quickFallback.join(QLatin1Char(' '))
                    .contains(QLatin1String("SMITH^JOHN")));
        QCOMPARE(patients(quick), patients(full));
        QVERIFY(!messages(quick, QStringLiteral("PDI-D016")).isEmpty());
    }

    // Specific Character Set "ISO 2022 IR 87" alone (Orthanc's JapaneseKanji): values start in
    // ASCII, so the Patient ID stays 10000003 and the kanji decode, in both checks, with the
    // DICOMDIR agreeing.
    void iso2022Ir87Alone() {
        const QString root = tmp_.filePath(QStringLiteral("ir87"));
        const QString name = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        test::InstanceSpec a = instance(QStringLiteral("10000003"), 1);
        a.characterSet = QStringLiteral("ISO 2022 IR 87");
        a.customize = [name](DcmDataset& ds) {
            const QByteArray bytes =
                SpecificCharacterSet(QStringLiteral("ISO 2022 IR 87")).encode(name);
            ds.putAndInsertString(DCM_PatientName, bytes.constData());
        };
        QVERIFY(test::writeConformantMedium(root, {a}));
        const QString object = instancePath(root, 1);
        const QJsonObject py = test::pydicomIdentities({object}).value(object).toObject();
        QCOMPARE(py.value(QStringLiteral("name")).toString(), name);
        for (bool quick : {false, true}) {
            const CheckReport r = check(root, quick);
            QCOMPARE(r.inventory.quick, quick);
            QCOMPARE(patients(r), QStringList{QStringLiteral("10000003|") + name});
            QVERIFY2(r.conformant(), qPrintable(describe(r)));
            QVERIFY2(messages(r, QStringLiteral("PDI-F006")).isEmpty(), qPrintable(describe(r)));
        }
    }

    // An invalid Specific Character Set in an object is a finding that says how the text was
    // read; terms run together (as Orthanc 1.10 writes them) are read as the writer meant them.
    void invalidCharacterSetIsAFinding_data() {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("expected");
        QTest::newRow("run together") << "ISO 2022 IR 13ISO 2022 IR 87"
                                      << "YAMADA^TARO=山田^太郎=やまだ^たろう";
        QTest::newRow("unknown term") << "ISO_IR 999"
                                      << "YAMADA^TARO";
    }
    void invalidCharacterSetIsAFinding() {
        QFETCH(QString, written);
        QFETCH(QString, expected);
        const QString root =
            tmp_.filePath(QStringLiteral("invalid-%1").arg(QTest::currentDataTag()));
        test::InstanceSpec a = instance(QStringLiteral("V1"), 1);
        a.characterSet = written;
        a.customize = [expected](DcmDataset& ds) {
            const QByteArray bytes =
                SpecificCharacterSet(QStringLiteral("ISO 2022 IR 13\\ISO 2022 IR 87"))
                    .encode(expected);
            ds.putAndInsertString(DCM_PatientName, bytes.constData());
        };
        QVERIFY(test::writeConformantMedium(root, {a}));
        const CheckReport r = check(root);
        QCOMPARE(patients(r), QStringList{QStringLiteral("V1|") + expected});
        const QStringList f006 = messages(r, QStringLiteral("PDI-F006"));
        QCOMPARE(f006.size(), 1);
        QVERIFY2(f006.first().contains(written), qPrintable(f006.first()));
    }

    // Issue 13: quick and full must agree on "Wang^XiaoDong=王^小東=" (a trailing empty group).
    void trailingEmptyGroup() {
        const QString root = tmp_.filePath(QStringLiteral("trailing"));
        test::InstanceSpec a = instance(QStringLiteral("X1"), 1);
        a.patientName = QStringLiteral("Wang^XiaoDong=王^小東=");
        QVERIFY(test::writeConformantMedium(root, {a}));
        const CheckReport full = check(root);
        const CheckReport quick = check(root, true);
        QVERIFY(quick.inventory.quick);
        QCOMPARE(patients(full), QStringList{QStringLiteral("X1|Wang^XiaoDong=王^小東")});
        QCOMPARE(patients(quick), patients(full));
        QVERIFY2(full.conformant(), qPrintable(describe(full)));
        QVERIFY2(quick.conformant(), qPrintable(describe(quick)));
    }

    // A sound DICOMDIR: the quick check reads one object per patient, shows the object's
    // identity (including what the record leaves out) and nothing else.
    void quickReadsOneObjectPerPatient() {
        const QString root = tmp_.filePath(QStringLiteral("sound"));
        QList<test::InstanceSpec> specs;
        for (int n = 1; n <= 4; ++n) {
            test::InstanceSpec s =
                instance(n <= 2 ? QStringLiteral("A1") : QStringLiteral("B2"), n);
            s.patientName = n <= 2 ? QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう")
                                   : QStringLiteral("SATO^HANAKO=佐藤^花子");
            s.sex = n <= 2 ? QStringLiteral("M") : QStringLiteral("F");
            specs << s;
        }
        QVERIFY(test::writeConformantMedium(root, specs));
        const CheckReport full = check(root);
        const CheckReport quick = check(root, true);
        QVERIFY(quick.inventory.quick);
        QVERIFY(quick.inventory.quickFallback.isEmpty());
        QCOMPARE(objectsRead(quick), 2);
        QCOMPARE(patients(quick), patients(full));
        for (const PatientContents& p : quick.contents.patients) {
            QCOMPARE(p.birthDate, QStringLiteral("19700101"));
            QVERIFY(p.otherNames.isEmpty());
            QVERIFY(p.otherBirthDates.isEmpty());
            QVERIFY(p.otherSexes.isEmpty());
        }
    }

    // The quick check's instances known from their records share their series' summary and keep
    // the records' own fields: each reads as the full check's object of the same path.
    void quickInstancesReadAsTheirObjects() {
        const QString root = tmp_.filePath(QStringLiteral("own"));
        QList<test::InstanceSpec> specs;
        for (int n = 1; n <= 5; ++n)
            specs << instance(n <= 3 ? QStringLiteral("C1") : QStringLiteral("D2"), n);
        QVERIFY(test::writeConformantMedium(root, specs));
        const CheckReport full = check(root);
        const CheckReport quick = check(root, true);
        QVERIFY(quick.inventory.quick);
        QCOMPARE(quick.contents.instances.size(), 5);
        QCOMPARE(full.contents.instances.size(), 5);
        QHash<QString, const MediumInstance*> fullByPath;
        for (const MediumInstance& i : full.contents.instances)
            fullByPath.insert(i.path, &i);
        int fromRecords = 0;
        QSet<QString> uids;
        for (const MediumInstance& q : quick.contents.instances) {
            const MediumInstance* f = fullByPath.value(q.path);
            QVERIFY2(f, qPrintable(q.path));
            QVERIFY(!f->fromDicomdir);
            fromRecords += q.fromDicomdir ? 1 : 0;
            QCOMPARE(q.own().sopInstanceUid, f->own().sopInstanceUid);
            QCOMPARE(q.own().sopClassUid, f->own().sopClassUid);
            QCOMPARE(q.own().transferSyntaxUid, f->own().transferSyntaxUid);
            QCOMPARE(q.own().instanceNumber, f->own().instanceNumber);
            uids.insert(q.own().sopInstanceUid);
            const DicomSummary qs = q.summary();
            const DicomSummary fs = f->summary();
            QCOMPARE(qs.sopInstanceUid, fs.sopInstanceUid);
            QCOMPARE(qs.instanceNumber, fs.instanceNumber);
            QCOMPARE(qs.patientId, fs.patientId);
            QCOMPARE(qs.patientName, fs.patientName);
            QCOMPARE(qs.studyUid, fs.studyUid);
            QCOMPARE(qs.seriesUid, fs.seriesUid);
            // The summary an instance known from its record shares has none of its own fields.
            if (q.fromDicomdir)
                QVERIFY(q.shared().sopInstanceUid.isEmpty());
        }
        QCOMPARE(fromRecords, 3); // one object read per patient
        QCOMPARE(uids.size(), 5);
    }

    // The twins of dd-empty and the DICOMDIR-only discs: DICOM the DICOMDIR does not list, and
    // references to files that are not there.
    void unreliableDicomdirMeansFullCheck() {
        const QString extra = tmp_.filePath(QStringLiteral("unlisted"));
        QVERIFY(test::writeConformantMedium(extra, {instance(QStringLiteral("U1"), 1)}));
        test::InstanceSpec stray = instance(QStringLiteral("U2"), 1);
        stray.patientName = QStringLiteral("STRAY^PATIENT");
        QVERIFY(test::writeInstance(extra + QStringLiteral("/DICOM/S1/R2/I1"), stray));
        const CheckReport unlisted = check(extra, true);
        QVERIFY(!unlisted.inventory.quick);
        QCOMPARE(patients(unlisted).size(), 2);

        const QString gone = tmp_.filePath(QStringLiteral("missing"));
        QVERIFY(test::writeConformantMedium(
            gone, {instance(QStringLiteral("M1"), 1), instance(QStringLiteral("M1"), 2)}));
        QVERIFY(QFile::remove(instancePath(gone, 2)));
        const CheckReport missing = check(gone, true);
        QVERIFY(!missing.inventory.quick);
        QVERIFY(!missing.inventory.quickFallback.isEmpty());
        QCOMPARE(missing.contents.instances.size(), 1);
    }

    // Many unlisted files are all sniffed: a program as the 300th is still found.
    void everyUnlistedFileIsSniffed() {
        const QString root = tmp_.filePath(QStringLiteral("many"));
        QVERIFY(test::writeConformantMedium(root, {instance(QStringLiteral("S1"), 1)}));
        for (int i = 0; i < 300; ++i)
            QVERIFY(test::writeText(
                root + QStringLiteral("/NOTES/N%1.TXT").arg(i, 4, 10, QLatin1Char('0')),
                "a note\n"));
        QByteArray program("MZ");
        program.append(510, '\0');
        QVERIFY(test::writeText(root + QStringLiteral("/NOTES/ZZ.DAT"), program));
        const CheckReport quick = check(root, true);
        QVERIFY(quick.inventory.quick);
        QVERIFY2(!messages(quick, QStringLiteral("PDI-S002")).isEmpty(),
                 qPrintable(describe(quick)));
    }

    // The twin of gdcmgendir-no-charset: records (and objects) with Latin-1 names and no
    // Specific Character Set.
    void undeclaredCharacterSet() {
        const QString root = tmp_.filePath(QStringLiteral("undeclared"));
        test::InstanceSpec a = instance(QStringLiteral("G1"), 1);
        a.characterSet = QString();
        a.customize = [](DcmDataset& ds) {
            delete ds.remove(DCM_SpecificCharacterSet);
            ds.putAndInsertString(DCM_PatientName, "Buc^J\xe9r\xf4me");
        };
        QVERIFY(test::writeConformantMedium(root, {a}));
        const CheckReport full = check(root);
        QVERIFY2(!messages(full, QStringLiteral("PDI-D017")).isEmpty(), qPrintable(describe(full)));
        QVERIFY2(!messages(full, QStringLiteral("PDI-F007")).isEmpty(), qPrintable(describe(full)));
        QCOMPARE(patients(full), QStringList{QStringLiteral("G1|Buc^Jérôme")});
        const CheckReport quick = check(root, true);
        QVERIFY(!quick.inventory.quick);
        QCOMPARE(patients(quick), patients(full));
    }

    // The twin of un-vr-identity, on a medium: the report and the DICOMDIR comparison see text.
    void unVrOnAMedium() {
        const QString root = tmp_.filePath(QStringLiteral("un"));
        test::InstanceSpec a = instance(QStringLiteral("id11111"), 1);
        a.patientName = QStringLiteral("Lastname^Firstname");
        QVERIFY(test::writeConformantMedium(root, {a}));
        a.customize = [&a](DcmDataset& ds) {
            storeAsUn(ds, DCM_PatientID, "id11111 ");
            storeAsUn(ds, DCM_PatientName, "Lastname^Firstname");
            QByteArray uid = a.sopInstanceUid.toLatin1();
            if (uid.size() % 2)
                uid.append('\0');
            storeAsUn(ds, DCM_SOPInstanceUID, uid);
        };
        QVERIFY(test::writeInstance(instancePath(root, 1), a));
        QVERIFY(setMetaSopInstanceUid(instancePath(root, 1), a.sopInstanceUid));
        for (bool quick : {false, true}) {
            const CheckReport r = check(root, quick);
            QCOMPARE(patients(r), QStringList{QStringLiteral("id11111|Lastname^Firstname")});
            QVERIFY2(r.conformant(), qPrintable(describe(r)));
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityMedia)
#include "tst_identity_media.moc"
