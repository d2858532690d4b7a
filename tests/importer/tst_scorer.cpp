// Ordering candidate local patients for a person to choose from: the reasons and differences
// they will read, across romaji, kanji, kana, half-width katakana and spacing.
#include "reconcile/CandidateScorer.h"
#include "reconcile/NameNormalizer.h"

#include <QtTest>

using namespace pdi;

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
        const CandidateMatch m = CandidateScorer::score(outside, local);
        QCOMPARE(m.score, 60); // birth date 25 + sex 5 + name 30; the IDs differ
        QVERIFY(m.matches.contains(QStringLiteral("same birth date")));
        QVERIFY2(m.matches.join(QLatin1Char('|'))
                     .contains(QLatin1String("name matches (alphabetic, ideographic, phonetic)")),
                 qPrintable(m.matches.join(QLatin1Char('|'))));
        QVERIFY(m.differences.join(QLatin1Char('|'))
                    .contains(QLatin1String("Patient ID L55 here, 123 on the medium")));
    }

    void differencesAreSpelledOut() {
        const PatientDemographics outside{QStringLiteral("123"), QString(),
                                          QStringLiteral("YAMADA^TARO"), QStringLiteral("19700101"),
                                          QStringLiteral("M")};
        const PatientDemographics local{QStringLiteral("123"), QString(),
                                        QStringLiteral("YAMADA^JIRO"), QStringLiteral("19700110"),
                                        QStringLiteral("M")};
        const CandidateMatch m = CandidateScorer::score(outside, local);
        QVERIFY(m.matches.contains(QStringLiteral("same Patient ID")));
        QVERIFY(m.matches.join(QLatin1Char('|')).contains(QLatin1String("family name matches")));
        QVERIFY(m.differences.contains(
            QStringLiteral("birth date 19700110 here, 19700101 on the medium")));
        QVERIFY(m.differences.contains(QStringLiteral("given name differs")));
        QCOMPARE(m.score, 40 + 5 + 10);
    }

    void sameNumberFromAnotherIssuerIsSuspicious() {
        const PatientDemographics outside{QStringLiteral("123"), QStringLiteral("CLINIC-A"),
                                          QStringLiteral("A^B"), QString(), QString()};
        const PatientDemographics local{QStringLiteral("123"), QStringLiteral("PDIGH"),
                                        QStringLiteral("C^D"), QString(), QString()};
        const CandidateMatch m = CandidateScorer::score(outside, local);
        QCOMPARE(m.score, 15);
        QVERIFY(m.differences.join(QLatin1Char('|'))
                    .contains(QLatin1String("issuer PDIGH here, CLINIC-A on the medium")));
    }

    void perfectMatch() {
        const PatientDemographics p{QStringLiteral("9"), QStringLiteral("X"),
                                    QStringLiteral("A^B=亜^美"), QStringLiteral("20000101"),
                                    QStringLiteral("F")};
        const CandidateMatch m = CandidateScorer::score(p, p);
        QCOMPARE(m.score, 100);
        QVERIFY(m.differences.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScorer)
#include "tst_scorer.moc"
