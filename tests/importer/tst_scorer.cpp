// Ordering candidate local patients for a person to choose from: the reasons and differences
// they will read, the verdict rule of docs/import.md, and when an equal Patient ID is evidence.
#include "reconcile/CandidateScorer.h"
#include "reconcile/NameNormalizer.h"

#include <QtTest>

using namespace pdi;

namespace {

const IdAuthority FromClinic{{QStringLiteral("PDI GENERAL HOSPITAL")},
                             {QStringLiteral("OUTSIDE CLINIC")}};
const IdAuthority FromHere{{QStringLiteral("PDI GENERAL HOSPITAL")},
                           {QStringLiteral("PDI General Hospital")}};

} // namespace

class TestScorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalizer() {
        QCOMPARE(NameNormalizer::normalize(QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ")),
                 QStringLiteral("やまだたろう"));
        QCOMPARE(NameNormalizer::normalize(QStringLiteral("ヤマダ　タロウ")),
                 QStringLiteral("やまだたろう"));
        QCOMPARE(NameNormalizer::normalize(QStringLiteral("Ｙａｍａｄａ^Taro")),
                 QStringLiteral("yamadataro"));
        QCOMPARE(NameNormalizer::normalize(QStringLiteral("山田 太郎")),
                 QStringLiteral("山田太郎"));
    }

    void samePersonAcrossSpellings() {
        const PatientDemographics outside{QStringLiteral("123"), QString(),
                                          QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=ﾔﾏﾀﾞ^ﾀﾛｳ"),
                                          QStringLiteral("19700101"), QStringLiteral("M")};
        const PatientDemographics local{QStringLiteral("L55"), QStringLiteral("PDIGH"),
                                        QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう"),
                                        QStringLiteral("19700101"), QStringLiteral("M")};
        const CandidateMatch m = CandidateScorer::score(outside, local, FromClinic);
        QCOMPARE(m.verdict, Verdict::Likely);
        QCOMPARE(m.score, 70 + 21); // birth date 30 + sex 5 + kanji 35 of 100, in 70..100
        QCOMPARE(m.matches,
                 (QStringList{QStringLiteral("same birth date"), QStringLiteral("same sex"),
                              QStringLiteral("name matches (kanji)")}));
        QCOMPARE(m.differences,
                 QStringList{QStringLiteral("Patient ID L55 here, 123 on the medium")});
    }

    void differencesAreSpelledOut() {
        const PatientDemographics outside{QStringLiteral("123"), QString(),
                                          QStringLiteral("YAMADA^TARO"), QStringLiteral("19700101"),
                                          QStringLiteral("M")};
        const PatientDemographics local{QStringLiteral("123"), QString(),
                                        QStringLiteral("YAMADA^JIRO"), QStringLiteral("19700110"),
                                        QStringLiteral("F")};
        const CandidateMatch m = CandidateScorer::score(outside, local, FromClinic);
        QCOMPARE(m.verdict, Verdict::Unlikely);
        QCOMPARE(m.matches, QStringList{QStringLiteral("family name matches (romaji)")});
        // Dates and sex as a person reads them, never YYYYMMDD or F/M.
        QCOMPARE(
            m.differences,
            (QStringList{QStringLiteral("same number, likely another hospital's (no issuer, on a "
                                        "medium from OUTSIDE CLINIC)"),
                         QStringLiteral("birth date 1970-01-10 here, 1970-01-01 on the medium"),
                         QStringLiteral("sex female here, male on the medium"),
                         QStringLiteral("given name differs: JIRO here, TARO on the medium")}));
        QCOMPARE(m.score, 6); // (3 + 12) * 39 / 100
    }

