// The PDI rules on media the tests build: a conformant one, and ones that break each rule.
#include "CheckSupport.h"
#include "TestSupport.h"

#include "report/MediumChecker.h"
#include "rules/FindingCatalog.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pdi;

namespace {

using test::check;
using test::describe;

QList<test::InstanceSpec> oneSeries(int count,
                                    const QString& patientId = QStringLiteral("PAT001")) {
    QList<test::InstanceSpec> specs;
    for (int i = 1; i <= count; ++i) {
        test::InstanceSpec s;
        s.patientId = patientId;
        s.studyUid = test::uid(patientId + QStringLiteral(".1"));
        s.seriesUid = test::uid(patientId + QStringLiteral(".1.1"));
        s.sopInstanceUid = test::uid(patientId + QStringLiteral(".1.1.%1").arg(i));
        s.instanceNumber = QString::number(i);
        specs << s;
    }
    return specs;
}

const Finding* findingFor(const CheckReport& r, const QString& code,
                          const QString& path = QString()) {
    for (const Finding& f : r.findings) {
        if (f.code == code && (path.isNull() || f.path == path))
            return &f;
    }
    return nullptr;
}

// Replaces the Referenced File ID of the first IMAGE record, keeping the DICOMDIR consistent
// (DCMTK rewrites the offsets).
bool setFirstFileId(const QString& dicomdirPath, const char* fileId) {
    DcmDicomDir dir(QFile::encodeName(dicomdirPath).constData());
    DcmDirectoryRecord& root = dir.getRootRecord();
    DcmDirectoryRecord* patient = root.getSub(0);
    DcmDirectoryRecord* study = patient ? patient->getSub(0) : nullptr;
    DcmDirectoryRecord* series = study ? study->getSub(0) : nullptr;
    DcmDirectoryRecord* image = series ? series->getSub(0) : nullptr;
    if (!image)
        return false;
    image->putAndInsertString(DCM_ReferencedFileID, fileId);
    return dir.write(DICOMDIR_DEFAULT_TRANSFERSYNTAX, EET_UndefinedLength, EGL_withoutGL).good();
}

// Points the second IMAGE record of the first series at the first one's file.
bool referenceFirstFileTwice(const QString& dicomdirPath) {
    DcmDicomDir dir(QFile::encodeName(dicomdirPath).constData());
    DcmDirectoryRecord& root = dir.getRootRecord();
    DcmDirectoryRecord* patient = root.getSub(0);
    DcmDirectoryRecord* study = patient ? patient->getSub(0) : nullptr;
    DcmDirectoryRecord* series = study ? study->getSub(0) : nullptr;
    DcmDirectoryRecord* first = series ? series->getSub(0) : nullptr;
    DcmDirectoryRecord* second = series ? series->getSub(1) : nullptr;
    OFString fileId;
    if (!first || !second || first->findAndGetOFStringArray(DCM_ReferencedFileID, fileId).bad())
        return false;
    second->putAndInsertString(DCM_ReferencedFileID, fileId.c_str());
    return dir.write(DICOMDIR_DEFAULT_TRANSFERSYNTAX, EET_UndefinedLength, EGL_withoutGL).good();
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    int counter_ = 0;

    QString freshMedium(const QList<test::InstanceSpec>& specs = oneSeries(3)) {
        const QString root = tmp_.filePath(QStringLiteral("m%1").arg(++counter_));
        if (!test::writeConformantMedium(root, specs))
            return QString();
        return root;
    }

private Q_SLOTS:
    void conformantMedium() {
        const QString root = freshMedium();
        QVERIFY(!root.isEmpty());
        const CheckReport r = check(root);
        QVERIFY2(r.conformant(), qPrintable(describe(r)));
        QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.contents.patients.size(), 1);
        QCOMPARE(r.contents.patients.first().studies.first().series.first().instances, 3);
        QCOMPARE(r.dicomCount(), 3);
        for (int f = 0; f < MediumFlags::FlagCount; ++f)
            QVERIFY2(!r.flags.set[f], qPrintable(MediumFlags::key(MediumFlags::Flag(f))));

        // The same medium as an ISO image and as a ZIP archive checks the same.
        const QString iso = tmp_.filePath(QStringLiteral("conformant.iso"));
        QVERIFY(test::makeIso(root, iso, QStringLiteral("PDITEST")));
        const CheckReport fromIso = check(iso);
        QVERIFY2(fromIso.conformant() && fromIso.findings.isEmpty(), qPrintable(describe(fromIso)));
        QCOMPARE(fromIso.inventory.volumeId, QStringLiteral("PDITEST"));
        const QString zip = tmp_.filePath(QStringLiteral("conformant.zip"));
        QVERIFY(test::makeZip(root, zip));
        const CheckReport fromZip = check(zip);
        QVERIFY2(fromZip.conformant() && fromZip.findings.isEmpty(), qPrintable(describe(fromZip)));
    }

