// Japanese names compared as a person at the reception desk would: variant kanji from the
// published table, width and kana folding, romanisation variants, kana against romaji, homophones
// with other kanji as a difference; and the one rule that says a local patient contradicts the
// outside one.
#include "reconcile/IdentityContradiction.h"
#include "reconcile/KanjiVariants.h"
#include "reconcile/NameComparison.h"
#include "reconcile/PatientSearchKeys.h"
#include "reconcile/RomajiSpelling.h"

#include <QtTest>

using namespace pdi;

namespace {

QString joined(const QStringList& l) {
    return l.join(QLatin1String(" | "));
}

} // namespace

class NamesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void variantTableIsCompiledIn() {
        // 1274 variants from Unihan 15.0 and KANJIDIC2 2022-235 (scripts/make-kanji-variants.py).
        QVERIFY2(KanjiVariants::size() > 1000, qPrintable(QString::number(KanjiVariants::size())));
        const QList<QPair<QString, QString>> pairs{{QStringLiteral("髙"), QStringLiteral("高")},
                                                   {QStringLiteral("邊"), QStringLiteral("辺")},
                                                   {QStringLiteral("邉"), QStringLiteral("辺")},
                                                   {QStringLiteral("齋"), QStringLiteral("斎")},
                                                   {QStringLiteral("濱"), QStringLiteral("浜")},
                                                   {QStringLiteral("澤"), QStringLiteral("沢")},
                                                   {QStringLiteral("廣"), QStringLiteral("広")},
                                                   {QStringLiteral("國"), QStringLiteral("国")},
                                                   {QStringLiteral("嶋"), QStringLiteral("島")}};
        for (const auto& p : pairs)
            QCOMPARE(KanjiVariants::fold(p.first), KanjiVariants::fold(p.second));
        // Different kanji in Japanese names stay different, even where Unihan calls them
        // semantic variants of each other (藤 and 籐) or they read alike (明 and 晃).
        QVERIFY(KanjiVariants::fold(QStringLiteral("藤")) !=
                KanjiVariants::fold(QStringLiteral("籐")));
        QVERIFY(KanjiVariants::fold(QStringLiteral("明")) !=
                KanjiVariants::fold(QStringLiteral("晃")));
        QVERIFY(KanjiVariants::fold(QStringLiteral("大")) !=
                KanjiVariants::fold(QStringLiteral("小")));
        QCOMPARE(KanjiVariants::variantsOf(U'高').first(), U'高');
        QVERIFY(KanjiVariants::variantsOf(U'高').contains(U'髙'));
    }

    void romajiSpellings() {
        QCOMPARE(RomajiSpelling::fromKana(QStringLiteral("ｻﾄｳ")), QStringLiteral("satou"));
        QCOMPARE(RomajiSpelling::fromKana(QStringLiteral("しょうへい")), QStringLiteral("shouhei"));
        QCOMPARE(RomajiSpelling::fromKana(QStringLiteral("はっとり")), QStringLiteral("hattori"));
        QCOMPARE(RomajiSpelling::fromKana(QStringLiteral("YAMADA")), QString());
        const QString sato = RomajiSpelling::key(QStringLiteral("SATO"));
        for (const char* s : {"Satou", "SATOH", "Satō", "ＳＡＴＯＵ", "satoo"})
            QCOMPARE(RomajiSpelling::key(QString::fromUtf8(s)), sato);
        const QString ono = RomajiSpelling::key(QStringLiteral("ONO"));
        for (const char* s : {"Ohno", "Oono", "Ōno"})
            QCOMPARE(RomajiSpelling::key(QString::fromUtf8(s)), ono);
        // Hepburn and Kunrei (and Nihon-shiki) forms of one reading.
        QCOMPARE(RomajiSpelling::key(QStringLiteral("FUJITA SHOHEI")),
                 RomajiSpelling::key(QStringLiteral("HUZITA SYOUHEI")));
        QCOMPARE(RomajiSpelling::key(QStringLiteral("CHIKAKO TSUJI")),
                 RomajiSpelling::key(QStringLiteral("TIKAKO TUZI")));
        QCOMPARE(RomajiSpelling::key(QStringLiteral("HOMMA")),
                 RomajiSpelling::key(QStringLiteral("HONMA")));
        QCOMPARE(RomajiSpelling::key(QStringLiteral("JUNKO")),
                 RomajiSpelling::key(QStringLiteral("ZYUNKO")));
        QCOMPARE(RomajiSpelling::key(RomajiSpelling::fromKana(QStringLiteral("しんいち"))),
                 RomajiSpelling::key(QStringLiteral("SHINICHI")));
        // Different names stay different.
        QVERIFY(RomajiSpelling::key(QStringLiteral("IIDA")) !=
                RomajiSpelling::key(QStringLiteral("IDA")));
        QVERIFY(RomajiSpelling::key(QStringLiteral("SATO")) !=
                RomajiSpelling::key(QStringLiteral("SAITO")));
        // What a PACS is asked with: the shortest spelling covers the longer ones.
        QCOMPARE(RomajiSpelling::spellings(QStringLiteral("satou")),
                 QStringList{QStringLiteral("SATO")});
        QCOMPARE(RomajiSpelling::spellings(QStringLiteral("Ohno")),
                 (QStringList{QStringLiteral("OHNO"), QStringLiteral("ONO"), QStringLiteral("OUNO"),
                              QStringLiteral("OONO")}));
    }

    void howEachNameMatched_data() {
        QTest::addColumn<QString>("outside");
        QTest::addColumn<QString>("local");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("sentence");
        using L = NameMatch::Level;
        QTest::newRow("same kanji")
            << QStringLiteral("YAMADA^TARO=山田^太郎") << QStringLiteral("=山田^太郎=やまだ^たろう")
            << int(L::Full) << QStringLiteral("name matches (kanji)");
        QTest::newRow("variant 髙")
            << QStringLiteral("=高橋^健二") << QStringLiteral("=髙橋^健二") << int(L::Full)
            << QStringLiteral("name matches (kanji via variant 高→髙)");
        QTest::newRow("variant 邊")
            << QStringLiteral("渡辺^明") << QStringLiteral("=渡邊^明") << int(L::Full)
            << QStringLiteral("name matches (kanji via variant 辺→邊)");
        QTest::newRow("half-width kana")
            << QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ") << QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう")
            << int(L::Full) << QStringLiteral("name matches (kana)");
        QTest::newRow("kana only vs romaji only")
            << QStringLiteral("キムラ^タケシ") << QStringLiteral("KIMURA^TAKESHI") << int(L::Full)
            << QStringLiteral(
                   "name matches (kana read as romaji きむら→KIMURA, kana read as romaji "
                   "たけし→TAKESHI)");
        QTest::newRow("romaji variant")
            << QStringLiteral("OHNO^MAKOTO") << QStringLiteral("ONO^MAKOTO") << int(L::Full)
            << QStringLiteral("name matches (romaji spelling OHNO→ONO, romaji)");
        QTest::newRow("no separator") << QStringLiteral("=山田太郎") << QStringLiteral("=山田^太郎")
                                      << int(L::Full) << QStringLiteral("name matches (kanji)");
        QTest::newRow("space separator")
            << QStringLiteral("=山田　花子") << QStringLiteral("=山田^太郎") << int(L::FamilyOnly)
            << QStringLiteral("given name differs: 太郎 here, 花子 on the medium");
        QTest::newRow("homophone")
            << QStringLiteral("WATANABE^AKIRA=渡辺^晃=わたなべ^あきら")
            << QStringLiteral("WATANABE^AKIRA=渡邊^明=わたなべ^あきら")
            << int(L::SameReadingOtherKanji)
            << QStringLiteral("same reading, other kanji: 明 here, 晃 on the medium");
        QTest::newRow("other family kanji, same romaji")
            << QStringLiteral("OHNO^MAKOTO=大野^誠")
            << QStringLiteral("ONO^MAKOTO=小野^誠=おの^まこと") << int(L::SameReadingOtherKanji)
            << QStringLiteral("same reading, other kanji: 小野 here, 大野 on the medium");
        QTest::newRow("twin") << QStringLiteral("SATO^YUTO=佐藤^優斗")
                              << QStringLiteral("SATO^YUMA=佐藤^悠真") << int(L::FamilyOnly)
                              << QStringLiteral(
                                     "given name differs: 悠真 here, 優斗 on the medium");
        QTest::newRow("married name")
            << QStringLiteral("=鈴木^花子") << QStringLiteral("=佐藤^花子") << int(L::GivenOnly)
            << QStringLiteral("family name differs: 佐藤 here, 鈴木 on the medium");
        QTest::newRow("another person")
            << QStringLiteral("=鈴木^一郎") << QStringLiteral("=中村^陽子") << int(L::None)
            << QStringLiteral("names share no form: 中村 陽子 here, 鈴木 一郎 on the medium");
        QTest::newRow("no common script")
            << QStringLiteral("=鈴木^一郎") << QStringLiteral("SUZUKI^ICHIRO") << int(L::Unknown)
            << QStringLiteral("the names are written in different scripts and cannot be compared: "
                              "SUZUKI ICHIRO here, 鈴木 一郎 on the medium");
    }

    void howEachNameMatched() {
        QFETCH(QString, outside);
        QFETCH(QString, local);
        QFETCH(int, level);
        QFETCH(QString, sentence);
        const NameMatch m = NameComparison::compare(outside, local);
        QVERIFY2(m.matches.contains(sentence) || m.differences.contains(sentence),
                 qPrintable(joined(m.matches) + QLatin1String(" / ") + joined(m.differences)));
        QCOMPARE(int(m.level), level);
    }

    void aHomophoneScoresBelowAnIdeographicMatch() {
        const NameMatch kanji = NameComparison::compare(QStringLiteral("=渡辺^晃=わたなべ^あきら"),
                                                        QStringLiteral("=渡邊^晃=わたなべ^あきら"));
        const NameMatch homophone = NameComparison::compare(
            QStringLiteral("=渡辺^晃=わたなべ^あきら"), QStringLiteral("=渡邊^明=わたなべ^あきら"));
        const NameMatch reading = NameComparison::compare(
            QStringLiteral("=わたなべ^あきら"), QStringLiteral("=渡邊^明=わたなべ^あきら"));
        QCOMPARE(kanji.level, NameMatch::Level::Full);
        QCOMPARE(reading.level, NameMatch::Level::Full);
        QVERIFY(kanji.points > reading.points);
        QVERIFY(reading.points > homophone.points);
    }

    void contradictions() {
        const PatientDemographics outside{QStringLiteral("C1"), QString(),
                                          QStringLiteral("SUZUKI^ICHIRO=鈴木^一郎"),
                                          QStringLiteral("19491212"), QStringLiteral("M")};
        PatientDemographics local{QStringLiteral("L1"), QString(),
                                  QStringLiteral("NAKAMURA^YOKO=中村^陽子"),
                                  QStringLiteral("19900101"), QStringLiteral("F")};
        const QVector<IdentityDifference> d = IdentityContradiction::between(outside, local);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.at(0).kind, IdentityDifference::Kind::BirthDate);
        QCOMPARE(d.at(0).local, QStringLiteral("1990-01-01")); // never YYYYMMDD
        QCOMPARE(d.at(0).outside, QStringLiteral("1949-12-12"));
        QCOMPARE(d.at(1).kind, IdentityDifference::Kind::Sex);
        QCOMPARE(d.at(1).local, QStringLiteral("female")); // never F/M
        QCOMPARE(d.at(1).outside, QStringLiteral("male"));
        QCOMPARE(d.at(1).sentence(), QStringLiteral("sex female here, male on the medium"));
        QCOMPARE(d.at(2).kind, IdentityDifference::Kind::Name);
        QCOMPARE(d.at(2).local, QStringLiteral("NAKAMURA YOKO (中村 陽子)"));

        // The same person in other spellings, or with a part missing, contradicts nothing.
        local = {QStringLiteral("L2"), QString(), QStringLiteral("=鈴木^一郎=すずき^いちろう"),
                 QString(), QString()};
        QVERIFY(IdentityContradiction::between(outside, local).isEmpty());
        local.name = QStringLiteral("=鈴木^次郎"); // the family name is shared
        QVERIFY(IdentityContradiction::between(outside, local).isEmpty());
        local.name = QStringLiteral("=齋藤^一郎"); // the given name is shared
        QVERIFY(IdentityContradiction::between(outside, local).isEmpty());
        local.name = QStringLiteral("=齋藤^恵子");
        QCOMPARE(IdentityContradiction::between(outside, local).size(), 1);
    }

    void searchKeys() {
        // Kanji only, no alphabetic group: the variant spellings, and nothing romanised.
        PatientSearchKeys k = PatientSearchKeys::of(QStringLiteral("=高橋^健二"));
        QCOMPARE(k.kanji, (QStringList{QStringLiteral("高橋"), QStringLiteral("髙橋")}));
        QVERIFY(k.kana.isEmpty());
        QVERIFY(k.romaji.isEmpty());
        // JIS X 0208 cannot write 髙: a node in ISO 2022 IR 87 is not asked for it.
        QCOMPARE(k.findValues(QStringLiteral("\\ISO 2022 IR 87")),
                 QStringList{QStringLiteral("*高橋*")});
        QCOMPARE(k.findValues(QStringLiteral("ISO_IR 192")),
                 (QStringList{QStringLiteral("*高橋*"), QStringLiteral("*髙橋*")}));
        // Kana only: katakana, hiragana, half-width, and the romanised reading.
        k = PatientSearchKeys::of(QStringLiteral("ｻﾄｳ^ﾊﾅｺ"));
        QCOMPARE(k.kana, (QStringList{QStringLiteral("サトウ"), QStringLiteral("さとう"),
                                      QStringLiteral("ｻﾄｳ")}));
        QCOMPARE(k.romaji, QStringList{QStringLiteral("SATO")});
        QCOMPARE(k.findValues(QStringLiteral("\\ISO 2022 IR 87")),
                 (QStringList{QStringLiteral("*サトウ*"), QStringLiteral("*さとう*"),
                              QStringLiteral("SATO*")}));
        QCOMPARE(k.archivePrefixes(),
                 (QStringList{QStringLiteral("さとう"), QStringLiteral("sato")}));
        // An alphabetic group is asked as written and in its spelling variants.
        k = PatientSearchKeys::of(QStringLiteral("OHNO^MAKOTO"));
        QCOMPARE(k.romaji.first(), QStringLiteral("OHNO"));
        QVERIFY(k.romaji.contains(QStringLiteral("ONO")));
        // Wildcards in a name are not passed on.
        QVERIFY(PatientSearchKeys::of(QStringLiteral("YAMA*^TARO")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(NamesTest)
#include "tst_names.moc"
