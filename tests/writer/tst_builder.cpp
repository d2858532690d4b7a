// Laying out a planned medium: decoded objects, untouched sources, web content, README,
// DICOMDIR and manifest; then the staged medium written and verified as an ISO image.
#include "TestSupport.h"

#include "layout/MediumBuilder.h"
#include "plan/ExportPlanner.h"
#include "report/MediumChecker.h"
#include "target/IsoImageWriter.h"
#include "verify/MediumVerifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pdi;

class TestBuilder : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    static QByteArray pixelData(const QString& path) {
        DcmFileFormat ff;
        if (ff.loadFile(QFile::encodeName(path).constData()).bad())
            return QByteArray();
        const Uint8* data = nullptr;
        unsigned long count = 0;
        ff.getDataset()->findAndGetUint8Array(DCM_PixelData, data, &count);
        return QByteArray(reinterpret_cast<const char*>(data), int(count));
    }

private Q_SLOTS:
    void stageWriteVerify() {
        // Sources in three encodings: Explicit LE (kept as is), JPEG lossless, Implicit VR.
        const QString src = tmp_.filePath(QStringLiteral("src"));
        QList<test::InstanceSpec> specs;
        for (int i = 1; i <= 3; ++i) {
            test::InstanceSpec s;
            s.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
            s.sopInstanceUid = test::uid(QStringLiteral("91.1.1.%1").arg(i));
            s.instanceNumber = QString::number(i);
            specs << s;
        }
        QVERIFY(test::writeInstance(src + QStringLiteral("/plain.dcm"), specs.at(0)));
        QVERIFY(test::writeInstance(tmp_.filePath(QStringLiteral("raw.dcm")), specs.at(1)));
        QCOMPARE(test::run(QStringLiteral("dcmcjpeg"),
                           {QStringLiteral("+e1"), tmp_.filePath(QStringLiteral("raw.dcm")),
                            src + QStringLiteral("/jpeg.dcm")})
                     .exitCode,
                 0);
        QVERIFY(test::writeInstance(src + QStringLiteral("/implicit.dcm"), specs.at(2),
                                    QStringLiteral("1.2.840.10008.1.2")));
        const QString letter = tmp_.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(test::writeText(letter, "%PDF-1.4\n%%EOF\n"));

        ExportOptions options;
        options.web = true;
        options.otherFiles = {letter};
        const ExportPlan plan =
            ExportPlanner::plan(ExportSource::collect({src}), options, CheckSettings());
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        QCOMPARE(plan.transcodeCount(), 2);

        MediumIssuer issuer{QStringLiteral("PDI General Hospital"),
                            QStringLiteral("Radiology"),
                            QStringLiteral("03-1234-5678"),
                            QString(),
                            QStringLiteral("frontdesk"),
                            QStringLiteral("PDI Station test")};
        const QString fileSetId =
            MediumBuilder::newFileSetId(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        QCOMPARE(fileSetId, QStringLiteral("PDI261121100000"));
        const MediumBuilder::Result staged = MediumBuilder::stage(
            plan, issuer, fileSetId, tmp_.filePath(QStringLiteral("stage")), JobProgress());
        QVERIFY2(staged.ok, qPrintable(staged.error));
        QCOMPARE(staged.transcoded, 2);
        const QStringList paths = staged.medium.files.keys();
        QVERIFY(paths.contains(QStringLiteral("DICOMDIR")));
        QVERIFY(paths.contains(QStringLiteral("README.TXT")));
        QVERIFY(paths.contains(QStringLiteral("INDEX.HTM")));
        QVERIFY(paths.contains(QStringLiteral("OTHER/LETTER.PDF")));
        QVERIFY(paths.contains(QStringLiteral("DICOM/P0000001/S0000001/R0000001/I0000001")));
        QCOMPARE(staged.medium.manifest.entries().size(), paths.size());
        QVERIFY(staged.description.webContent);

        // The untouched source is linked, not copied; decoded ones are new files.
        QCOMPARE(QFileInfo(staged.medium.files.value(
                               QStringLiteral("DICOM/P0000001/S0000001/R0000001/I0000001")))
                     .canonicalFilePath(),
                 QFileInfo(src + QStringLiteral("/plain.dcm")).canonicalFilePath());
        // Decoded pixels are DCMTK's decoder's pixels.
        QString jpegStaged;
        for (auto it = staged.medium.files.cbegin(); it != staged.medium.files.cend(); ++it) {
            if (it.value().startsWith(staged.medium.root) &&
                it.key().startsWith(QLatin1String("DICOM/")) &&
                pixelData(it.value()) == pixelData(tmp_.filePath(QStringLiteral("raw.dcm"))))
                jpegStaged = it.value();
        }
        QVERIFY2(!jpegStaged.isEmpty(),
                 "the decoded JPEG lossless object must have the original pixels");

        const QString iso = tmp_.filePath(QStringLiteral("medium.iso"));
        const StepResult w = IsoImageWriter::writeFile(
            staged.medium, {fileSetId, QStringLiteral("PDI STATION TEST"), issuer.institution}, iso,
            JobProgress());
        QVERIFY2(w.ok, qPrintable(w.error));
        const MediumVerifier::Result v =
            MediumVerifier::verify(iso, staged.medium.manifest, {}, CheckSettings(), JobProgress());
        QVERIFY2(v.ok, qPrintable(v.problems.join(QLatin1Char('\n'))));
        // Warnings the receiver must know stay: other content; web content is reported.
        QVERIFY(v.report.flags[MediumFlags::NonDicomContent]);
        QVERIFY(v.report.flags[MediumFlags::WebContent]);
        QCOMPARE(v.report.contents.patients.first().name,
                 QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう"));

        // The patient record carries the birth date and sex: a quick check, which reads only
        // the DICOMDIR, shows whose medium it is as fully as the full check.
        DcmDicomDir dicomdir(OFFilename(
            QFile::encodeName(staged.medium.files.value(QStringLiteral("DICOMDIR"))).constData()));
        DcmDirectoryRecord* patient = dicomdir.getRootRecord().getSub(0);
        QVERIFY(patient && patient->getRecordType() == ERT_Patient);
        OFString born, sex;
        QVERIFY(patient->findAndGetOFString(DCM_PatientBirthDate, born).good());
        QVERIFY(patient->findAndGetOFString(DCM_PatientSex, sex).good());
        QCOMPARE(QString::fromLatin1(born.c_str()), QStringLiteral("19700101"));
        QCOMPARE(QString::fromLatin1(sex.c_str()), QStringLiteral("M"));
        MediumChecker::Options quick;
        quick.quick = true;
        const Result<CheckedMedium> quickCheck = MediumChecker::check(iso, quick);
        QVERIFY2(quickCheck, quickCheck ? "" : qPrintable(quickCheck.error().message));
        QVERIFY(quickCheck->report.inventory.quick);
        QCOMPARE(quickCheck->report.contents.patients.first().birthDate,
                 QStringLiteral("19700101"));
        QCOMPARE(quickCheck->report.contents.patients.first().sex, QStringLiteral("M"));
    }

    void missingRecordKeysAreFilledInTheRecordsOnly() {
        const QString src = tmp_.filePath(QStringLiteral("nokeys"));
        for (int i = 1; i <= 2; ++i) {
            test::InstanceSpec s;
            s.sopInstanceUid = test::uid(QStringLiteral("93.1.%1").arg(i));
            s.customize = [](DcmDataset& ds) {
                delete ds.remove(DCM_StudyID);
                delete ds.remove(DCM_InstanceNumber);
            };
            QVERIFY(test::writeInstance(QStringLiteral("%1/%2.dcm").arg(src).arg(i), s));
        }
        const ExportPlan plan =
            ExportPlanner::plan(ExportSource::collect({src}), ExportOptions(), CheckSettings());
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        const MediumBuilder::Result staged =
            MediumBuilder::stage(plan, MediumIssuer(), QStringLiteral("PDITEST"),
                                 tmp_.filePath(QStringLiteral("stage3")), JobProgress());
        QVERIFY2(staged.ok, qPrintable(staged.error));
        QVERIFY(staged.notes.join(QLatin1Char(' '))
                    .contains(QLatin1String("filled them in the records only")));
        const QString iso = tmp_.filePath(QStringLiteral("nokeys.iso"));
        QVERIFY(IsoImageWriter::writeFile(
                    staged.medium, {QStringLiteral("PDITEST"), QStringLiteral("T"), QString()}, iso,
                    JobProgress())
                    .ok);
        const MediumVerifier::Result v =
            MediumVerifier::verify(iso, staged.medium.manifest, {}, CheckSettings(), JobProgress());
        QVERIFY2(v.ok, qPrintable(v.problems.join(QLatin1Char('\n'))));
        // The objects themselves still lack the keys.
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(QFile::encodeName(src + QStringLiteral("/1.dcm")).constData()).good());
        QVERIFY(!ff.getDataset()->tagExists(DCM_InstanceNumber));
    }

    void failedTranscodeStopsTheBuild() {
        const QString src = tmp_.filePath(QStringLiteral("broken"));
        test::InstanceSpec s;
        s.sopInstanceUid = test::uid(QStringLiteral("92.1"));
        QVERIFY(test::writeInstance(tmp_.filePath(QStringLiteral("raw2.dcm")), s));
        QVERIFY(QDir().mkpath(src));
        QCOMPARE(test::run(QStringLiteral("dcmcjpeg"),
                           {QStringLiteral("+e1"), tmp_.filePath(QStringLiteral("raw2.dcm")),
                            src + QStringLiteral("/j.dcm")})
                     .exitCode,
                 0);
        const ExportPlan plan =
            ExportPlanner::plan(ExportSource::collect({src}), ExportOptions(), CheckSettings());
        QVERIFY(!plan.refused);
        // Corrupt the compressed stream after planning (the file changed under our feet).
        QFile f(src + QStringLiteral("/j.dcm"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 300));
        f.close();
        const MediumBuilder::Result staged =
            MediumBuilder::stage(plan, MediumIssuer(), QStringLiteral("PDITEST"),
                                 tmp_.filePath(QStringLiteral("stage2")), JobProgress());
        QVERIFY(!staged.ok);
        QVERIFY(!staged.error.isEmpty());
        QVERIFY(!QFile::exists(tmp_.filePath(QStringLiteral("stage2/DICOMDIR"))));
    }
};

QTEST_GUILESS_MAIN(TestBuilder)
#include "tst_builder.moc"
