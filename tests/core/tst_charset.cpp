// Text decoding: every Specific Character Set in pydicom's charset corpus must decode to the same
// Unicode as pydicom does, and the Japanese ISO 2022 sets must give the expected names.
#include "TestSupport.h"

#include "dicom/DicomSummaryReader.h"
#include "dicom/PersonName.h"
#include "dicom/SpecificCharacterSet.h"
#include "medium/LocalFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

using namespace pdi;

namespace {

DicomSummary readSummary(const QString& path) {
    auto file = std::make_shared<LocalFile>(path);
    if (!file->open())
        return DicomSummary();
    return DicomSummaryReader::read(file).summary;
}

} // namespace

class TestCharset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void japaneseNames_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("IR 87 with IR 6")
            << "chrH31.dcm" << QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう");
        QTest::newRow("IR 13 + IR 87, half-width katakana")
            << "chrH32.dcm" << QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
        QTest::newRow("IR 87 only, kana") << "chrJapMulti.dcm" << QStringLiteral("やまだ^たろう");
        QTest::newRow("explicit IR 6 first")
            << "chrJapMultiExplicitIR6.dcm" << QStringLiteral("やまだ^たろう");
        QTest::newRow("ISO_IR 192") << "chrX1.dcm" << QStringLiteral("Wang^XiaoDong=王^小東");
    }
    void japaneseNames() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const DicomSummary s = readSummary(test::pydicomCharsetFile(file));
        QCOMPARE(s.patientName, expected);
        QVERIFY(s.invalidCharacterSets.isEmpty());
    }

    // pydicom is the oracle for every file of its corpus.
    void matchesPydicom() {
        const QString script = QStringLiteral("import json, sys, os, warnings, pydicom\n"
                                              "warnings.simplefilter('ignore')\n"
                                              "d = sys.argv[1]\n"
                                              "out = {}\n"
                                              "for f in sorted(os.listdir(d)):\n"
                                              "    if f.endswith('.dcm'):\n"
                                              "        ds = pydicom.dcmread(os.path.join(d, f))\n"
                                              "        out[f] = str(ds.get('PatientName', ''))\n"
                                              "print(json.dumps(out))\n");
        const test::ProcessResult r =
            test::run(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"), script, test::pydicomCharsetFile(QString())});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject expected = QJsonDocument::fromJson(r.out).object();
        QVERIFY(expected.size() >= 15);
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const DicomSummary s = readSummary(test::pydicomCharsetFile(it.key()));
            QVERIFY2(s.patientName == it.value().toString(),
                     qPrintable(QStringLiteral("%1: got \"%2\", pydicom \"%3\"")
                                    .arg(it.key(), s.patientName, it.value().toString())));
        }
    }

    void jisX0212() {
        // ESC $ ( D designates JIS X 0212 to G0; 0x30 0x21 is U+4E02.
        const SpecificCharacterSet cs(QStringLiteral("\\ISO 2022 IR 159"));
        QCOMPARE(cs.decode(QByteArray("A\x1b$(D\x30\x21\x1b(BZ"), true), QStringLiteral("A丂Z"));
    }

    void delimitersResetCodeExtensions() {
        // A PN group delimiter returns G0 to ASCII even if the encoder forgot ESC ( B.
        const SpecificCharacterSet cs(QStringLiteral("\\ISO 2022 IR 87"));
        QCOMPARE(cs.decode(QByteArray("\x1b$B;3ED\x1b(B^Taro"), true), QStringLiteral("山田^Taro"));
        // Multi-valued text: the backslash separates values and resets too.
        QCOMPARE(cs.decode(QByteArray("\x1b$B;3ED\x1b(B\\ABC")), QStringLiteral("山田\\ABC"));
    }

    void singleByteSets() {
        QCOMPARE(
            SpecificCharacterSet(QStringLiteral("ISO_IR 100")).decode("Buc^J\xe9r\xf4me", true),
            QStringLiteral("Buc^Jérôme"));
        QCOMPARE(SpecificCharacterSet(QStringLiteral("ISO_IR 13")).decode("\xd4\xcf\xc0\xde", true),
                 QStringLiteral("ﾔﾏﾀﾞ"));
        // Undeclared UTF-8 in the default repertoire is shown as what it is.
        QCOMPARE(SpecificCharacterSet().decode(QStringLiteral("山田").toUtf8()),
                 QStringLiteral("山田"));
    }

    void unknownTermsAreReported() {
        const SpecificCharacterSet cs(QStringLiteral("ISO_IR 999"));
        QCOMPARE(cs.invalidTerms(), QStringList{QStringLiteral("ISO_IR 999")});
        QCOMPARE(cs.unknownTerms(), QStringList{QStringLiteral("ISO_IR 999")});
        const SpecificCharacterSet ext(QStringLiteral("\\ISO 2022 IR 999"));
        QCOMPARE(ext.invalidTerms(), QStringList{QStringLiteral("ISO 2022 IR 999")});
        // Valid values are not reported.
        for (const char* valid : {"", "ISO_IR 100", "ISO_IR 192", "GB18030", "\\ISO 2022 IR 87",
                                  "ISO 2022 IR 13\\ISO 2022 IR 87", "ISO 2022 IR 87",
                                  "ISO 2022 IR 6\\ISO 2022 IR 149"}) {
            QVERIFY2(SpecificCharacterSet(QLatin1String(valid)).invalidTerms().isEmpty(), valid);
        }
    }

    // PS3.5 6.1.2.5.3: a value starts in the G0 set of value 1, ASCII for every code extension
    // term but IR 13. A lone "ISO 2022 IR 87" (Orthanc with DefaultEncoding JapaneseKanji)
    // must not read ASCII digits as JIS X 0208 (the ID 10000003 once read 碓旭旭鯵).
    void multiByteValueOneStartsInAscii_data() {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QByteArray>("idBytes");
        QTest::addColumn<QByteArray>("nameBytes");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("IR 87 alone") << "ISO 2022 IR 87" << QByteArray("10000003")
                                     << QByteArray("\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B")
                                     << "10000003" << QStringLiteral("山田^太郎");
        QTest::newRow("IR 87 alone, three groups")
            << "ISO 2022 IR 87" << QByteArray("A-123")
            << QByteArray("YAMADA^TARO=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^"
                          "\x1b$B$?$m$&\x1b(B")
            << "A-123" << QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        QTest::newRow("IR 159 alone")
            << "ISO 2022 IR 159" << QByteArray("10000003") << QByteArray("A\x1b$(D\x30\x21\x1b(B")
            << "10000003" << QStringLiteral("A丂");
        QTest::newRow("IR 13 alone") << "ISO 2022 IR 13" << QByteArray("10000003")
                                     << QByteArray("\xd4\xcf\xc0\xde^\xc0\xdb\xb3") << "10000003"
                                     << QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ");
        QTest::newRow("IR 149 alone") << "ISO 2022 IR 149" << QByteArray("10000003")
                                      << QByteArray("\x1b$)C\xb1\xe8^\x1b$)C\xc8\xf1\xc1\xdf")
                                      << "10000003" << QStringLiteral("김^희중");
    }
    void multiByteValueOneStartsInAscii() {
        QFETCH(QString, charset);
        QFETCH(QByteArray, idBytes);
        QFETCH(QByteArray, nameBytes);
        QFETCH(QString, id);
        QFETCH(QString, name);
        const SpecificCharacterSet cs(charset);
        QVERIFY(cs.invalidTerms().isEmpty());
        QCOMPARE(cs.decode(idBytes), id);
        QCOMPARE(cs.decode(nameBytes, true), name);

        // The same in a file, read by the summary reader and by pydicom.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ir.dcm"));
        test::InstanceSpec spec;
        spec.characterSet = charset;
        spec.customize = [&](DcmDataset& ds) {
            ds.putAndInsertString(DCM_PatientID, idBytes.constData(), OFTrue);
            ds.putAndInsertString(DCM_PatientName, nameBytes.constData(), OFTrue);
        };
        QVERIFY(test::writeInstance(path, spec));
        const DicomSummary s = readSummary(path);
        QCOMPARE(s.patientId, id);
        QCOMPARE(s.patientName, name);
        QVERIFY(s.invalidCharacterSets.isEmpty());
        const QJsonObject py = test::pydicomIdentities({path}).value(path).toObject();
        QCOMPARE(py.value(QStringLiteral("id")).toString(), s.patientId);
        QCOMPARE(py.value(QStringLiteral("name")).toString(), s.patientName);
    }

    // Values that are not valid defined terms are reported and read as their writer meant
    // them; the reading equals pydicom's of the corrected value.
    void invalidValuesAreRepaired_data() {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("readAs");
        QTest::newRow("Orthanc 1.10, run together") << "ISO 2022 IR 13ISO 2022 IR 87"
                                                    << "ISO 2022 IR 13\\ISO 2022 IR 87";
        QTest::newRow("value 1 without ISO 2022") << "ISO_IR 13\\ISO 2022 IR 87"
                                                  << "ISO 2022 IR 13\\ISO 2022 IR 87";
        QTest::newRow("misspelt") << "ISO-IR 13\\ISO2022 IR87"
                                  << "ISO 2022 IR 13\\ISO 2022 IR 87";
    }
    void invalidValuesAreRepaired() {
        QFETCH(QString, written);
        QFETCH(QString, readAs);
        const SpecificCharacterSet cs(written);
        QVERIFY(!cs.invalidTerms().isEmpty());
        QVERIFY(cs.unknownTerms().isEmpty());
        QCOMPARE(cs.definedTerms(), readAs);

        // chrH32's name under the invalid value, and under the value it means.
        QTemporaryDir dir;
        const QByteArray nameBytes(
            "\xd4\xcf\xc0\xde^\xc0\xdb\xb3=\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J="
            "\x1b$B$d$^$@\x1b(J^\x1b$B$?$m$&\x1b(J");
        auto write = [&](const QString& file, const QString& charset) {
            test::InstanceSpec spec;
            spec.characterSet = charset;
            spec.customize = [&](DcmDataset& ds) {
                ds.putAndInsertString(DCM_PatientName, nameBytes.constData(), OFTrue);
            };
            return test::writeInstance(dir.filePath(file), spec);
        };
        QVERIFY(write(QStringLiteral("invalid.dcm"), written));
        QVERIFY(write(QStringLiteral("valid.dcm"), readAs));
        const DicomSummary s = readSummary(dir.filePath(QStringLiteral("invalid.dcm")));
        QCOMPARE(s.patientName, QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"));
        QCOMPARE(s.invalidCharacterSets, cs.invalidTerms());
        QCOMPARE(s.characterSetReadAs, readAs);
        const QString valid = dir.filePath(QStringLiteral("valid.dcm"));
        QCOMPARE(test::pydicomIdentities({valid}).value(valid).toObject().value("name").toString(),
                 s.patientName);
    }

    void standAloneSetsIgnoreOthers() {
        const SpecificCharacterSet cs(QStringLiteral("ISO_IR 192\\ISO 2022 IR 87"));
        QCOMPARE(cs.definedTerms(), QStringLiteral("ISO_IR 192"));
        QCOMPARE(cs.invalidTerms(), QStringList{QStringLiteral("ISO 2022 IR 87")});
        QCOMPARE(cs.decode(QStringLiteral("山田").toUtf8()), QStringLiteral("山田"));
    }

    // Bytes the value does not declare are read by best effort and said to be undeclared.
    void undeclaredBytes() {
        const SpecificCharacterSet none;
        const QByteArray jis("\xd4\xcf\xc0\xde=\x1b$B;3ED\x1b(J");
        QVERIFY(none.leavesUndeclared(jis));
        QCOMPARE(none.decode(jis, true), QStringLiteral("ﾔﾏﾀﾞ=山田"));
        QVERIFY(none.leavesUndeclared(QByteArray("J\xe9r\xf4me")));
        QVERIFY(!none.leavesUndeclared(QByteArray("SMITH^JOHN")));
        const SpecificCharacterSet latin(QStringLiteral("ISO_IR 100"));
        QVERIFY(!latin.leavesUndeclared(QByteArray("J\xe9r\xf4me")));
        QVERIFY(latin.leavesUndeclared(jis));
        QVERIFY(!SpecificCharacterSet(QStringLiteral("\\ISO 2022 IR 87")).leavesUndeclared(jis));
    }

    void normalizedNames() {
        QCOMPARE(PersonName::normalized(QStringLiteral("Wang^XiaoDong=王^小東=")),
                 QStringLiteral("Wang^XiaoDong=王^小東"));
        QCOMPARE(PersonName::normalized(QStringLiteral("SMITH^JOHN^^^")),
                 QStringLiteral("SMITH^JOHN"));
        QCOMPARE(PersonName::normalized(QStringLiteral("Yamada^Tarou=^=^")),
                 QStringLiteral("Yamada^Tarou"));
        QCOMPARE(PersonName::normalized(QStringLiteral("=山田^太郎")),
                 QStringLiteral("=山田^太郎"));
    }

    void invalidBytesBecomeReplacementCharacters() {
        const SpecificCharacterSet cs(QStringLiteral("\\ISO 2022 IR 87"));
        // A lone byte in two-byte mode at the end of the value.
        const QString decoded = cs.decode(QByteArray("\x1b$B;"));
        QCOMPARE(decoded, QString(QChar::ReplacementCharacter));
    }

    void encodeJapaneseLikeTheCorpus_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("IR 87") << "chrH31.dcm";
        QTest::newRow("IR 13 + IR 87") << "chrH32.dcm";
        QTest::newRow("IR 87 kana") << "chrJapMulti.dcm";
        QTest::newRow("UTF-8") << "chrX1.dcm";
    }
    void encodeJapaneseLikeTheCorpus() {
        // Encoding what the corpus file decodes to gives back the file's own bytes.
        QFETCH(QString, file);
        auto f = std::make_shared<LocalFile>(test::pydicomCharsetFile(file));
        QVERIFY(f->open());
        const DicomSummary s = DicomSummaryReader::read(f).summary;
        const test::ProcessResult bytes =
            test::run(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"),
                       QStringLiteral("import sys,pydicom; ds=pydicom.dcmread(sys.argv[1]);"
                                      "sys.stdout.buffer.write(ds.data_element('PatientName')."
                                      "value.original_string.rstrip(b' '))"),
                       test::pydicomCharsetFile(file)});
        QCOMPARE(bytes.exitCode, 0);
        const SpecificCharacterSet cs(s.specificCharacterSet);
        QString unencodable;
        QByteArray encoded = cs.encode(s.patientName, &unencodable);
        QVERIFY(unencodable.isEmpty());
        QByteArray expected = bytes.out;
        while (expected.endsWith('='))
            expected.chop(1); // trailing empty groups are dropped by the summary
        QCOMPARE(encoded, expected);
        QCOMPARE(cs.decode(encoded, true), s.patientName);
    }

    void encodeReportsWhatCannotBeWritten() {
        const SpecificCharacterSet ir87(QStringLiteral("\\ISO 2022 IR 87"));
        QString unencodable;
        const QByteArray out = ir87.encode(QStringLiteral("김^山田"), &unencodable);
        QCOMPARE(unencodable, QStringLiteral("김"));
        QVERIFY(out.startsWith('?'));
        // Half-width katakana without IR 13 become full-width, and say so.
        bool approximated = false;
        const QByteArray kana = ir87.encode(QStringLiteral("ﾔﾏﾀﾞ"), &unencodable, &approximated);
        QVERIFY(approximated);
        QCOMPARE(ir87.decode(kana), QStringLiteral("ヤマダ"));
        // Latin-1 and ASCII.
        QCOMPARE(
            SpecificCharacterSet(QStringLiteral("ISO_IR 100")).encode(QStringLiteral("Jérôme")),
            QByteArray("J\xe9r\xf4me"));
        QCOMPARE(SpecificCharacterSet().encode(QStringLiteral("山"), &unencodable),
                 QByteArray("?"));
        QCOMPARE(unencodable, QStringLiteral("山"));
        // JIS X 0212 when declared.
        const SpecificCharacterSet ir159(QStringLiteral("\\ISO 2022 IR 87\\ISO 2022 IR 159"));
        QCOMPARE(ir159.decode(ir159.encode(QStringLiteral("丂山")), true), QStringLiteral("丂山"));
    }

    void personNameGroups() {
        const PersonName pn =
            PersonName::fromDicom(QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));
        QCOMPARE(pn.alphabetic, QStringLiteral("Yamada^Tarou"));
        QCOMPARE(pn.ideographic, QStringLiteral("山田^太郎"));
        QCOMPARE(pn.phonetic, QStringLiteral("やまだ^たろう"));
        QCOMPARE(pn.display(), QStringLiteral("Yamada Tarou (山田 太郎, やまだ たろう)"));
        QCOMPARE(PersonName::fromDicom(QStringLiteral("A^B==")).toDicom(), QStringLiteral("A^B"));
        QCOMPARE(PersonName::fromDicom(QStringLiteral("=山田^太郎")).toDicom(),
                 QStringLiteral("=山田^太郎"));
        QCOMPARE(PersonName::withoutEmptyGroups(QStringLiteral("MIHON^HANAKO=^=^")),
                 QStringLiteral("MIHON^HANAKO"));
        QCOMPARE(PersonName::withoutEmptyGroups(QStringLiteral("^=山田^太郎=^")),
                 QStringLiteral("=山田^太郎"));
    }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
