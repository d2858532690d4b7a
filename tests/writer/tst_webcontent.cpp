// The IHE PDI Web Content option as the writer makes it, from real DICOM files: pages and
// previews with 8.3 names, valid JPEGs, no scripts, links that all resolve, and a medium the
// checker accepts.
#include "SampleMedium.h"
#include "TestSupport.h"

#include "layout/PreviewImage.h"
#include "layout/ReadmeWriter.h"
#include "layout/WebContentWriter.h"
#include "report/MediumChecker.h"
#include "rules/FileIdRules.h"

#include <QDirIterator>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

using namespace pdi;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Three frames: black, a ramp, white. Only the middle one gives a picture with contrast.
void threeFrames(DcmDataset& ds) {
    ds.putAndInsertString(DCM_NumberOfFrames, "3");
    std::vector<Uint16> pixels(3 * 32 * 32);
    for (size_t i = 0; i < 32 * 32; ++i) {
        pixels[i] = 0;
        pixels[32 * 32 + i] = Uint16((i % 32) * 100);
        pixels[2 * 32 * 32 + i] = 4095;
    }
    ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(), unsigned(pixels.size()));
}

int grayRange(const QImage& image) {
    int lo = 255;
    int hi = 0;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            lo = qMin(lo, int(line[x]));
            hi = qMax(hi, int(line[x]));
        }
    }
    return hi - lo;
}

bool isPart10(const QString& path) {
    const QByteArray head = readAll(path).left(132);
    return head.size() == 132 && head.mid(128, 4) == "DICM";
}

} // namespace

