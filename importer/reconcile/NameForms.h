#pragma once

#include <QString>
#include <QStringList>

namespace pdi {

// One part of a name (family, given, or a name written without telling them apart) in each
// script it is written in, whichever Person Name group it came from: Japanese systems put
// half-width katakana in the alphabetic group, kana in the ideographic one, or only kana.
struct ScriptForms {
    QStringList kanji; // with at least one ideograph (山田, 山だ); NFKC
    QStringList kana; // only kana, folded to full-width hiragana (ﾔﾏﾀﾞ, ヤマダ -> やまだ)
    QStringList romaji; // Latin letters, NFKC, as written (YAMADA, Ōno)

    bool isEmpty() const { return kanji.isEmpty() && kana.isEmpty() && romaji.isEmpty(); }
    void add(const QString& text);
    // Each form of this followed by the same script's form of next (family + given).
    ScriptForms joined(const ScriptForms& next) const;
};

// A DICOM Person Name taken apart for comparison: family and given name in each script, and
// what was written without a separator ("山田太郎", "やまだ たろう" is split at the space).
struct NameForms {
    ScriptForms family;
    ScriptForms given;
    ScriptForms whole; // written as one piece: split only against another name's family name

    static NameForms of(const QString& dicomName);
    bool isEmpty() const { return family.isEmpty() && given.isEmpty() && whole.isEmpty(); }
    // The whole forms split where they begin with one of other's family names (same script,
    // variant kanji folded); what cannot be split stays whole.
    NameForms splitLike(const NameForms& other) const;
};

} // namespace pdi
