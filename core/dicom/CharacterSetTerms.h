#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pdi {

// The defined terms of Specific Character Set (0008,0005) (PS3.3 C.12.1.1.2) and the code
// elements and escape sequences they stand for (PS3.5 6.1.2.5). Used by SpecificCharacterSet;
// the numbering of code elements is private to the two.
namespace charset {

enum CodeElement {
    Ascii = 0,   // ISO-IR 6
    JisRoman,    // ISO-IR 14, JIS X 0201 Romaji
    JisKatakana, // ISO-IR 13, JIS X 0201 Katakana (G1)
    JisX0208,    // ISO-IR 87 (G0, two bytes)
    JisX0212,    // ISO-IR 159 (G0, two bytes)
    KsX1001,     // ISO-IR 149 (G1, two bytes)
    Gb2312,      // ISO-IR 58 (G1, two bytes)
    Latin,       // any ISO 8859 part or TIS 620 in G1; codec carried separately
    None
};

struct TermInfo {
    const char* term;  // as written without code extensions ("ISO_IR nnn")
    const char* codec; // iconv codec of the single-byte form or of its G1 set
    int g0;            // element the term designates to G0
    int g1;            // element the term designates to G1
    bool singleByte;   // also valid without code extensions ("ISO_IR nnn")
};

struct EscapeInfo {
    const char* sequence; // after ESC
    int reg;              // 0 = G0, 1 = G1
    int element;
    const char* codec; // iconv codec for Latin G1 sets
};

const EscapeInfo* escapesBegin();
const EscapeInfo* escapesEnd();

// A known term, written with or without the "ISO 2022" prefix; nullptr when unknown.
const TermInfo* findTerm(const QString& term);

// The value of (0008,0005) as the decoder reads it. Misspellings, terms run together
// ("ISO 2022 IR 13ISO 2022 IR 87", as Orthanc 1.10 writes) and terms without the ISO 2022
// prefix next to ones with it are repaired the way the writer evidently meant them; the
// terms as written are kept in invalid so that a check can say so.
struct ParsedTerms {
    QStringList terms;   // valid defined terms; value 1 may be empty
    QStringList invalid; // terms as written that are not valid, repaired or not
    QStringList unknown; // terms that could not be repaired and are ignored
};
ParsedTerms parseTerms(const QString& value);

} // namespace charset
} // namespace pdi
