#pragma once

#include <QString>
#include <QStringList>

namespace pdi {

// What sources are asked with to find the local patients an outside name may be (recall;
// CandidateScorer judges what comes back): the family name in each script it is written in,
// in the spellings a source may hold. A PACS matches a name literally, so 高橋 on the medium is
// also asked as 髙橋, a kana name as katakana, hiragana and half-width katakana, and a romaji
// name in its spelling variants (ONO, OHNO, OONO); a medium without an alphabetic group is asked
// by the romanised kana.
struct PatientSearchKeys {
    QStringList kanji;  // family name spellings with variant kanji (at most MaxVariants)
    QStringList kana;   // full-width katakana, hiragana, half-width katakana
    QStringList romaji; // upper case, spelling variants

    static constexpr int MaxVariants = 4;

    static PatientSearchKeys of(const QString& dicomName);
    bool isEmpty() const { return kanji.isEmpty() && kana.isEmpty() && romaji.isEmpty(); }

    // Patient's Name values for C-FIND: "*高橋*" and "*タカハシ*" match any group, "TAKAHASHI*"
    // the alphabetic one. Spellings the node's character set cannot write (髙 in JIS X 0208,
    // half-width katakana without ISO 2022 IR 13) are left out.
    QStringList findValues(const QString& characterSet) const;
    // The same for the local archive's name index (NameNormalizer forms, matched at the start of
    // a group).
    QStringList archivePrefixes() const;
};

} // namespace pdi
