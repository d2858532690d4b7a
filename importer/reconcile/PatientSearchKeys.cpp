#include "PatientSearchKeys.h"

#include "KanjiVariants.h"
#include "NameForms.h"
#include "NameNormalizer.h"
#include "RomajiSpelling.h"
#include "dicom/SpecificCharacterSet.h"

namespace pdi {

namespace {

bool hasWildcard(const QString& s) {
    return s.contains(QLatin1Char('*')) || s.contains(QLatin1Char('?')) ||
           s.contains(QLatin1Char('\\'));
}

void addUnique(QStringList& list, const QString& value) {
    if (!value.isEmpty() && !hasWildcard(value) && !list.contains(value))
        list << value;
}

// The spellings of a kanji name with each character in its variant forms, the name as written
// first; at most max of them.
QStringList variantSpellings(const QString& name, int max) {
    QStringList out{QString()};
    for (uint c : name.toUcs4()) {
        QStringList next;
        for (const QString& prefix : std::as_const(out)) {
            for (char32_t v : KanjiVariants::variantsOf(c)) {
                if (next.size() < max)
                    next << prefix + QString::fromUcs4(&v, 1);
            }
        }
        out = next;
    }
    return out;
}

QString katakana(const QString& hiragana) {
    QString out = hiragana;
    for (QChar& c : out) {
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(char16_t(c.unicode() + 0x60));
    }
    return out;
}

// Full-width katakana to half-width (ISO 2022 IR 13 / JIS X 0201), voiced marks split off.
QString halfWidth(const QString& kata) {
    static const QString full = QStringLiteral(
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘ"
        "ホマミムメモヤユヨラリルレロワン");
    QString out;
    for (QChar c : kata.normalized(QString::NormalizationForm_D)) {
        const int i = full.indexOf(c);
        if (i >= 0)
            out += QChar(char16_t(0xFF61 + i));
        else if (c.unicode() == 0x3099)
            out += QChar(0xFF9E); // ﾞ
        else if (c.unicode() == 0x309A)
            out += QChar(0xFF9F); // ﾟ
        else
            return QString(); // not writable in half-width
    }
    return out;
}

} // namespace

PatientSearchKeys PatientSearchKeys::of(const QString& dicomName) {
    const NameForms forms = NameForms::of(dicomName);
    PatientSearchKeys keys;
    // Written as one piece: the first two characters are the family name often enough to ask.
    QStringList kanji = forms.family.kanji;
    QStringList kana = forms.family.kana;
    for (const QString& w : forms.whole.kanji)
        kanji << w.left(2);
    for (const QString& w : forms.whole.kana)
        kana << w.left(2);
    for (const QString& k : std::as_const(kanji)) {
        for (const QString& s : variantSpellings(k, MaxVariants))
            addUnique(keys.kanji, s);
    }
    for (const QString& k : std::as_const(kana)) {
        addUnique(keys.kana, katakana(k));
        addUnique(keys.kana, k);
        addUnique(keys.kana, halfWidth(katakana(k)));
    }
    QStringList romaji = forms.family.romaji;
    if (romaji.isEmpty()) {
        for (const QString& k : std::as_const(forms.family.kana))
            romaji << RomajiSpelling::fromKana(k);
    }
    for (const QString& r : std::as_const(romaji)) {
        for (const QString& s : RomajiSpelling::spellings(r))
            addUnique(keys.romaji, s);
    }
    return keys;
}

QStringList PatientSearchKeys::findValues(const QString& characterSet) const {
    const SpecificCharacterSet cs(characterSet);
    QStringList out;
    auto add = [&](const QString& value) {
        QString unencodable;
        bool approximated = false;
        cs.encode(value, &unencodable, &approximated);
        if (unencodable.isEmpty() && !approximated && !out.contains(value))
            out << value;
    };
    for (const QString& k : kanji)
        add(QLatin1Char('*') + k + QLatin1Char('*'));
    for (const QString& k : kana)
        add(QLatin1Char('*') + k + QLatin1Char('*'));
    for (const QString& r : romaji)
        add(r + QLatin1Char('*'));
    return out;
}

QStringList PatientSearchKeys::archivePrefixes() const {
    QStringList out;
    for (const QStringList* list : {&kanji, &kana, &romaji}) {
        for (const QString& k : *list)
            addUnique(out, NameNormalizer::normalize(k));
    }
    return out;
}

} // namespace pdi
