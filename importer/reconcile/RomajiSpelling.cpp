#include "RomajiSpelling.h"

#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace pdi {

namespace {

bool isVowel(QChar c) {
    return QStringLiteral("aeiou").contains(c);
}

// Hepburn (and Nihon-shiki) consonants to Kunrei-shiki: shi -> si, cha -> tya, tsu -> tu,
// fu -> hu, ja -> zya, di -> zi; "tch"/"cch" (matcha, maccha) -> "tty"; m -> n before b, m, p.
QString kunrei(const QString& s) {
    QString out;
    out.reserve(s.size());
    const int n = s.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
        const QChar after = i + 2 < n ? s.at(i + 2) : QChar();
        if ((c == QLatin1Char('t') || c == QLatin1Char('c')) && next == QLatin1Char('c') &&
            after == QLatin1Char('h')) {
            out += QLatin1Char('t'); // the doubled consonant of a following "ch"
        } else if ((c == QLatin1Char('s') || c == QLatin1Char('c')) && next == QLatin1Char('h')) {
            out += c == QLatin1Char('s') ? QLatin1Char('s') : QLatin1Char('t');
            if (after != QLatin1Char('i'))
                out += QLatin1Char('y');
            ++i;
        } else if (c == QLatin1Char('t') && next == QLatin1Char('s') && after == QLatin1Char('u')) {
            out += QLatin1Char('t');
            ++i;
        } else if (c == QLatin1Char('f')) {
            out += QLatin1Char('h');
        } else if (c == QLatin1Char('j')) {
            out += QLatin1Char('z'); // ja, ju, jo, jya -> zya, zyu, zyo; ji -> zi
            if (next == QLatin1Char('y'))
                ++i;
            if (next == QLatin1Char('y') || (isVowel(next) && next != QLatin1Char('i')))
                out += QLatin1Char('y');
        } else if (c == QLatin1Char('d') &&
                   (next == QLatin1Char('z') || next == QLatin1Char('j'))) {
            out += QLatin1Char('z'); // ICU's dzu, dji for づ, ぢ
            ++i;
        } else if (c == QLatin1Char('d') &&
                   (next == QLatin1Char('i') || next == QLatin1Char('u'))) {
            out += QLatin1Char('z'); // ぢ, づ in Nihon-shiki
        } else if (c == QLatin1Char('m') && (next == QLatin1Char('b') || next == QLatin1Char('p') ||
                                             next == QLatin1Char('m'))) {
            out += QLatin1Char('n');
        } else {
            out += c;
        }
    }
    return out;
}

// Long vowels written or not: ou, oo, oh (before a consonant or at the end), uu, aa, ee -> one
// vowel; nn -> n. "ii" stays: Iida and Ida are different names.
QString withoutLongVowels(const QString& s) {
    QString out;
    out.reserve(s.size());
    const int n = s.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
        out += c;
        if (c == QLatin1Char('o') &&
            (next == QLatin1Char('u') || next == QLatin1Char('o') ||
             (next == QLatin1Char('h') &&
              (i + 2 >= n || (!isVowel(s.at(i + 2)) && s.at(i + 2) != QLatin1Char('y')))))) {
            ++i;
        } else if ((c == QLatin1Char('u') || c == QLatin1Char('a') || c == QLatin1Char('e') ||
                    c == QLatin1Char('n')) &&
                   next == c) {
            ++i;
        }
    }
    return out;
}

// Only the letters, lower case, marks removed (Ō -> o, Ｓ -> s).
QString letters(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar c : decomposed) {
        const QChar l = c.toLower();
        if (l >= QLatin1Char('a') && l <= QLatin1Char('z'))
            out += l;
    }
    return out;
}

// Kunrei-shiki back to Hepburn, as a PACS most often stores names: si -> shi, tya -> cha, tu ->
// tsu, hu -> fu, zi -> ji, zya -> ja.
QString hepburn(const QString& k) {
    QString out;
    const int n = k.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = k.at(i);
        const QChar next = i + 1 < n ? k.at(i + 1) : QChar();
        const QChar after = i + 2 < n ? k.at(i + 2) : QChar();
        if ((c == QLatin1Char('s') || c == QLatin1Char('t') || c == QLatin1Char('z')) &&
            (next == QLatin1Char('i') || (next == QLatin1Char('y') && isVowel(after)))) {
            out += c == QLatin1Char('s')   ? QStringLiteral("sh")
                   : c == QLatin1Char('t') ? QStringLiteral("ch")
                                           : QStringLiteral("j");
            if (next == QLatin1Char('y'))
                ++i;
        } else if (c == QLatin1Char('t') && next == QLatin1Char('u')) {
            out += QStringLiteral("ts");
        } else if (c == QLatin1Char('h') && next == QLatin1Char('u')) {
            out += QLatin1Char('f');
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString RomajiSpelling::fromKana(const QString& kana) {
    // One transliterator per thread: ICU's are not safe to share while transliterating.
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Katakana-Hiragana; Hiragana-Latin; Latin-ASCII"),
            UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    bool hasKana = false;
    for (QChar c : kana) {
        const char16_t u = c.unicode();
        if ((u >= 0x3041 && u <= 0x30FF) || (u >= 0xFF66 && u <= 0xFF9F))
            hasKana = true;
    }
    if (!hasKana || !transliterator)
        return QString();
    const QString wide = kana.normalized(QString::NormalizationForm_KC); // ｶﾀｶﾅ -> カタカナ
    icu::UnicodeString text(reinterpret_cast<const UChar*>(wide.utf16()), int32_t(wide.size()));
    transliterator->transliterate(text);
    QString out = QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
    return out.toLower();
}

QString RomajiSpelling::key(const QString& romaji) {
    return withoutLongVowels(kunrei(letters(romaji)));
}

QStringList RomajiSpelling::spellings(const QString& romaji) {
    const QString l = letters(romaji);
    if (l.isEmpty())
        return {};
    // The long vowels as written, dropped, with H, doubled; and the Kunrei form of each.
    static const QRegularExpression longO(QStringLiteral("o(?:u|o|h(?=[^aeiouy]|$))"));
    static const QRegularExpression longU(QStringLiteral("uu"));
    QString dropped = l;
    dropped.replace(longO, QStringLiteral("o")).replace(longU, QStringLiteral("u"));
    QStringList candidates{l, dropped};
    if (dropped != l) {
        for (const char* form : {"oh", "ou", "oo"}) {
            QString written = l;
            candidates << written.replace(longO, QString::fromLatin1(form));
        }
    }
    const QString folded = withoutLongVowels(kunrei(l));
    candidates << folded << hepburn(folded);
    QStringList out;
    for (const QString& c : std::as_const(candidates)) {
        const QString upper = c.toUpper();
        bool covered = false;
        for (const QString& o : std::as_const(out))
            covered = covered || upper.startsWith(o);
        if (covered)
            continue;
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](const QString& o) { return o.startsWith(upper); }),
                  out.end());
        out << upper;
    }
    return out;
}

bool RomajiSpelling::isRomaji(const QString& text) {
    bool letter = false;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetter()) {
            if (c.script() != QChar::Script_Latin)
                return false;
            letter = true;
        } else if (c.category() != QChar::Mark_NonSpacing && !c.isSpace() &&
                   !QStringLiteral("^-'.,").contains(c)) {
            return false;
        }
    }
    return letter;
}

} // namespace pdi
