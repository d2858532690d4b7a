// `pdi write` and `pdi label` as the front desk uses them: real sources, real targets (ISO image,
// USB folder, libburn's stdio: drive), read back by third-party tools, refusals that leave
// nothing behind, the job record and the audit trail.
#include "CheckSupport.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pdi;

namespace {

QByteArray pixels(const QString& path) {
    DcmFileFormat ff;
    if (ff.loadFile(QFile::encodeName(path).constData()).bad())
        return QByteArray();
    const Uint8* data = nullptr;
    unsigned long count = 0;
    ff.getDataset()->findAndGetUint8Array(DCM_PixelData, data, &count);
    return QByteArray(reinterpret_cast<const char*>(data), int(count));
}

} // namespace

class TestCliWrite : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture station_;
    QString source_; // patient YAMADA: CT series (one JPEG lossless file), an AI series
    QString mixed_;  // two patients
    QString aiSeries_;
    QString letter_;

    QProcessEnvironment env(const QString& user = test::StationFixture::AdminName,
                            const QString& password = test::StationFixture::AdminPassword) {
        QProcessEnvironment e;
        e.insert(QStringLiteral("PDI_DATA_DIR"), station_.station().directory().path());
        e.insert(QStringLiteral("PDI_USER"), user);
        e.insert(QStringLiteral("PDI_PASSWORD"), password);
        return e;
    }
    test::ProcessResult pdi(const QStringList& args, const QProcessEnvironment& e) {
        return test::runPdi(args, QByteArray(), e);
    }

    QStringList isoFiles(const QString& iso) {
        const test::ProcessResult r =
            test::run(QStringLiteral("xorriso"),
                      {QStringLiteral("-indev"), iso, QStringLiteral("-find"), QStringLiteral("/"),
                       QStringLiteral("-type"), QStringLiteral("f")});
        QStringList files;
        for (const QString& line : r.outText().split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('\'')))
                files << line.mid(2, line.size() - 3); // '/PATH' -> PATH
        }
        return files;
    }

    QString extract(const QString& iso) {
        const QString dir = tmp_.filePath(QStringLiteral("x-") + QFileInfo(iso).baseName());
        QDir(dir).removeRecursively();
        const test::ProcessResult r = test::run(
            QStringLiteral("osirrox"),
            {QStringLiteral("-indev"), iso, QStringLiteral("-extract"), QStringLiteral("/"), dir});
        return r.exitCode == 0 ? dir : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(station_.ok(), qPrintable(station_.error()));
        Settings settings = station_.station().settings();
        QVERIFY(settings
                    .set(station_.admin(), QStringLiteral("institution.name"),
                         QStringLiteral("PDI 総合病院"))
                    .ok());
        QVERIFY(settings
                    .set(station_.admin(), QStringLiteral("institution.phone"),
                         QStringLiteral("03-1234-5678"))
                    .ok());
        QVERIFY(station_.addAndLogin(QStringLiteral("desk"), Role::FrontDesk,
                                     QStringLiteral("Dsk-Pa55word")));
        QVERIFY(station_.addAndLogin(QStringLiteral("reception"), Role::Reception,
                                     QStringLiteral("Rcp-Pa55word")));

        source_ = tmp_.filePath(QStringLiteral("src"));
        for (int i = 1; i <= 3; ++i) {
            test::InstanceSpec s;
            s.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
            s.sopInstanceUid = test::uid(QStringLiteral("95.1.1.%1").arg(i));
            s.instanceNumber = QString::number(i);
            QVERIFY(test::writeInstance(QStringLiteral("%1/ct%2.dcm").arg(source_).arg(i), s));
        }
        // One source file JPEG lossless: it must come out decoded, with DCMTK's pixels.
        QCOMPARE(test::run(QStringLiteral("dcmcjpeg"),
                           {QStringLiteral("+e1"), source_ + QStringLiteral("/ct3.dcm"),
                            tmp_.filePath(QStringLiteral("ct3j.dcm"))})
                     .exitCode,
                 0);
        QVERIFY(QFile::remove(source_ + QStringLiteral("/ct3.dcm")));
        QVERIFY(QFile::rename(tmp_.filePath(QStringLiteral("ct3j.dcm")),
                              source_ + QStringLiteral("/ct3.dcm")));
        test::InstanceSpec ai;
        ai.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        ai.seriesUid = test::uid(QStringLiteral("95.1.9"));
        ai.seriesNumber = QStringLiteral("9");
        ai.sopInstanceUid = test::uid(QStringLiteral("95.1.9.1"));
        ai.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
        ai.modality = QStringLiteral("OT");
        ai.imageType = QStringLiteral("DERIVED\\SECONDARY");
        ai.manufacturer = QStringLiteral("LPIXEL");
        ai.model = QStringLiteral("EIRL");
        aiSeries_ = ai.seriesUid;
        QVERIFY(test::writeInstance(source_ + QStringLiteral("/ai.dcm"), ai));
        letter_ = tmp_.filePath(QStringLiteral("referral letter.pdf"));
        QVERIFY(test::writeText(letter_, "%PDF-1.4\n%%EOF\n"));

        mixed_ = tmp_.filePath(QStringLiteral("mixed"));
        test::InstanceSpec a;
        test::InstanceSpec b;
        b.patientId = QStringLiteral("OTHER9");
        b.sopInstanceUid = test::uid(QStringLiteral("96.2"));
        QVERIFY(test::writeInstance(mixed_ + QStringLiteral("/a.dcm"), a));
        QVERIFY(test::writeInstance(mixed_ + QStringLiteral("/b.dcm"), b));
    }

    void isoWithLabel() {
        const QString iso = tmp_.filePath(QStringLiteral("out.iso"));
        const QString pdf = tmp_.filePath(QStringLiteral("label.pdf"));
        const QString json = tmp_.filePath(QStringLiteral("write.json"));
        const test::ProcessResult r =
            pdi({QStringLiteral("write"), source_, QStringLiteral("--out"), iso,
                 QStringLiteral("--allow"), QStringLiteral("ai"), QStringLiteral("--other"),
                 letter_, QStringLiteral("--label"), pdf, QStringLiteral("--json"), json},
                env(QStringLiteral("desk"), QStringLiteral("Dsk-Pa55word")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.outText().contains(QLatin1String("Verified")));

        // xorriso: names and volume identifier.
        const QStringList files = isoFiles(iso);
        QVERIFY2(files.contains(QStringLiteral("DICOMDIR")),
                 qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY(files.contains(QStringLiteral("README.TXT")));
        QVERIFY(files.contains(QStringLiteral("OTHER/REFERRAL.PDF")));
        for (const QString& f : files) {
            for (const QString& part : f.split(QLatin1Char('/')))
                QVERIFY2(part.size() <= 12 && part == part.toUpper(), qPrintable(f));
        }
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(jf.readAll()).object();
        const QString volume = o.value(QLatin1String("fileSetId")).toString();
        const test::ProcessResult pvd =
            test::run(QStringLiteral("xorriso"),
                      {QStringLiteral("-indev"), iso, QStringLiteral("-pvd_info")});
        QVERIFY2(pvd.outText().contains(QStringLiteral("Volume Id    : ") + volume),
                 pvd.out.constData());
        QCOMPARE(o.value(QLatin1String("transcoded")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("plan"))
                     .toObject()
                     .value(QLatin1String("decisions"))
                     .toArray()
                     .size(),
                 1);

        // Every DICOM file passes dcmftest; the DICOMDIR passes dciodvfy without errors.
        const QString dir = extract(iso);
        QVERIFY(!dir.isEmpty());
        QString decodedJpeg;
        for (const QString& f : files) {
            if (!f.startsWith(QLatin1String("DICOM/")))
                continue;
            QCOMPARE(test::run(QStringLiteral("dcmftest"), {dir + QLatin1Char('/') + f}).exitCode,
                     0);
        }
        const test::ProcessResult v =
            test::run(QStringLiteral("dciodvfy"), {dir + QStringLiteral("/DICOMDIR")});
        QVERIFY2(!v.errText().contains(QLatin1String("Error")) &&
                     !v.outText().contains(QLatin1String("Error")),
                 v.err.constData());

        // The decoded object's pixels are dcmdjpeg's.
        const QString reference = tmp_.filePath(QStringLiteral("ref.dcm"));
        QCOMPARE(
            test::run(QStringLiteral("dcmdjpeg"), {source_ + QStringLiteral("/ct3.dcm"), reference})
                .exitCode,
            0);
        const QByteArray expected = pixels(reference);
        bool found = false;
        for (const QString& f : files) {
            if (f.startsWith(QLatin1String("DICOM/")) &&
                pixels(dir + QLatin1Char('/') + f) == expected)
                found = true;
        }
        QVERIFY(found);

        // The label: Japanese name, institution, phone and the warnings.
        const test::ProcessResult text =
            test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.outText().contains(QStringLiteral("山田 太郎")));
        QVERIFY(text.outText().contains(QStringLiteral("やまだ たろう")));
        QVERIFY(text.outText().contains(QStringLiteral("PDI 総合病院")));
        QVERIFY(text.outText().contains(QStringLiteral("03-1234-5678")));
        QVERIFY2(text.outText().contains(QStringLiteral("AI")), text.out.constData());
        QVERIFY(text.outText().contains(QStringLiteral("DICOM")));

        // The job row keeps the manifest; the audit trail the export with its decision.
        QSqlQuery q(station_.station().database().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT status, manifest FROM write_jobs WHERE file_set_id = '%1'")
                .arg(volume)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("written"));
        const QJsonArray manifest = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        QCOMPARE(manifest.size(), files.size());
        const test::ProcessResult audit =
            pdi({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}, env());
        QVERIFY(audit.outText().contains(QLatin1String("\"allow-ai\"")));
        QVERIFY(audit.outText().contains(QLatin1String("\"export\"")));
    }

    void aiLeftOutWithoutDecision() {
        const QString usb = tmp_.filePath(QStringLiteral("usb"));
        const test::ProcessResult r =
            pdi({QStringLiteral("write"), source_, QStringLiteral("--out"), usb}, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.outText().contains(QLatin1String("--allow ai")));
        const test::ProcessResult check = test::runPdi(
            {QStringLiteral("check"), usb, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(check.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(check.out).object();
        QCOMPARE(o.value(QLatin1String("counts")).toObject().value(QLatin1String("dicom")).toInt(),
                 3);
        QCOMPARE(o.value(QLatin1String("flags"))
                     .toObject()
                     .value(QLatin1String("aiDerivedContent"))
                     .toBool(),
                 false);
        // A stick that holds something is not written to.
        const test::ProcessResult again =
            pdi({QStringLiteral("write"), source_, QStringLiteral("--out"), usb}, env());
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.errText().contains(QLatin1String("not empty")));
    }

    void stdioBurnPassesTheCheck() {
        const QString image = tmp_.filePath(QStringLiteral("burn.img"));
        const test::ProcessResult r =
            pdi({QStringLiteral("write"), source_, QStringLiteral("--out"),
                 QStringLiteral("stdio:") + image, QStringLiteral("--media"), QStringLiteral("dvd"),
                 QStringLiteral("--web")},
                env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        const test::ProcessResult check = test::runPdi({QStringLiteral("check"), image});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QVERIFY(check.outText().contains(QLatin1String("conformant PDI medium")));
        QVERIFY(isoFiles(image).contains(QStringLiteral("INDEX.HTM")));
    }

    // Issue 13: file meta information that names another SOP Instance than the data set (pydicom's
    // badVR.dcm, fo-dicom's GH1146.dcm) used to be copied byte for byte and then failed the
    // write's own verification. The writer decides before writing: a header made from the data
    // set, recorded in the job's message and in README.TXT.
    void metaDisagreementIsCorrected() {
        const QString src = tmp_.filePath(QStringLiteral("meta-src"));
        test::InstanceSpec s;
        s.sopInstanceUid = test::uid(QStringLiteral("97.1"));
        const QString file = src + QStringLiteral("/meta.dcm");
        QVERIFY(test::writeInstance(file, s));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            const int at = int(bytes.indexOf(s.sopInstanceUid.toLatin1())); // in the meta first
            QVERIFY(at > 0 && at < 400);
            bytes[at + s.sopInstanceUid.size() - 1] = '9';
            f.seek(0);
            f.write(bytes);
        }
        QStringList sources{src};
        for (const char* name : {"meta-mismatch-badVR", "meta-mismatch-GH1146"}) {
            const QString corpus =
                test::mediaCorpusCase(QStringLiteral("regression/") + QLatin1String(name));
            if (!corpus.isEmpty())
                sources << corpus;
        }
        for (const QString& source : std::as_const(sources)) {
            const QString out =
                tmp_.filePath(QStringLiteral("meta-%1").arg(sources.indexOf(source)));
            const test::ProcessResult r =
                pdi({QStringLiteral("write"), source, QStringLiteral("--out"), out,
                     QStringLiteral("--media"), QStringLiteral("usb")},
                    env());
            QVERIFY2(r.exitCode == 0, qPrintable(source + r.outText() + r.errText()));
            QVERIFY2(r.outText().contains(QLatin1String("file meta information")),
                     qPrintable(r.outText()));
            QFile readme(out + QStringLiteral("/README.TXT"));
            QVERIFY(readme.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(readme.readAll()).simplified(); // unwrapped
            QVERIFY2(text.contains(QLatin1String("header made from the data set")),
                     qPrintable(text));
            QVERIFY(text.contains(QLatin1String("DICOM\\")));
            // What was written agrees with itself: the check finds no PDI-F005.
            const test::ProcessResult c =
                pdi({QStringLiteral("check"), out, QStringLiteral("--json"), QStringLiteral("-")},
                    QProcessEnvironment());
            QVERIFY2(!c.outText().contains(QLatin1String("PDI-F005")), qPrintable(c.outText()));
        }
    }

    // Damaged sources (the corpus' damaged-late-* cases and a synthetic twin: a sequence the
    // file ends inside, after the pixel data) are refused before anything is written, naming the
    // file and where it is damaged; they used to fail late with a toolkit error.
    void damagedSourcesRefusedUpFront() {
        const QString src = tmp_.filePath(QStringLiteral("damaged-src"));
        test::InstanceSpec s;
        s.sopInstanceUid = test::uid(QStringLiteral("98.1"));
        const QString file = src + QStringLiteral("/cut.dcm");
        QVERIFY(test::writeInstance(file, s));
        QVERIFY(test::cutInsideTrailingSequence(file));
        QStringList sources{src};
        const QString corpus = test::mediaCorpus();
        if (!corpus.isEmpty()) {
            for (const QString& name :
                 QDir(corpus + QStringLiteral("/regression"))
                     .entryList({QStringLiteral("damaged-late-*")}, QDir::Dirs))
                sources << corpus + QStringLiteral("/regression/") + name;
        }
        for (const QString& source : std::as_const(sources)) {
            const QString out = tmp_.filePath(QStringLiteral("damaged-out"));
            const test::ProcessResult r =
                pdi({QStringLiteral("write"), source, QStringLiteral("--out"), out,
                     QStringLiteral("--media"), QStringLiteral("usb")},
                    env());
            QVERIFY2(r.exitCode == 1, qPrintable(source + r.outText() + r.errText()));
            const QString all = r.outText() + r.errText();
            QVERIFY2(all.contains(QLatin1String("damaged")) && all.contains(QLatin1String("byte")),
                     qPrintable(all));
            QVERIFY(!QFileInfo::exists(out + QStringLiteral("/DICOMDIR")));
        }
    }

    void refusalsLeaveNothing() {
        const QString iso = tmp_.filePath(QStringLiteral("refused.iso"));
        test::ProcessResult r =
            pdi({QStringLiteral("write"), mixed_, QStringLiteral("--out"), iso}, env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(QLatin1String("--patient-id")));
        QVERIFY(r.outText().contains(QLatin1String("OTHER9")));
        QVERIFY(!QFile::exists(iso));
        QVERIFY(!QFile::exists(iso + QStringLiteral(".part")));
        QVERIFY(QDir(station_.station().directory().path() + QStringLiteral("/staging")).isEmpty());

        // Too big for the chosen medium: refused, named the largest series.
        const QString usb = tmp_.filePath(QStringLiteral("full"));
        r = pdi({QStringLiteral("write"), mixed_, QStringLiteral("--patient-id"),
                 QStringLiteral("OTHER9"), QStringLiteral("--out"), iso, QStringLiteral("--media"),
                 QStringLiteral("cd")},
                env());
        QCOMPARE(r.exitCode, 0); // fits
        QVERIFY(QFile::exists(iso));
    }

    void rolesAndAuthentication() {
        const QString iso = tmp_.filePath(QStringLiteral("role.iso"));
        test::ProcessResult r =
            pdi({QStringLiteral("write"), source_, QStringLiteral("--out"), iso},
                env(QStringLiteral("reception"), QStringLiteral("Rcp-Pa55word")));
        QCOMPARE(r.exitCode, 5);
        r = pdi({QStringLiteral("write"), source_, QStringLiteral("--out"), iso},
                env(QStringLiteral("desk"), QStringLiteral("wrong")));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!QFile::exists(iso));
        r = pdi({QStringLiteral("write"), source_}, env());
        QCOMPARE(r.exitCode, 2);
    }

    void labelOfAnyMedium() {
        const QString pdf = tmp_.filePath(QStringLiteral("sample.pdf"));
        const test::ProcessResult r =
            pdi({QStringLiteral("label"), QStringLiteral(PDI_SOURCE_DIR "/resources/sample-medium"),
                 QStringLiteral("--pdf"), pdf},
                env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        const test::ProcessResult text =
            test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.outText().contains(QStringLiteral("見本 花子")));
        QVERIFY(text.outText().contains(QStringLiteral("PAT001")));
        const test::ProcessResult multi =
            pdi({QStringLiteral("label"), mixed_, QStringLiteral("--pdf"), pdf}, env());
        QCOMPARE(multi.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliWrite)
#include "tst_cli_write.moc"