    // A clinic's number that equals a hospital number is not the same patient.
    void anEqualNumberCountsOnlyFromTheSameAuthority() {
        PatientDemographics outside{QStringLiteral("123"), QString(), QStringLiteral("A^B=亜^美"),
                                    QStringLiteral("20000101"), QStringLiteral("F")};
        PatientDemographics local = outside;
        // Without issuer, from another institution: little evidence.
        CandidateMatch m = CandidateScorer::score(outside, local, FromClinic);
        QVERIFY(m.differences.constFirst().startsWith(
            QLatin1String("same number, likely another hospital's")));
        const int elsewhere = m.score;
        // Without issuer, on a medium this hospital wrote: evidence.
        m = CandidateScorer::score(outside, local, FromHere);
        QCOMPARE(m.matches.constFirst(),
                 QStringLiteral("same Patient ID, on a medium from this hospital"));
        QCOMPARE(m.score, 100);
        QVERIFY(elsewhere < m.score);
        // The same issuer on both: evidence; another issuer: not.
        outside.issuer = local.issuer = QStringLiteral("PDIGH");
        QCOMPARE(CandidateScorer::score(outside, local, FromClinic).score, 100);
        outside.issuer = QStringLiteral("CLINIC-A");
        m = CandidateScorer::score(outside, local, FromClinic);
        QCOMPARE(
            m.differences.constFirst(),
            QStringLiteral("same number, likely another hospital's (issuer PDIGH here, CLINIC-A on "
                           "the medium)"));
        // An issuer that names this hospital, where the local record has none.
        outside.issuer = QStringLiteral("PDI General Hospital");
        local.issuer.clear();
        m = CandidateScorer::score(outside, local, FromClinic);
        QCOMPARE(m.matches.constFirst(),
                 QStringLiteral("same Patient ID, issued by this hospital (PDI General Hospital)"));

        // An equal number alone, with another name and birth date, is another patient.
        outside = {QStringLiteral("10001"), QString(), QStringLiteral("=鈴木^一郎"),
                   QStringLiteral("19491212"), QStringLiteral("M")};
        local = {QStringLiteral("10001"), QString(), QStringLiteral("=中村^陽子"),
                 QStringLiteral("19900101"), QStringLiteral("F")};
        m = CandidateScorer::score(outside, local, FromClinic);
        QCOMPARE(m.verdict, Verdict::Unlikely);
        QVERIFY(m.score < 5);
    }

    void theVerdictRule_data() {
        QTest::addColumn<QString>("outsideName");
        QTest::addColumn<QString>("outsideBirth");
        QTest::addColumn<QString>("localName");
        QTest::addColumn<QString>("localBirth");
        QTest::addColumn<int>("verdict");
        const QString born = QStringLiteral("19820304");
        QTest::newRow("whole name and birth date")
            << QStringLiteral("=渡辺^明") << born << QStringLiteral("=渡邊^明") << born
            << int(Verdict::Likely);
        QTest::newRow("whole name, no birth date")
            << QStringLiteral("=渡辺^明") << QString() << QStringLiteral("=渡邊^明") << born
            << int(Verdict::Possible);
        QTest::newRow("homophone and birth date")
            << QStringLiteral("=渡辺^晃=わたなべ^あきら") << born
            << QStringLiteral("=渡邊^明=わたなべ^あきら") << born << int(Verdict::Possible);
        QTest::newRow("homophone, no birth date")
            << QStringLiteral("=渡辺^晃=わたなべ^あきら") << QString()
            << QStringLiteral("=渡邊^明=わたなべ^あきら") << born << int(Verdict::Unlikely);
        QTest::newRow("twin") << QStringLiteral("=佐藤^優斗") << born
                              << QStringLiteral("=佐藤^悠真") << born << int(Verdict::Possible);
        QTest::newRow("same name, other birth date")
            << QStringLiteral("=田中^一郎") << born << QStringLiteral("=田中^一郎")
            << QStringLiteral("19600101") << int(Verdict::Unlikely);
        QTest::newRow("birth date only")
            << QStringLiteral("=田中^一郎") << born << QStringLiteral("=中村^陽子") << born
            << int(Verdict::Unlikely);
    }

    void theVerdictRule() {
        QFETCH(QString, outsideName);
        QFETCH(QString, outsideBirth);
        QFETCH(QString, localName);
        QFETCH(QString, localBirth);
        QFETCH(int, verdict);
        const CandidateMatch m = CandidateScorer::score(
            {QStringLiteral("C1"), QString(), outsideName, outsideBirth, QStringLiteral("M")},
            {QStringLiteral("L1"), QString(), localName, localBirth, QStringLiteral("M")},
            FromClinic);
        QCOMPARE(int(m.verdict), verdict);
        // The score band follows the verdict.
        const int low = verdict == int(Verdict::Likely)     ? 70
                        : verdict == int(Verdict::Possible) ? 40
                                                            : 0;
        QVERIFY2(m.score >= low && m.score < low + 31, qPrintable(QString::number(m.score)));
    }

    void perfectMatch() {
        const PatientDemographics p{QStringLiteral("9"), QStringLiteral("X"),
                                    QStringLiteral("A^B=亜^美"), QStringLiteral("20000101"),
                                    QStringLiteral("F")};
        const CandidateMatch m = CandidateScorer::score(p, p);
        QCOMPARE(m.score, 100);
        QCOMPARE(m.verdict, Verdict::Likely);
        QVERIFY(m.differences.isEmpty());
        QCOMPARE(CandidateMatch::verdictName(m.verdict), QStringLiteral("likely"));
    }
};

QTEST_GUILESS_MAIN(TestScorer)
#include "tst_scorer.moc"
