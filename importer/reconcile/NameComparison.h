#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pdi {

// How two names compare, with sentences a person reads ("name matches (kanji via variant
// 髙→高)", "same reading, other kanji: 明 here, 晃 on the medium"). Forms are compared script by
// script whatever group they are in: kanji with kanji (variants folded through KanjiVariants),
// kana with kana (width and hiragana/katakana folded), romaji with romaji (RomajiSpelling::key),
// and kana with romaji through RomajiSpelling::fromKana. Kanji against kana cannot be compared
// without a dictionary of readings and is not tried.
struct NameMatch {
    enum class Level {
        Unknown,               // a name is missing, or the two share no script to compare in
        None,                  // comparable, and nothing agrees: another person's name
        GivenOnly,             // the given name agrees, the family name differs
        SameReadingOtherKanji, // a part reads the same but is written with other kanji
        FamilyOnly,            // the family name agrees, the given name differs or is missing
        Full,                  // family and given name agree in at least one script each
    };
    Level level = Level::Unknown;
    int points = 0; // 0..35, orders candidates: kanji 35, variant 33, kana 30, romaji 28 ...
    QStringList matches;
    QStringList differences;
};

class NameComparison {
    Q_DECLARE_TR_FUNCTIONS(pdi::NameComparison)

public:
    // Both are DICOM Person Name values with their '=' groups.
    static NameMatch compare(const QString& outside, const QString& local);
};

} // namespace pdi
