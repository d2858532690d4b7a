// README.TXT as the writer renders it: bilingual, BOM, CRLF, every fact the receiver needs and the
// warnings exactly when the medium has them.
#include "SampleMedium.h"
#include "TestSupport.h"

#include "layout/ReadmeWriter.h"

#include <QtTest>

using namespace pdi;

namespace {

QString textOf(const QByteArray& bytes) {
    return QString::fromUtf8(bytes.mid(3));
}

// Phrases only a warning brings into README.TXT.
const QStringList kNonDicomWarning{
    QStringLiteral("Contains non-DICOM content"),
    QStringLiteral("DICOM 以外のデータ（上記のファイル）を含みます")};
const QStringList kAiWarning{QStringLiteral("Contains AI-derived images"),
                             QStringLiteral("AI 生成画像を含みます")};
const QStringList kVideoWarning{QStringLiteral("Contains video"),
                                QStringLiteral("動画データを含みます")};
const QStringList kBulkWarning{QStringLiteral("Contains thin-slice / volume bulk data"),
                               QStringLiteral("薄層・ボリュームの大量データを含みます")};

// README.TXT wraps its lines, so a phrase may continue on the next line: compare without
// the line breaks and their indentation.
QString unwrapped(const QString& text) {
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("\\r\\n *")), QStringLiteral(" "));
    return out;
}

bool containsAll(const QString& text, const QStringList& phrases) {
    const QString flat = unwrapped(text);
    QString flatNoSpace = flat;
    flatNoSpace.remove(QLatin1Char(' '));
    for (const QString& p : phrases) {
        QString pNoSpace = p;
        pNoSpace.remove(QLatin1Char(' '));
        // Japanese wraps between any two characters, so compare it without spaces.
        if (!flat.contains(p) && !flatNoSpace.contains(pNoSpace))
            return false;
    }
    return true;
}

bool containsAny(const QString& text, const QStringList& phrases) {
    for (const QString& p : phrases) {
        if (containsAll(text, {p}))
            return true;
    }
    return false;
}

} // namespace

