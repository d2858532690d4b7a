#pragma once

#include <QString>
#include <QStringList>

namespace pdi {

// Romaji for comparing and searching Japanese names written in Latin letters.
//
// A reading is romanised in several ways: Hepburn and Kunrei (FUJITA / HUZITA, SHOHEI /
// SYOHEI), with the long vowel written, doubled, marked with H or dropped (大野: OONO, OHNO,
// ONO; 佐藤: SATOU, SATOH, SATO). key() folds these into one form; fromKana() lets a name
// written only in kana meet one written only in romaji.
class RomajiSpelling {
public:
    // Kana (hiragana, katakana, half-width katakana) as lower-case Hepburn, through ICU's
    // Hiragana-Latin transliterator (which knows the contracted sounds, っ, ん before a vowel
    // and the iteration marks); other characters are left out. Empty when the text has no kana.
    static QString fromKana(const QString& kana);
    // A key in which spellings of one reading compare equal (Kunrei-shiki consonants, long
    // vowels and m/n before b, m, p folded); letters only, lower case.
    static QString key(const QString& romaji);
    // The spellings a source may have stored for a romanised name, upper case, without one
    // that another covers as a prefix (SATO covers SATOU and SATOH): what to ask a PACS with.
    static QStringList spellings(const QString& romaji);
    // Whether text is written in Latin letters (with spaces, '^', apostrophes, hyphens).
    static bool isRomaji(const QString& text);
};

} // namespace pdi
