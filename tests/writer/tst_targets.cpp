// Writing a staged medium to its targets (ISO image, folder/USB, libburn's stdio: drive) and
// reading it back with the verifier, third-party readers and DICOM checkers.
#include "TestSupport.h"
#include "VerificationText.h"

#include "dicom/DicomSummaryReader.h"
#include "layout/DicomdirBuilder.h"
#include "layout/StagedMedium.h"
#include "medium/LocalFile.h"
#include "target/DiscBurner.h"
#include "target/FolderWriter.h"
#include "target/IsoImageWriter.h"
#include "verify/MediumVerifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

class TestTargets : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    StagedMedium staged_;
    IsoImageWriter::Metadata metadata_;

    Result<MediumVerifier::Verification> verify(const QString& location) {
        return MediumVerifier::verify(location, staged_.manifest, {}, CheckSettings(),
                                      JobProgress());
    }

    static QString message(const Result<void>& r) { return r ? QString() : r.error().message; }

private Q_SLOTS:
    void initTestCase() {
        // A staged medium as the layout step makes it: instances under File IDs, README, DICOMDIR.
        staged_.root = tmp_.filePath(QStringLiteral("stage"));
        staged_.fileSetId = QStringLiteral("PDI_T1");
        QStringList fileIds;
        for (int i = 1; i <= 3; ++i) {
            test::InstanceSpec s;
            s.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
            s.sopInstanceUid = test::uid(QStringLiteral("71.1.1.%1").arg(i));
            s.instanceNumber = QString::number(i);
            const QString id = QStringLiteral("DICOM/P0000001/S0000001/R0000001/I000000%1").arg(i);
            QVERIFY(test::writeInstance(staged_.root + QLatin1Char('/') + id, s));
            fileIds << id;
        }
        QVERIFY(test::writeText(staged_.root + QStringLiteral("/README.TXT"), "README\r\n"));
        const Result<DicomdirBuilder::Written> dd =
            DicomdirBuilder::buildFromFiles(staged_.root, fileIds, staged_.fileSetId);
        QVERIFY2(dd.ok(), qPrintable(dd ? QString() : dd.error().message));
        for (const QString& id :
             fileIds + QStringList{QStringLiteral("README.TXT"), QStringLiteral("DICOMDIR")})
            staged_.files.insert(id, staged_.root + QLatin1Char('/') + id);
        const Result<Manifest> manifest = Manifest::compute(staged_.files);
        QVERIFY2(manifest.ok(), qPrintable(manifest ? QString() : manifest.error().message));
        staged_.manifest = *manifest;
        QCOMPARE(staged_.manifest.entries().size(), 5);
        metadata_ = {staged_.fileSetId, QStringLiteral("PDI STATION TEST"),
                     QStringLiteral("TEST HOSPITAL")};
    }

    void dicomdirPassesThirdPartyCheckers() {
        const test::ProcessResult r =
            test::run(QStringLiteral("dciodvfy"), {staged_.root + QStringLiteral("/DICOMDIR")});
        QVERIFY2(!r.errText().contains(QLatin1String("Error")) &&
                     !r.outText().contains(QLatin1String("Error")),
                 r.err.constData());
        for (const QString& id : staged_.files.keys()) {
            if (!id.startsWith(QLatin1String("DICOM/")))
                continue;
            QCOMPARE(test::run(QStringLiteral("dcmftest"), {staged_.files.value(id)}).exitCode, 0);
        }
    }

    void isoImage() {
        const QString iso = tmp_.filePath(QStringLiteral("out.iso"));
        Manifest written;
        const Result<void> w =
            IsoImageWriter::writeFile(staged_, metadata_, iso, JobProgress(), &written);
        QVERIFY2(w.ok(), qPrintable(message(w)));
        QVERIFY(!QFile::exists(iso + QStringLiteral(".part")));
        // The manifest made while generating the image is the one made from the files beforehand.
        QCOMPARE(written.toJson(), staged_.manifest.toJson());

        // xorriso reads the names and the volume identifier back.
        test::ProcessResult r = test::run(QStringLiteral("xorriso"), {QStringLiteral("-indev"), iso,
                                                                      QStringLiteral("-pvd_info")});
        QVERIFY2(r.outText().contains(QLatin1String("Volume Id    : PDI_T1")), r.out.constData());
        r = test::run(QStringLiteral("xorriso"),
                      {QStringLiteral("-indev"), iso, QStringLiteral("-find"), QStringLiteral("/"),
                       QStringLiteral("-type"), QStringLiteral("f")});
        QVERIFY2(
            r.outText().contains(QLatin1String("'/DICOM/P0000001/S0000001/R0000001/I0000001'")),
            r.out.constData());
        QVERIFY(r.outText().contains(QLatin1String("'/DICOMDIR'")));
        QVERIFY(r.outText().contains(QLatin1String("'/README.TXT'")));

        const Result<MediumVerifier::Verification> v = verify(iso);
        QVERIFY2(v && v->passed(), qPrintable(test::verificationText(v)));
        QCOMPARE(v->report.inventory.volumeId, QStringLiteral("PDI_T1"));
        QVERIFY(v->report.conformant());
    }

    // An object whose file reads back with the hash the plan read it with is taken as the plan
    // read it (here a summary naming another patient, so that taking it shows); with any other
    // hash it is parsed from the medium again.
    void verificationTakesReadObjectsOnlyByTheirHash() {
        const QString iso = tmp_.filePath(QStringLiteral("read.iso"));
        QVERIFY(IsoImageWriter::writeFile(staged_, metadata_, iso, JobProgress()).ok());
        const QString id = QStringLiteral("DICOM/P0000001/S0000001/R0000001/I0000002");
        const auto file = std::make_shared<LocalFile>(staged_.files.value(id));
        QVERIFY(file->open());
        DicomSummaryReader::Result read = DicomSummaryReader::read(file);
        QCOMPARE(read.status, DicomSummaryReader::Status::Ok);
        read.summary.patientId = QStringLiteral("NOT-ON-THE-MEDIUM");

        QHash<QString, ReadObject> objects;
        objects.insert(id, {staged_.manifest.entries().value(id).sha256, read.summary});
        Result<MediumVerifier::Verification> v = MediumVerifier::verify(
            iso, staged_.manifest, {}, CheckSettings(), JobProgress(), QString(), objects);
        QVERIFY(v.ok());
        QVERIFY2(!v->passed(), "the object was parsed again although its hash matched");
        QVERIFY2(test::verificationText(v).contains(id), qPrintable(test::verificationText(v)));

        objects[id].sha256[0] = char(objects[id].sha256.at(0) ^ 1);
        v = MediumVerifier::verify(iso, staged_.manifest, {}, CheckSettings(), JobProgress(),
                                   QString(), objects);
        QVERIFY2(v && v->passed(), qPrintable(test::verificationText(v)));
    }

    void tamperedImageFailsVerification() {
        const QString iso = tmp_.filePath(QStringLiteral("tampered.iso"));
        QVERIFY(IsoImageWriter::writeFile(staged_, metadata_, iso, JobProgress()).ok());
        QFile f(iso);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray all = f.readAll();
        // Flip one byte inside the last instance's pixel data (the pattern of instance 3).
        const qint64 at = all.lastIndexOf(QByteArray("\xe0\x7f\x10\x00", 4)) + 200;
        QVERIFY(at > 200);
        QVERIFY(f.seek(at));
        QVERIFY(f.write(QByteArray(1, char(all.at(int(at)) ^ 0x55))) == 1);
        f.close();
        const Result<MediumVerifier::Verification> v = verify(iso);
        QVERIFY(!(v && v->passed()));
        QVERIFY2(test::verificationText(v).contains(QLatin1String("SHA-256")),
                 qPrintable(test::verificationText(v)));
    }

    void folderTarget() {
        const QString usb = tmp_.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb + QStringLiteral("/System Volume Information")));
        QVERIFY(QDir().mkpath(usb + QStringLiteral("/lost+found")));
        QVERIFY(test::writeText(usb + QStringLiteral("/System Volume Information/WPSettings.dat"),
                                "x"));
        const Result<void> w = FolderWriter::write(staged_, usb, JobProgress());
        QVERIFY2(w.ok(), qPrintable(message(w)));
        // Written, not yet verified: nothing that a check would call a finished medium.
        QVERIFY(!QFile::exists(usb + QStringLiteral("/DICOMDIR")));
        QVERIFY(QFile::exists(usb + QLatin1Char('/') + FolderWriter::kStagedDicomdir));
        // The file system's own entries are not part of the medium (issue 14: they failed
        // verification on PDI-L007).
        const Result<MediumVerifier::Verification> v =
            MediumVerifier::verify(usb, staged_.manifest, {}, CheckSettings(), JobProgress(),
                                   FolderWriter::kStagedDicomdir);
        QVERIFY2(v && v->passed(), qPrintable(test::verificationText(v)));
        QVERIFY(FolderWriter::publish(usb).ok());
        QVERIFY(QFile::exists(usb + QStringLiteral("/DICOMDIR")));
        QVERIFY(!QFile::exists(usb + QLatin1Char('/') + FolderWriter::kStagedDicomdir));
        const Result<MediumVerifier::Verification> published = verify(usb);
        QVERIFY2(published && published->passed(), qPrintable(test::verificationText(published)));

        // A stick that already holds something is refused, and nothing is written to it.
        const QString used = tmp_.filePath(QStringLiteral("used"));
        QVERIFY(test::writeText(used + QStringLiteral("/PHOTO.JPG"), "x"));
        const Result<void> refused = FolderWriter::write(staged_, used, JobProgress());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("not empty")));
        QCOMPARE(QDir(used).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("PHOTO.JPG")});
    }

    void cancelledFolderWriteLeavesNothing() {
        const QString usb = tmp_.filePath(QStringLiteral("cancel"));
        std::atomic<bool> cancel{false};
        JobProgress progress;
        progress.cancel = &cancel;
        progress.report = [&](const QString&, qint64 done, qint64) {
            if (done > 0)
                cancel = true; // stop after the first file
        };
        const Result<void> w = FolderWriter::write(staged_, usb, progress);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(usb));
    }

    void stdioBurn() {
        const QString image = tmp_.filePath(QStringLiteral("burned.img"));
        const QString address = QStringLiteral("stdio:") + image;
        QVERIFY(DiscBurner::isDriveAddress(address));
        Manifest burned;
        const Result<void> b =
            DiscBurner::burn(staged_, metadata_, address, JobProgress(), &burned);
        QVERIFY2(b.ok(), qPrintable(message(b)));
        QCOMPARE(burned.toJson(), staged_.manifest.toJson());
        const Result<MediumVerifier::Verification> v = verify(DiscBurner::readBackPath(address));
        QVERIFY2(v && v->passed(), qPrintable(test::verificationText(v)));
        QCOMPARE(v->report.inventory.volumeId, QStringLiteral("PDI_T1"));
        // The pdi check command agrees.
        QCOMPARE(test::runPdi({QStringLiteral("check"), image}).exitCode, 0);

        // An existing image is never overwritten through the pseudo-drive.
        const Result<void> again = DiscBurner::burn(staged_, metadata_, address, JobProgress());
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("already exists")));
    }

    void noDriveAtAddress() {
        const Result<void> b =
            DiscBurner::burn(staged_, metadata_, QStringLiteral("/dev/sr97"), JobProgress());
        QVERIFY(!b.ok());
        QVERIFY2(b.error().message.contains(QLatin1String("no usable drive")),
                 qPrintable(message(b)));
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