class TestReadme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodingAndLineEndings() {
        const QByteArray bytes = ReadmeWriter::render(test::sampleMediumWithWarnings());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QCOMPARE(bytes.count('\r'), bytes.count("\r\n"));
        // valid UTF-8: decoding and encoding again gives the same bytes
        QCOMPARE(textOf(bytes).toUtf8(), bytes.mid(3));
    }

    void linesFitSeventyEightColumns() {
        MediumDescription m = test::sampleMediumWithWarnings();
        // Long values wrap too, Japanese ones between characters.
        m.studies[0].description = QString(60, QChar(0x80F8)) + QStringLiteral(" CHEST");
        m.address =
            QStringLiteral("東京都千代田区千代田一丁目二番三号 さくら総合病院 本館 地下一階 "
                           "放射線科 受付 (Radiology reception, basement floor 1)");
        const QStringList lines = textOf(ReadmeWriter::render(m)).split(QStringLiteral("\r\n"));
        for (const QString& line : lines) {
            QVERIFY2(ReadmeWriter::displayColumns(line) <= ReadmeWriter::kLineColumns,
                     qPrintable(line));
        }
        QVERIFY(textOf(ReadmeWriter::render(m))
                    .remove(QStringLiteral("\r\n"))
                    .remove(QLatin1Char(' '))
                    .contains(QString(60, QChar(0x80F8))));
    }

    void displayColumnsCountWideCharacters() {
        QCOMPARE(ReadmeWriter::displayColumns(QStringLiteral("ABC")), 3);
        QCOMPARE(ReadmeWriter::displayColumns(QStringLiteral("山田 太郎")), 9);
        QCOMPARE(ReadmeWriter::displayColumns(QStringLiteral("やまだ")), 6);
    }

    void saysWhoWhatAndWhere() {
        const QString text = textOf(ReadmeWriter::render(test::sampleMedium()));
        for (const QString& expected :
             {QStringLiteral("さくら総合病院"), QStringLiteral("放射線科"),
              QStringLiteral("03-1234-5678"),   QStringLiteral("東京都千代田区千代田1-2-3"),
              QStringLiteral("2026-11-21"),     QStringLiteral("窓口"),
              QStringLiteral("Front desk"),     QStringLiteral("PDI Station 0.1.0"),
              QStringLiteral("YAMADA TARO"),    QStringLiteral("山田 太郎"),
              QStringLiteral("やまだ たろう"),  QStringLiteral("PAT12345"),
              QStringLiteral("1970-01-01"),     QStringLiteral("男性"),
              QStringLiteral("male"),           QStringLiteral("IHE PDI"),
              QStringLiteral("DICOMDIR"),       QStringLiteral("uncompressed"),
              QStringLiteral("非圧縮"),         QStringLiteral("DICOM ONLY"),
              QStringLiteral("Disc 1 of 1"),    QStringLiteral("1 枚目（全 1 枚）")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // No '^' of the DICOM form and no role code reaches the reader.
        QVERIFY(!text.contains(QLatin1Char('^')));
        QVERIFY(!text.contains(QLatin1String("frontdesk")));
    }

    void listsStudies() {
        const QString text = textOf(ReadmeWriter::render(test::sampleMedium()));
        QVERIFY(text.contains(QStringLiteral("1. 2024-01-05  CT  CT CHEST 胸部単純  画像 200 枚")));
        QVERIFY(text.contains(QStringLiteral("2. 2024-02-10  MR  MR HEAD  画像 24 枚")));
        QVERIFY(text.contains(QStringLiteral("1. 2024-01-05  CT  CT CHEST 胸部単純  200 images")));
        QVERIFY(text.contains(QStringLiteral("2. 2024-02-10  MR  MR HEAD  24 images")));
    }

    void japaneseFirstThenEnglish() {
        const QString text = textOf(ReadmeWriter::render(test::sampleMedium()));
        const int ja = text.indexOf(
            QStringLiteral("この媒体はプログラムを起動しません。DICOM ビューアで開いてください。"));
        const int en = text.indexOf(
            QStringLiteral("This medium does not start any program; open it with a DICOM viewer."));
        QVERIFY(ja > 0);
        QVERIFY(en > ja);
        QVERIFY(text.indexOf(QStringLiteral("施設名")) <
                text.indexOf(QStringLiteral("Institution")));
    }

    void noWarningsWithoutReason() {
        const QString text = textOf(ReadmeWriter::render(test::sampleMedium()));
        QVERIFY(!containsAny(text, kNonDicomWarning));
        QVERIFY(!containsAny(text, kAiWarning));
        QVERIFY(!containsAny(text, kVideoWarning));
        QVERIFY(!containsAny(text, kBulkWarning));
        QVERIFY(text.contains(QStringLiteral("特記事項はありません。")));
        QVERIFY(text.contains(QStringLiteral("  None.")));
        QVERIFY(text.contains(QStringLiteral("Other (non-DICOM) content: no")));
        QVERIFY(text.contains(QStringLiteral("Web content: no")));
    }

    void eachWarningOnItsOwn_data() {
        QTest::addColumn<QString>("which");
        QTest::newRow("non-DICOM") << QStringLiteral("other");
        QTest::newRow("AI") << QStringLiteral("ai");
        QTest::newRow("video") << QStringLiteral("video");
        QTest::newRow("bulk") << QStringLiteral("bulk");
    }

    void eachWarningOnItsOwn() {
        QFETCH(QString, which);
        MediumDescription m = test::sampleMedium();
        if (which == QLatin1String("other"))
            m.otherFiles = {{QStringLiteral("OTHER/LETTER.PDF"), QStringLiteral("PDF document")}};
        if (which == QLatin1String("ai"))
            m.studies[1].series[0].aiDerived = true;
        if (which == QLatin1String("video"))
            m.studies[1].series[0].video = true;
        if (which == QLatin1String("bulk"))
            m.studies[0].series[0].bulk = true;
        const QString text = textOf(ReadmeWriter::render(m));
        QCOMPARE(containsAll(text, kNonDicomWarning), which == QLatin1String("other"));
        QCOMPARE(containsAny(text, kNonDicomWarning), which == QLatin1String("other"));
        QCOMPARE(containsAll(text, kAiWarning), which == QLatin1String("ai"));
        QCOMPARE(containsAny(text, kAiWarning), which == QLatin1String("ai"));
        QCOMPARE(containsAll(text, kVideoWarning), which == QLatin1String("video"));
        QCOMPARE(containsAny(text, kVideoWarning), which == QLatin1String("video"));
        QCOMPARE(containsAll(text, kBulkWarning), which == QLatin1String("bulk"));
        QCOMPARE(containsAny(text, kBulkWarning), which == QLatin1String("bulk"));
        QVERIFY(!text.contains(QStringLiteral("特記事項はありません。")));
    }

    void warningsNameTheirSeriesAndFiles() {
        const QString text = textOf(ReadmeWriter::render(test::sampleMediumWithWarnings()));
        QVERIFY(containsAll(text, kNonDicomWarning + kAiWarning + kVideoWarning + kBulkWarning));
        QVERIFY(text.contains(QStringLiteral("OTHER/LETTER.PDF  PDF document")));
        QVERIFY(text.contains(QStringLiteral("Other (non-DICOM) content: yes:")));
        QVERIFY(text.contains(
            QStringLiteral("- study of 2024-01-05, series 901 (SEG) LUNG NODULE AI")));
        QVERIFY(text.contains(
            QStringLiteral("- 2024-01-05 の検査、シリーズ 901（SEG）LUNG NODULE AI")));
        QVERIFY(text.contains(QStringLiteral("- study of 2024-02-10, series 4 (MR) CINE MOVIE")));
        QVERIFY(text.contains(QStringLiteral("- study of 2024-01-05, series 2 (CT) CORONAL 3MM")));
        // the AI series is named under the AI warning, not under the others
        const int ai = text.indexOf(QStringLiteral("Contains AI-derived images"));
        const int video = text.indexOf(QStringLiteral("Contains video"));
        const int aiSeries = text.indexOf(QStringLiteral("series 901 (SEG)"));
        QVERIFY(ai < aiSeries && aiSeries < video);
    }

    void webContentAndDiscs() {
        MediumDescription m = test::sampleMedium();
        m.webContent = true;
        m.discNumber = 2;
        m.discCount = 3;
        const QString text = textOf(ReadmeWriter::render(m));
        QVERIFY(text.contains(QStringLiteral("DICOM PLUS WEB")));
        QVERIFY(!text.contains(QStringLiteral("DICOM ONLY")));
        QVERIFY(text.contains(QStringLiteral("Web content: yes (open INDEX.HTM")));
        QVERIFY(text.contains(QStringLiteral("Disc 2 of 3")));
        QVERIFY(text.contains(QStringLiteral("2 枚目（全 3 枚）")));
    }

    void namesWithoutIdeographicGroup() {
        MediumDescription m = test::sampleMedium();
        m.patientName = QStringLiteral("DOE^JANE^^DR");
        const QString text = textOf(ReadmeWriter::render(m));
        QVERIFY(text.contains(QStringLiteral("Name: DOE JANE DR")));
        QVERIFY(!text.contains(QStringLiteral("山田")));
    }

    void controlCharactersStayOut() {
        MediumDescription m = test::sampleMedium();
        m.studies[0].description = QStringLiteral("CT\r\nCHEST\tPLAIN");
        const QByteArray bytes = ReadmeWriter::render(m);
        QVERIFY(!bytes.contains('\t'));
        QVERIFY(textOf(bytes).contains(QStringLiteral("CT CHEST PLAIN")));
    }
};

QTEST_MAIN(TestReadme)
#include "tst_readme.moc"
