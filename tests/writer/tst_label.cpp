// The label PDF read back with poppler: the text a person must find on the disc and the case,
// the warning marks exactly when they apply, an embedded Japanese font, pages that render.
#include "SampleMedium.h"
#include "TestSupport.h"

#include "label/LabelRenderer.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

namespace {

struct Warning {
    QString japanese;
    QString english;
};
const Warning kNonDicom{QStringLiteral("DICOM以外のデータを含みます"),
                        QStringLiteral("Contains non-DICOM content")};
const Warning kAi{QStringLiteral("AI生成画像を含みます"),
                  QStringLiteral("Contains AI-derived images")};
const Warning kUnexpected{QStringLiteral("薄層・動画データを含みます"),
                          QStringLiteral("may not expect (thin slice / video)")};

bool hasNonWhite(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 128)
                return true;
        }
    }
    return false;
}

} // namespace

class TestLabel : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    int counter_ = 0;

    // Renders and returns pdftotext's text of the PDF ("" on failure, with a test failure).
    QString renderText(const MediumDescription& m, QString* pdfPath = nullptr) {
        const QString pdf = tmp_.filePath(QStringLiteral("label%1.pdf").arg(++counter_));
        const Result<int> r = LabelRenderer::renderPdf(m, pdf);
        if (!r) {
            qWarning("%s", qPrintable(r.error().message));
            return QString();
        }
        if (pdfPath)
            *pdfPath = pdf;
        const test::ProcessResult text =
            test::run(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (text.exitCode != 0)
            qWarning("pdftotext: %s", text.err.constData());
        return text.outText();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        QString error;
        QCOMPARE(LabelRenderer::fontFamily(&error), QStringLiteral("Noto Sans CJK JP"));
        QVERIFY(error.isEmpty());
    }

    void labelSaysWhoAndFromWhere() {
        QString pdf;
        const QString text = renderText(test::sampleMedium(), &pdf);
        QVERIFY(!text.isEmpty());
        for (const QString& expected :
             {QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"),
              QStringLiteral("YAMADA TARO"), QStringLiteral("PAT12345"),
              QStringLiteral("1970-01-01"), QStringLiteral("さくら総合病院"),
              QStringLiteral("放射線科"), QStringLiteral("03-1234-5678"),
              QStringLiteral("2026-11-21"), QStringLiteral("2024-01-05"),
              QStringLiteral("2024-02-10"), QStringLiteral("DICOM ONLY"), QStringLiteral("1/1")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n") + text));
        }
        QVERIFY(!text.contains(QStringLiteral("DICOM PLUS WEB")));
        QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".part")));

        // Both pages: poppler counts them.
        const test::ProcessResult info = test::run(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.outText().contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))),
                 info.out.constData());
        QVERIFY(info.outText().contains(QStringLiteral("A4")));
    }

    // Qt names some kanji and kana in the PDF's text by look-alike characters (Kangxi radicals,
    // U+2027 for the middle dot); the renderer puts the characters it drew in their place.
    void extractedTextIsTheTextDrawn() {
        const QString text = renderText(test::sampleMediumWithWarnings());
        QVERIFY(text.contains(QStringLiteral("生年月日")));
        QVERIFY(text.contains(QStringLiteral("薄層・動画データを含みます")));
        for (const QChar c : text) {
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) && c.unicode() != 0x2027,
                     qPrintable(QString::number(c.unicode(), 16)));
        }
    }

    void longNamesStayWhole() {
        MediumDescription m = test::sampleMedium();
        m.patientName = QStringLiteral("VAN DER BERGHE-MONTGOMERY^ALEXANDRA ELIZABETH^^DR");
        m.institutionName =
            QStringLiteral("国立研究開発法人 国立がん研究センター中央病院 画像診断センター");
        const QString text = renderText(m);
        QVERIFY(text.contains(QStringLiteral("VAN DER BERGHE-MONTGOMERY")));
        QVERIFY(text.contains(QStringLiteral("ALEXANDRA ELIZABETH DR")));
        QVERIFY(text.contains(m.institutionName));
        QVERIFY(!text.contains(QStringLiteral("…")));
    }

    void webContentAndDiscNumber() {
        MediumDescription m = test::sampleMedium();
        m.webContent = true;
        m.discNumber = 2;
        m.discCount = 3;
        const QString text = renderText(m);
        QVERIFY(text.contains(QStringLiteral("DICOM PLUS WEB")));
        QVERIFY(!text.contains(QStringLiteral("DICOM ONLY")));
        QVERIFY(text.contains(QStringLiteral("2/3")));
        QVERIFY(!text.contains(QStringLiteral("1/1")));
    }

    void warningMarksExactlyWhenSet_data() {
        QTest::addColumn<bool>("other");
        QTest::addColumn<bool>("ai");
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<bool>("video");
        QTest::newRow("none") << false << false << false << false;
        QTest::newRow("non-DICOM") << true << false << false << false;
        QTest::newRow("AI") << false << true << false << false;
        QTest::newRow("thin slice") << false << false << true << false;
        QTest::newRow("video") << false << false << false << true;
        QTest::newRow("all") << true << true << true << true;
    }

    void warningMarksExactlyWhenSet() {
        QFETCH(bool, other);
        QFETCH(bool, ai);
        QFETCH(bool, bulk);
        QFETCH(bool, video);
        MediumDescription m = test::sampleMedium();
        if (other)
            m.otherFiles = {{QStringLiteral("OTHER/LETTER.PDF"), QStringLiteral("PDF document")}};
        m.studies[0].series[0].aiDerived = ai;
        m.studies[0].series[1].bulk = bulk;
        m.studies[1].series[0].video = video;
        const QString text = renderText(m);
        QVERIFY(!text.isEmpty());
        QCOMPARE(text.contains(kNonDicom.japanese), other);
        QCOMPARE(text.contains(kNonDicom.english), other);
        QCOMPARE(text.contains(kAi.japanese), ai);
        QCOMPARE(text.contains(kAi.english), ai);
        QCOMPARE(text.contains(kUnexpected.japanese), bulk || video);
        QCOMPARE(text.contains(kUnexpected.english), bulk || video);
        if (other)
            QVERIFY(text.contains(QStringLiteral("OTHER/LETTER.PDF")));
    }

    void embedsTheJapaneseFont() {
        QString pdf;
        QVERIFY(!renderText(test::sampleMediumWithWarnings(), &pdf).isEmpty());
        const test::ProcessResult fonts = test::run(QStringLiteral("pdffonts"), {pdf});
        QCOMPARE(fonts.exitCode, 0);
        bool embeddedCjk = false;
        bool rows = false;
        for (const QString& line : fonts.outText().split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("-----"))) {
                rows = true;
                continue;
            }
            // name type encoding emb sub uni object ID
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            if (!rows || columns.size() < 5)
                continue;
            // Every font is embedded: the printer may not have any of them.
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
            if (line.startsWith(QStringLiteral("NotoSansCJKjp")))
                embeddedCjk = true;
        }
        QVERIFY2(embeddedCjk, fonts.out.constData());
    }

    void pagesRender() {
        QString pdf;
        QVERIFY(!renderText(test::sampleMediumWithWarnings(), &pdf).isEmpty());
        const QString prefix = tmp_.filePath(QStringLiteral("page"));
        const test::ProcessResult r =
            test::run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"),
                                                   QStringLiteral("-png"), pdf, prefix});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.err.constData());
        for (const QString& page : {QStringLiteral("-1.png"), QStringLiteral("-2.png")}) {
            const QImage image(prefix + page);
            QVERIFY2(!image.isNull(), qPrintable(page));
            // A4 at 40 dpi: 331 x 468
            QVERIFY(qAbs(image.width() - 331) <= 1 && qAbs(image.height() - 468) <= 1);
            QVERIFY(hasNonWhite(image));
        }
    }

    void replacesAnOlderLabel() {
        const QString pdf = tmp_.filePath(QStringLiteral("again.pdf"));
        QVERIFY(LabelRenderer::renderPdf(test::sampleMedium(), pdf).ok());
        MediumDescription m = test::sampleMedium();
        m.webContent = true;
        QVERIFY(LabelRenderer::renderPdf(m, pdf).ok());
        const test::ProcessResult text =
            test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.outText().contains(QStringLiteral("DICOM PLUS WEB")));
    }

    void failsWithAMessageWhereItCannotWrite() {
        const QString pdf = tmp_.filePath(QStringLiteral("no/such/folder/label.pdf"));
        const Result<int> r = LabelRenderer::renderPdf(test::sampleMedium(), pdf);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(pdf));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void previewForTheScreen() {
        for (LabelRenderer::Page page :
             {LabelRenderer::Page::DiscLabel, LabelRenderer::Page::CaseInsert}) {
            const QImage image =
                LabelRenderer::previewImage(test::sampleMediumWithWarnings(), page, 420);
            QVERIFY(!image.isNull());
            QCOMPARE(image.width(), 420);
            QCOMPARE(image.height(), 594);
            QVERIFY(hasNonWhite(image));
        }
        // The pieces paint into any rectangle, e.g. a widget's.
        QImage disc(300, 300, QImage::Format_RGB32);
        disc.fill(Qt::white);
        QPainter painter(&disc);
        LabelRenderer::paintDiscLabel(painter, QRectF(0, 0, 300, 300), test::sampleMedium());
        painter.end();
        QVERIFY(hasNonWhite(disc));
        // Nothing is printed in the clamp area: only the dashed guide and the hub hole's outline.
        const double unit = 300.0 / LabelRenderer::kDiscDiameterMm;
        int dark = 0;
        for (int y = 0; y < 300; ++y) {
            for (int x = 0; x < 300; ++x) {
                const double r = std::hypot(x + 0.5 - 150, y + 0.5 - 150) / unit;
                const bool nearGuide = std::abs(r - LabelRenderer::kClampAreaMm / 2) < 1.0 ||
                                       std::abs(r - LabelRenderer::kHubHoleMm / 2) < 1.0;
                if (r < LabelRenderer::kClampAreaMm / 2 && !nearGuide &&
                    qGray(disc.pixel(x, y)) < 200)
                    ++dark;
            }
        }
        QCOMPARE(dark, 0);
    }
};

QTEST_MAIN(TestLabel)
#include "tst_label.moc"