    void volumeIdDifferentFromFileSetId() {
        const QString root = freshMedium();
        const QString iso = tmp_.filePath(QStringLiteral("otherid.iso"));
        QVERIFY(test::makeIso(root, iso, QStringLiteral("SOMETHING_ELSE")));
        const CheckReport r = check(iso);
        QVERIFY(findingFor(r, QStringLiteral("PDI-D005")));
        QVERIFY(r.conformant()); // a warning
    }

    void autorunAndPrograms() {
        const QString root = freshMedium();
        QVERIFY(test::writeText(root + QStringLiteral("/AUTORUN.INF"),
                                "[autorun]\r\nopen=VIEWER.EXE\r\n"));
        QVERIFY(test::writeText(root + QStringLiteral("/VIEWER.EXE"),
                                QByteArray("MZ\x90\0\3\0\0\0", 8)));
        // A program is a program whatever its name says.
        QVERIFY(test::writeText(root + QStringLiteral("/TOOLS/HELP.TXT"), QByteArray("\x7f"
                                                                                     "ELF\2\1\1\0",
                                                                                     8)));
        const CheckReport r = check(root);
        QVERIFY(findingFor(r, QStringLiteral("PDI-S001"), QStringLiteral("AUTORUN.INF")));
        QVERIFY(findingFor(r, QStringLiteral("PDI-S002"), QStringLiteral("VIEWER.EXE")));
        QVERIFY(findingFor(r, QStringLiteral("PDI-S002"), QStringLiteral("TOOLS/HELP.TXT")));
        QVERIFY(r.flags[MediumFlags::Autorun]);
        QVERIFY(r.flags[MediumFlags::Executables]);
        QVERIFY(r.flags[MediumFlags::NonDicomContent]);
        QVERIFY(!r.conformant());
    }