class TestWebContent : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    // A description whose series point at real files: test-written ones, pydicom's CT and MR
    // (one RLE compressed), a three-frame object, one without pixels and one that is missing.
    MediumDescription describeInputs(const QString& inputs) {
        MediumDescription m = test::sampleMedium();
        test::InstanceSpec plain;
        plain.rows = 48;
        plain.columns = 96;
        test::writeInstance(inputs + QStringLiteral("/plain.dcm"), plain);
        test::InstanceSpec multi;
        multi.rows = 32;
        multi.columns = 32;
        multi.customize = threeFrames;
        test::writeInstance(inputs + QStringLiteral("/multi.dcm"), multi);
        test::InstanceSpec noPixels;
        noPixels.customize = [](DcmDataset& ds) {
            ds.findAndDeleteElement(DCM_PixelData);
        };
        test::writeInstance(inputs + QStringLiteral("/nopixels.dcm"), noPixels);

        auto series = [](const QString& number, const QString& modality, const QString& path) {
            MediumDescription::Series s;
            s.number = number;
            s.modality = modality;
            s.description = QStringLiteral("SERIES ") + number;
            s.images = 1;
            s.firstInstanceLocalPath = path;
            return s;
        };
        m.studies[0].series = {
            series(QStringLiteral("1"), QStringLiteral("CT"),
                   inputs + QStringLiteral("/plain.dcm")),
            series(QStringLiteral("2"), QStringLiteral("CT"),
                   test::pydicomFile(QStringLiteral("CT_small.dcm"))),
            series(QStringLiteral("3"), QStringLiteral("CT"),
                   inputs + QStringLiteral("/multi.dcm")),
            series(QStringLiteral("4"), QStringLiteral("SR"),
                   inputs + QStringLiteral("/nopixels.dcm")),
        };
        m.studies[0].series[3].aiDerived = true;
        m.studies[1].series = {
            series(QStringLiteral("5"), QStringLiteral("MR"),
                   test::pydicomFile(QStringLiteral("MR_small.dcm"))),
            series(QStringLiteral("6"), QStringLiteral("MR"),
                   test::pydicomFile(QStringLiteral("MR_small_RLE.dcm"))),
            series(QStringLiteral("7"), QStringLiteral("MR"),
                   inputs + QStringLiteral("/missing.dcm")),
        };
        return m;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void writesPagesAndPreviews() {
        const QString inputs = tmp_.filePath(QStringLiteral("in1"));
        const QString root = tmp_.filePath(QStringLiteral("medium1"));
        MediumDescription m = describeInputs(inputs);
        const WebContentWriter::Result r = WebContentWriter::write(m, root);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(m.webContent);

        QVERIFY(r.files.contains(QStringLiteral("INDEX.HTM")));
        QVERIFY(r.files.contains(QStringLiteral("IHE_PDI/STUDY001.HTM")));
        QVERIFY(r.files.contains(QStringLiteral("IHE_PDI/STUDY002.HTM")));
        QCOMPARE(m.studies[0].pagePath, QStringLiteral("IHE_PDI/STUDY001.HTM"));
        QCOMPARE(m.studies[1].pagePath, QStringLiteral("IHE_PDI/STUDY002.HTM"));

        // Every file on disk is in the list, and every name is 8.3.
        QStringList onDisk;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            onDisk << QDir(root).relativeFilePath(it.next());
        onDisk.sort();
        QStringList listed = r.files;
        listed.sort();
        QCOMPARE(onDisk, listed);
        for (const QString& path : r.files) {
            const QStringList parts = path.split(QLatin1Char('/'));
            QVERIFY2(FileIdRules::isLevel1FileName(parts.last()), qPrintable(path));
            if (parts.size() == 2)
                QCOMPARE(parts.first(), QStringLiteral("IHE_PDI"));
            QVERIFY(parts.size() <= 2);
            // never DICOM under IHE_PDI (nor anywhere else here)
            QVERIFY2(!isPart10(root + QLatin1Char('/') + path), qPrintable(path));
        }
    }

    void previewsAreJpegsOfSensibleSize() {
        const QString inputs = tmp_.filePath(QStringLiteral("in2"));
        const QString root = tmp_.filePath(QStringLiteral("medium2"));
        MediumDescription m = describeInputs(inputs);
        const WebContentWriter::Result r = WebContentWriter::write(m, root);
        QVERIFY2(r.ok, qPrintable(r.error));

        const QVector<MediumDescription::Series>& ct = m.studies[0].series;
        const QVector<MediumDescription::Series>& mr = m.studies[1].series;
        for (const MediumDescription::Series* s : {&ct[0], &ct[1], &ct[2], &mr[0], &mr[1]}) {
            QVERIFY2(!s->previewPath.isEmpty(), qPrintable(s->number));
            QVERIFY(QRegularExpression(QStringLiteral("^IHE_PDI/S[0-9]{7}\\.JPG$"))
                        .match(s->previewPath)
                        .hasMatch());
            const QString path = root + QLatin1Char('/') + s->previewPath;
            QCOMPARE(QImageReader(path).format(), QByteArray("jpeg"));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(qMax(image.width(), image.height()), WebContentWriter::kPreviewSide);
            QVERIFY(qMin(image.width(), image.height()) >= 16);
            QVERIFY2(grayRange(image) > 50, qPrintable(s->number)); // a picture, not a flat field
        }
        // 96 x 48 keeps its shape; the middle frame of three was taken (the others are flat).
        const QImage plain(root + QLatin1Char('/') + ct[0].previewPath);
        QCOMPARE(plain.size(), QSize(256, 128));

        // Without pixels or without a file: no preview, a problem each, but not a failure.
        QVERIFY(ct[3].previewPath.isEmpty());
        QVERIFY(mr[2].previewPath.isEmpty());
        QCOMPARE(r.problems.size(), 2);
        QVERIFY(r.problems.at(0).contains(QStringLiteral("Series 4")));
        QVERIFY(r.problems.at(1).contains(QStringLiteral("Series 7")));
    }

    void pagesArePlainHtmlWithWorkingLinks() {
        const QString inputs = tmp_.filePath(QStringLiteral("in3"));
        const QString root = tmp_.filePath(QStringLiteral("medium3"));
        MediumDescription m = describeInputs(inputs);
        const WebContentWriter::Result r = WebContentWriter::write(m, root);
        QVERIFY2(r.ok, qPrintable(r.error));

        const QRegularExpression link(QStringLiteral("(?:href|src)\\s*=\\s*\"([^\"]*)\""),
                                      QRegularExpression::CaseInsensitiveOption);
        int links = 0;
        for (const QString& path : r.files) {
            if (!path.endsWith(QLatin1String(".HTM")))
                continue;
            const QByteArray bytes = readAll(root + QLatin1Char('/') + path);
            const QString html = QString::fromUtf8(bytes);
            QCOMPARE(html.toUtf8(), bytes); // valid UTF-8
            QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE HTML")));
            QVERIFY(html.contains(QStringLiteral("charset=UTF-8")));
            const QString lower = html.toLower();
            for (const char* banned :
                 {"<script", "javascript:", "http:", "https:", "file:", "<iframe", "<object",
                  "<embed", "onload", "onclick", "autorun"}) {
                QVERIFY2(!lower.contains(QLatin1String(banned)),
                         qPrintable(path + QStringLiteral(": ") + QLatin1String(banned)));
            }
            const QDir base = QFileInfo(root + QLatin1Char('/') + path).dir();
            QRegularExpressionMatchIterator matches = link.globalMatch(html);
            while (matches.hasNext()) {
                const QString target = matches.next().captured(1);
                QVERIFY2(!target.isEmpty() && !target.startsWith(QLatin1Char('/')),
                         qPrintable(target));
                const QString resolved = QDir::cleanPath(base.filePath(target));
                QVERIFY2(resolved.startsWith(QDir::cleanPath(root) + QLatin1Char('/')),
                         qPrintable(target));
                QVERIFY2(QFileInfo::exists(resolved),
                         qPrintable(path + QStringLiteral(" -> ") + target));
                ++links;
            }
        }
        QVERIFY(links >= 2 * 2 + 5 + 2); // index -> pages, previews, pages -> index

        const QString index = QString::fromUtf8(readAll(root + QStringLiteral("/INDEX.HTM")));
        for (const QString& expected :
             {QStringLiteral("YAMADA TARO"), QStringLiteral("山田 太郎"),
              QStringLiteral("やまだ たろう"), QStringLiteral("PAT12345"),
              QStringLiteral("さくら総合病院"), QStringLiteral("03-1234-5678"),
              QStringLiteral("DICOM PLUS WEB"), QStringLiteral("2024-01-05"),
              QStringLiteral("2024-02-10"), QStringLiteral("AI生成画像を含みます"),
              QStringLiteral("Contains AI-derived images"),
              QStringLiteral("This medium does not start any program")}) {
            QVERIFY2(index.contains(expected), qPrintable(expected));
        }
        QVERIFY(!index.contains(QStringLiteral("non-DICOM content")));

        // The series without a preview is still on its study's page, saying so.
        const QString study1 =
            QString::fromUtf8(readAll(root + QStringLiteral("/IHE_PDI/STUDY001.HTM")));
        QVERIFY(study1.contains(QStringLiteral("SERIES 4")));
        QVERIFY(study1.contains(QStringLiteral("10:15:00")));
        QVERIFY(study1.contains(QStringLiteral("プレビューなし / no preview")));
        QVERIFY(study1.contains(QStringLiteral("AI生成画像 / AI-derived images")));
        QCOMPARE(study1.count(QStringLiteral("<img ")), 3);
        const QString study2 =
            QString::fromUtf8(readAll(root + QStringLiteral("/IHE_PDI/STUDY002.HTM")));
        QVERIFY(study2.contains(QStringLiteral("SERIES 7")));
        QCOMPARE(study2.count(QStringLiteral("<img ")), 2);
    }

    void textIsEscaped() {
        const QString root = tmp_.filePath(QStringLiteral("medium4"));
        MediumDescription m = test::sampleMedium();
        m.studies[0].description = QStringLiteral("<script>alert(1)</script> & \"CT\"");
        m.otherFiles = {{QStringLiteral("VIEWER/VIEWER.EXE"), QStringLiteral("a viewer")}};
        const WebContentWriter::Result r = WebContentWriter::write(m, root);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString index = QString::fromUtf8(readAll(root + QStringLiteral("/INDEX.HTM")));
        QVERIFY(!index.contains(QStringLiteral("<script")));
        QVERIFY(index.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                              "&quot;CT&quot;")));
        // Other content is named, never linked: it may be a program.
        QVERIFY(index.contains(QStringLiteral("VIEWER/VIEWER.EXE")));
        QVERIFY(!index.contains(QStringLiteral("href=\"VIEWER")));
        QVERIFY(index.contains(QStringLiteral("Contains non-DICOM content")));
        // Series without an input file: every one is listed as a problem, the pages are there.
        QCOMPARE(r.problems.size(), 3);
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/IHE_PDI/STUDY002.HTM")));
    }

    void previewOfUnreadableFile() {
        const QString text = tmp_.filePath(QStringLiteral("not-dicom.txt"));
        QVERIFY(test::writeText(text, "just text\n"));
        const QString jpeg = tmp_.filePath(QStringLiteral("X.JPG"));
        const PreviewImage::Result r = PreviewImage::writeJpeg(text, jpeg);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!QFileInfo::exists(jpeg));
        QVERIFY(!QFileInfo::exists(jpeg + QStringLiteral(".part")));
    }

    // A whole PDI folder with this web content and README.TXT: the checker finds nothing wrong
    // with the web part and says DICOM PLUS WEB.
    void checkerAcceptsTheMedium() {
        const QString root = tmp_.filePath(QStringLiteral("medium5"));
        QList<test::InstanceSpec> specs;
        for (int i = 1; i <= 2; ++i) {
            test::InstanceSpec s;
            s.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
            s.sopInstanceUid = test::uid(QStringLiteral("50.1.1.%1").arg(i));
            s.instanceNumber = QString::number(i);
            specs << s;
        }
        QVERIFY(test::writeConformantMedium(root, specs));
        MediumDescription m = test::sampleMedium();
        m.studies.resize(1);
        m.studies[0].series.resize(1);
        m.studies[0].series[0].firstInstanceLocalPath = root + QStringLiteral("/DICOM/S1/R1/I1");
        const WebContentWriter::Result r = WebContentWriter::write(m, root);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.problems.isEmpty());
        QVERIFY(test::writeText(root + QStringLiteral("/README.TXT"), ReadmeWriter::render(m)));

        MediumChecker::Options options;
        const Result<CheckedMedium> outcome = MediumChecker::check(root, options);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        QStringList codes;
        for (const Finding& f : outcome->report.findings)
            codes << f.code + QLatin1Char(' ') + f.path + QLatin1Char(' ') + f.message;
        QVERIFY2(outcome->report.conformant(), qPrintable(codes.join(QLatin1Char('\n'))));
        for (const Finding& f : outcome->report.findings)
            QVERIFY2(f.code == QLatin1String("PDI-L012"),
                     qPrintable(codes.join(QLatin1Char('\n'))));
        QVERIFY(outcome->report.flags[MediumFlags::WebContent]);
        QVERIFY(!outcome->report.flags[MediumFlags::NonDicomContent]);
    }
};

QTEST_MAIN(TestWebContent)
#include "tst_webcontent.moc"