    void otherContentIsAWarning() {
        const QString root = freshMedium();
        QVERIFY(
            test::writeText(root + QStringLiteral("/REPORT/LETTER.PDF"), "%PDF-1.4\n1 0 obj\n"));
        QVERIFY(test::writeText(root + QStringLiteral("/REPORT/PHOTO.JPG"),
                                QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10)));
        const CheckReport r = check(root);
        const Finding* pdf =
            findingFor(r, QStringLiteral("PDI-F003"), QStringLiteral("REPORT/LETTER.PDF"));
        QVERIFY(pdf);
        QVERIFY(pdf->message.contains(QLatin1String("PDF")));
        QCOMPARE(pdf->severity, Severity::Warning);
        QVERIFY(findingFor(r, QStringLiteral("PDI-F003"), QStringLiteral("REPORT/PHOTO.JPG")));
        QVERIFY(r.flags[MediumFlags::NonDicomContent]);
        QVERIFY2(r.conformant(), qPrintable(describe(r)));
    }

    void lowerCaseAndLongNames() {
        const QString root = freshMedium();
        QVERIFY(QFile::rename(root + QStringLiteral("/DICOM/S1/R1/I1"),
                              root + QStringLiteral("/DICOM/S1/R1/i1")));
        QVERIFY(test::writeText(root + QStringLiteral("/Referral letter.pdf"), "%PDF-1.4\n"));
        const CheckReport r = check(root);
        QVERIFY2(findingFor(r, QStringLiteral("PDI-L005"), QStringLiteral("DICOM/S1/R1/i1")),
                 qPrintable(describe(r)));
        QVERIFY(findingFor(r, QStringLiteral("PDI-L007"), QStringLiteral("Referral letter.pdf")));
        // The DICOMDIR still finds the file (case-insensitive), so no missing reference.
        QVERIFY(!findingFor(r, QStringLiteral("PDI-D006")));
        QVERIFY(!r.conformant());
    }

    // Names of one folder that are one name on a disc or a FAT stick (QString::toUpper, so
    // "STRAßE" and "STRASSE" too), each pair reported once, on the quick check too; the same
    // name in two folders and names that only look alike are not.
    void namesThatDifferOnlyInCase() {
        const QString root = freshMedium();
        QVERIFY(test::writeText(root + QStringLiteral("/readme.txt"), "copy\n"));
        QVERIFY(QDir(root).mkpath(QStringLiteral("OTHER")));
        QVERIFY(QDir(root).mkpath(QStringLiteral("MORE")));
        QVERIFY(QDir(root).mkpath(QStringLiteral("DICOM/s1")));
        for (const char* name : {"OTHER/STRAßE.TXT", "OTHER/STRASSE.TXT", "OTHER/ABC.TXT",
                                 "OTHER/ABD.TXT", "MORE/abc.txt", "DICOM/s1/NOTE.TXT"})
            QVERIFY(test::writeText(root + QLatin1Char('/') + QString::fromUtf8(name), "x\n"));
        for (bool quick : {false, true}) {
            const CheckReport r = check(root, quick);
            QCOMPARE(r.inventory.quick, quick);
            const QStringList clashes = test::messages(r, QStringLiteral("PDI-L013"));
            QCOMPARE(clashes.size(), 3);
            const QString all = clashes.join(QLatin1Char(' '));
            for (const char* name : {"\"README.TXT\"", "\"readme.txt\"", "\"STRAßE.TXT\"",
                                     "\"STRASSE.TXT\"", "\"S1\"", "\"s1\""})
                QVERIFY2(all.contains(QString::fromUtf8(name)), qPrintable(all));
            QVERIFY2(!all.contains(QLatin1String("ABC")) && !all.contains(QLatin1String("abc")),
                     qPrintable(all));
        }
    }

    void fileReferencedTwice() {
        const QString root = freshMedium();
        QVERIFY(referenceFirstFileTwice(root + QStringLiteral("/DICOMDIR")));
        const CheckReport r = check(root);
        QCOMPARE(test::messages(r, QStringLiteral("PDI-D015")).size(), 1);
        QVERIFY2(findingFor(r, QStringLiteral("PDI-D015"), QStringLiteral("DICOM/S1/R1/I1")),
                 qPrintable(describe(r)));
        QVERIFY(findingFor(r, QStringLiteral("PDI-D010"), QStringLiteral("DICOM/S1/R1/I2")));
    }

    void tooDeep() {
        const QString root = freshMedium();
        test::InstanceSpec deep = oneSeries(1).first();
        deep.sopInstanceUid = test::uid(QStringLiteral("deep.1"));
        QVERIFY(test::writeInstance(root + QStringLiteral("/DICOM/A/B/C/D/E/F/G/H/I1"), deep));
        const CheckReport r = check(root);
        QVERIFY(
            findingFor(r, QStringLiteral("PDI-L006"), QStringLiteral("DICOM/A/B/C/D/E/F/G/H/I1")));
        QVERIFY(
            findingFor(r, QStringLiteral("PDI-D010"), QStringLiteral("DICOM/A/B/C/D/E/F/G/H/I1")));
        QVERIFY(r.flags[MediumFlags::UnreferencedFiles]);
    }

    void referencedFileMissing() {
        const QString root = freshMedium();
        QVERIFY(QFile::remove(root + QStringLiteral("/DICOM/S1/R1/I2")));
        const CheckReport r = check(root);
        QVERIFY2(findingFor(r, QStringLiteral("PDI-D006"), QStringLiteral("DICOM\\S1\\R1\\I2")),
                 qPrintable(describe(r)));
        QVERIFY(!r.conformant());
    }

    void referenceThatClimbsOutIsNotFollowed() {
        const QString root = freshMedium();
        // A file outside the medium that the DICOMDIR points at.
        QVERIFY(test::writeInstance(tmp_.filePath(QStringLiteral("SECRET")),
                                    oneSeries(1, QStringLiteral("OTHER")).first()));
        QVERIFY(setFirstFileId(root + QStringLiteral("/DICOMDIR"), "..\\SECRET"));
        const CheckReport r = check(root);
        QVERIFY2(findingFor(r, QStringLiteral("PDI-D008")), qPrintable(describe(r)));
        // Nothing of the outside file was read: only the medium's patient is there.
        QCOMPARE(r.contents.patients.size(), 1);
        QCOMPARE(r.contents.patients.first().id, QStringLiteral("PAT001"));
        // The file it used to reference is now unreferenced.
        QVERIFY(findingFor(r, QStringLiteral("PDI-D010")));
    }

    void invalidFileIdInRecord() {
        const QString root = freshMedium();
        QVERIFY(QFile::rename(root + QStringLiteral("/DICOM/S1/R1/I1"),
                              root + QStringLiteral("/DICOM/S1/R1/IMAGE0001")));
        QVERIFY(setFirstFileId(root + QStringLiteral("/DICOMDIR"), "DICOM\\S1\\R1\\IMAGE0001"));
        const CheckReport r = check(root);
        QVERIFY2(findingFor(r, QStringLiteral("PDI-D007")), qPrintable(describe(r)));
        QVERIFY(findingFor(r, QStringLiteral("PDI-L005")));
    }

    void severalPatients() {
        QList<test::InstanceSpec> specs = oneSeries(2, QStringLiteral("A1"));
        specs << oneSeries(1, QStringLiteral("B2"));
        const QString root = freshMedium(specs);
        const CheckReport r = check(root);
        QCOMPARE(r.contents.patients.size(), 2);
        const Finding* f = findingFor(r, QStringLiteral("PDI-C001"));
        QVERIFY(f);
        QVERIFY(f->message.contains(QLatin1String("A1")) &&
                f->message.contains(QLatin1String("B2")));
        QVERIFY(r.flags[MediumFlags::MultiplePatients]);
        QVERIFY(!r.conformant());
    }

    void samePatientIdDifferentPerson() {
        QList<test::InstanceSpec> specs = oneSeries(2);
        specs[1].patientName = QStringLiteral("OTHER^PERSON");
        specs[1].birthDate = QStringLiteral("19811111");
        const CheckReport r = check(freshMedium(specs));
        const Finding* f = findingFor(r, QStringLiteral("PDI-C007"));
        QVERIFY2(f, qPrintable(describe(r)));
        QVERIFY(f->message.contains(QLatin1String("OTHER^PERSON")));
    }

    void compressedFiles() {
        const QString root = freshMedium();
        const QString file = root + QStringLiteral("/DICOM/S1/R1/I1");
        QCOMPARE(test::run(QStringLiteral("dcmcjpeg"),
                           {QStringLiteral("+e1"), file, file + QStringLiteral(".J")})
                     .exitCode,
                 0);
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::rename(file + QStringLiteral(".J"), file));
        QVERIFY(QFile::remove(root + QStringLiteral("/DICOMDIR")));
        QVERIFY(test::makeDicomdir(root));
        const CheckReport r = check(root);
        const Finding* f =
            findingFor(r, QStringLiteral("PDI-C002"), QStringLiteral("DICOM/S1/R1/I1"));
        QVERIFY2(f, qPrintable(describe(r)));
        QVERIFY(f->message.contains(QLatin1String("JPEG Lossless")));
        QVERIFY(r.flags[MediumFlags::Compressed]);
        QVERIFY(!r.conformant());
    }

    void implicitVrAndNoPart10() {
        const QString root = freshMedium();
        QVERIFY(test::writeInstance(root + QStringLiteral("/DICOM/S1/R1/I2"), oneSeries(3).at(1),
                                    QStringLiteral("1.2.840.10008.1.2")));
        // A bare data set without preamble and meta information.
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(QFile::encodeName(root + QStringLiteral("/DICOM/S1/R1/I3")).constData())
                    .good());
        QVERIFY(
            ff.getDataset()
                ->saveFile(QFile::encodeName(root + QStringLiteral("/DICOM/S1/R1/I3")).constData(),
                           EXS_LittleEndianExplicit)
                .good());
        const CheckReport r = check(root);
        QVERIFY2(findingFor(r, QStringLiteral("PDI-C003"), QStringLiteral("DICOM/S1/R1/I2")),
                 qPrintable(describe(r)));
        QVERIFY(findingFor(r, QStringLiteral("PDI-D009"),
                           QStringLiteral("DICOM/S1/R1/I2"))); // record says Explicit
        QVERIFY(findingFor(r, QStringLiteral("PDI-F001"), QStringLiteral("DICOM/S1/R1/I3")));
        QVERIFY(r.flags[MediumFlags::NotPart10]);
    }

    void damagedFile() {
        const QString root = freshMedium();
        const QString path = root + QStringLiteral("/DICOM/S1/R1/I3");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 100));
        f.close();
        const CheckReport r = check(root);
        QVERIFY2(findingFor(r, QStringLiteral("PDI-F002"), QStringLiteral("DICOM/S1/R1/I3")),
                 qPrintable(describe(r)));
        QVERIFY(r.flags[MediumFlags::DamagedFiles]);
        // The quick check trusts the DICOMDIR and does not notice.
        const CheckReport quick = check(root, true);
        QVERIFY(quick.inventory.quick);
        QVERIFY(findingFor(quick, QStringLiteral("PDI-Q001")));
        QVERIFY(!findingFor(quick, QStringLiteral("PDI-F002")));
        QCOMPARE(quick.dicomCount(), 3);
    }

    void quickCheckReadsTheDicomdirAndOneObjectPerPatient() {
        const QString root = freshMedium();
        QVERIFY(test::writeText(root + QStringLiteral("/VIEWER.EXE"), QByteArray("MZ\x90\0", 4)));
        const CheckReport r = check(root, true);
        QVERIFY(r.inventory.quick);
        QCOMPARE(r.contents.patients.size(), 1);
        QCOMPARE(r.contents.patients.first().id, QStringLiteral("PAT001"));
        QCOMPARE(r.contents.patients.first().name, QStringLiteral("TEST^PATIENT"));
        QCOMPARE(r.contents.patients.first().studies.first().series.first().instances, 3);
        // One object per PATIENT record is read to confirm the identity; the others are not.
        int read = 0;
        for (const ScannedFile& f : r.inventory.files) {
            if (f.recordIndex < 0)
                continue;
            QVERIFY(f.kind == ScannedFile::Kind::NotOpened || f.kind == ScannedFile::Kind::Dicom);
            read += f.kind == ScannedFile::Kind::Dicom ? 1 : 0;
        }
        QCOMPARE(read, 1);
        // Programs still show.
        QVERIFY(findingFor(r, QStringLiteral("PDI-S002"), QStringLiteral("VIEWER.EXE")));
    }

    void noDicomdir() {
        const QString root = freshMedium();
        QVERIFY(QFile::remove(root + QStringLiteral("/DICOMDIR")));
        const CheckReport r = check(root, true); // quick falls back to the full walk
        QVERIFY(!r.inventory.quick);
        QVERIFY(findingFor(r, QStringLiteral("PDI-L001")));
        QVERIFY(r.flags[MediumFlags::MissingDicomdir]);
        QCOMPARE(r.dicomCount(), 3);
        QCOMPARE(r.contents.patients.size(), 1);
    }

    void brokenDicomdir() {
        const QString root = freshMedium();
        QVERIFY(test::writeText(root + QStringLiteral("/DICOMDIR"), "not a DICOMDIR"));
        const CheckReport r = check(root);
        QVERIFY(findingFor(r, QStringLiteral("PDI-D001")));
        QVERIFY(r.flags[MediumFlags::MissingDicomdir]);
        QCOMPARE(r.dicomCount(), 3);
    }

    void readmeMissing() {
        const QString root = freshMedium();
        QVERIFY(QFile::remove(root + QStringLiteral("/README.TXT")));
        QVERIFY(findingFor(check(root), QStringLiteral("PDI-L004")));
    }

    void webContent() {
        const QString root = freshMedium();
        QVERIFY(test::writeText(root + QStringLiteral("/INDEX.HTM"),
                                "<html><body>index</body></html>"));
        QVERIFY(test::writeText(root + QStringLiteral("/IHE_PDI/STUDY1.HTM"), "<html></html>"));
        CheckReport r = check(root);
        QVERIFY(findingFor(r, QStringLiteral("PDI-L012")));
        QVERIFY(r.flags[MediumFlags::WebContent]);
        QVERIFY2(r.findings.size() == 1, qPrintable(describe(r)));

        QVERIFY(test::writeInstance(root + QStringLiteral("/IHE_PDI/IMG"), oneSeries(4).at(3)));
        QVERIFY(test::writeText(root + QStringLiteral("/IHE_PDI/TOOL.PDF"), "%PDF-1.4\n"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/IHEXTRA")));
        r = check(root);
        QVERIFY(findingFor(r, QStringLiteral("PDI-L008"), QStringLiteral("IHE_PDI/IMG")));
        QVERIFY(findingFor(r, QStringLiteral("PDI-L011"), QStringLiteral("IHE_PDI/TOOL.PDF")));
        QVERIFY(findingFor(r, QStringLiteral("PDI-L009"), QStringLiteral("IHEXTRA")));

        QVERIFY(QFile::remove(root + QStringLiteral("/INDEX.HTM")));
        QVERIFY(findingFor(check(root), QStringLiteral("PDI-L010")));
    }

    void dicomFileInRootAndSecondDicomdir() {
        const QString root = freshMedium();
        QVERIFY(test::writeInstance(root + QStringLiteral("/IMAGE"), oneSeries(5).at(4)));
        QVERIFY(QFile::copy(root + QStringLiteral("/DICOMDIR"),
                            root + QStringLiteral("/DICOM/DICOMDIR")));
        const CheckReport r = check(root);
        QVERIFY(findingFor(r, QStringLiteral("PDI-L003"), QStringLiteral("IMAGE")));
        QVERIFY(findingFor(r, QStringLiteral("PDI-L002"), QStringLiteral("DICOM/DICOMDIR")));
    }

    void recordDoesNotMatchFile() {
        const QString root = freshMedium();
        test::InstanceSpec changed = oneSeries(3).at(0);
        changed.sopInstanceUid = test::uid(QStringLiteral("changed.1"));
        changed.seriesUid = test::uid(QStringLiteral("changed.series"));
        QVERIFY(test::writeInstance(root + QStringLiteral("/DICOM/S1/R1/I1"), changed));
        const CheckReport r = check(root);
        const Finding* d9 =
            findingFor(r, QStringLiteral("PDI-D009"), QStringLiteral("DICOM/S1/R1/I1"));
        QVERIFY2(d9, qPrintable(describe(r)));
        QVERIFY(d9->message.contains(QLatin1String("SOP Instance UID")));
        QVERIFY(findingFor(r, QStringLiteral("PDI-D014"), QStringLiteral("DICOM/S1/R1/I1")));
    }

    void duplicateInstances() {
        const QString root = freshMedium();
        QVERIFY(QFile::copy(root + QStringLiteral("/DICOM/S1/R1/I1"),
                            root + QStringLiteral("/DICOM/S1/R1/I9")));
        const CheckReport r = check(root);
        QVERIFY(findingFor(r, QStringLiteral("PDI-C009"), QStringLiteral("DICOM/S1/R1/I9")));
    }

    void aiDerivedSeries() {
        QList<test::InstanceSpec> specs = oneSeries(2);
        test::InstanceSpec sc = specs.first();
        sc.seriesUid = test::uid(QStringLiteral("ai.series"));
        sc.sopInstanceUid = test::uid(QStringLiteral("ai.1"));
        sc.seriesNumber = QStringLiteral("99");
        sc.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
        sc.modality = QStringLiteral("OT");
        sc.imageType = QStringLiteral("DERIVED\\SECONDARY");
        sc.manufacturer = QStringLiteral("Lunit");
        sc.seriesDescription = QStringLiteral("Lunit INSIGHT CXR");
        specs << sc;
        const CheckReport r = check(freshMedium(specs));
        const Finding* f = findingFor(r, QStringLiteral("PDI-A001"));
        QVERIFY2(f, qPrintable(describe(r)));
        QCOMPARE(f->severity, Severity::Warning);
        QVERIFY(f->message.contains(QLatin1String("Lunit")));
        QVERIFY(r.flags[MediumFlags::AiDerivedContent]);
        int aiSeries = 0;
        for (const SeriesContents& s : r.contents.patients.first().studies.first().series)
            aiSeries += s.aiDerived ? 1 : 0;
        QCOMPARE(aiSeries, 1);
        QVERIFY(r.conformant());
    }

    void thinSlices() {
        QList<test::InstanceSpec> specs = oneSeries(4);
        for (test::InstanceSpec& s : specs)
            s.sliceThickness = 0.625;
        const CheckReport r = check(freshMedium(specs));
        QVERIFY(findingFor(r, QStringLiteral("PDI-C005")));
        QVERIFY(r.flags[MediumFlags::BulkData]);
    }

    void everyCodeIsDocumented() {
        QFile doc(QStringLiteral(PDI_SOURCE_DIR "/docs/findings.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        QSet<QString> documented;
        const QRegularExpression row(QStringLiteral("^\\| (PDI-[A-Z]\\d{3}) \\| (\\w+) \\|"),
                                     QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            documented.insert(m.captured(1));
            const FindingDefinition* def = FindingCatalog::find(m.captured(1));
            QVERIFY2(def, qPrintable(m.captured(1)));
            QCOMPARE(m.captured(2), severityName(def->severity));
        }
        for (const FindingDefinition& def : FindingCatalog::all())
            QVERIFY2(documented.contains(QLatin1String(def.code)), def.code);

        // The flags section names, for each flag, the codes whose catalogue entry sets it.
        QHash<QString, QStringList> setBy;
        const QRegularExpression flagRow(
            QStringLiteral("^\\| (\\w+) \\| (PDI-[A-Z]\\d{3}(?:, PDI-[A-Z]\\d{3})*) \\|$"),
            QRegularExpression::MultilineOption);
        for (auto it = flagRow.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QStringList codes = m.captured(2).split(QStringLiteral(", "));
            codes.sort();
            setBy.insert(m.captured(1), codes);
        }
        QCOMPARE(setBy.size(), int(MediumFlags::FlagCount));
        for (int f = 0; f < MediumFlags::FlagCount; ++f) {
            QStringList codes;
            for (const FindingDefinition& def : FindingCatalog::all()) {
                if (def.sets(MediumFlags::Flag(f)))
                    codes << QLatin1String(def.code);
            }
            codes.sort();
            const QString key = MediumFlags::key(MediumFlags::Flag(f));
            QVERIFY2(!codes.isEmpty(), qPrintable(key));
            QCOMPARE(setBy.value(key), codes);
        }
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
