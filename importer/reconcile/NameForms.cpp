#include "NameForms.h"

#include "KanjiVariants.h"
#include "NameNormalizer.h"
#include "RomajiSpelling.h"
#include "dicom/PersonName.h"

#include <QRegularExpression>

namespace pdi {

namespace {

bool isKana(const QString& text) {
    bool kana = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3041 && u <= 0x309F) || (u >= 0x30A0 && u <= 0x30FF))
            kana = true;
        else if (!c.isSpace())
            return false;
    }
    return kana;
}

bool hasKanji(const QString& text) {
    for (uint c : text.toUcs4()) {
        if (KanjiVariants::isKanji(c))
            return true;
    }
    return false;
}

void addUnique(QStringList& list, const QString& value) {
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

// Whether text begins with prefix, variant kanji folded; the rest after it.
bool startsWithFolded(const QString& text, const QString& prefix, QString* rest) {
    const QList<uint> t = text.toUcs4();
    const QList<uint> p = prefix.toUcs4();
    if (p.isEmpty() || p.size() >= t.size())
        return false;
    for (int i = 0; i < p.size(); ++i) {
        if (KanjiVariants::representative(t.at(i)) != KanjiVariants::representative(p.at(i)))
            return false;
    }
    *rest = QString::fromUcs4(reinterpret_cast<const char32_t*>(t.constData()) + p.size(),
                              t.size() - p.size());
    return true;
}

} // namespace

void ScriptForms::add(const QString& raw) {
    QString text = raw.normalized(QString::NormalizationForm_KC).trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x30FB)); // ・ between the parts of a name
    if (text.isEmpty())
        return;
    if (hasKanji(text))
        addUnique(kanji, text);
    else if (isKana(text))
        addUnique(kana, NameNormalizer::normalize(text));
    else if (RomajiSpelling::isRomaji(text))
        addUnique(romaji, text);
    else
        addUnique(kanji, text); // another script: compared as written
}

ScriptForms ScriptForms::joined(const ScriptForms& next) const {
    ScriptForms out;
    auto join = [](const QStringList& a, const QStringList& b, QStringList& into) {
        for (const QString& x : a) {
            for (const QString& y : b)
                addUnique(into, x + y);
        }
    };
    join(kanji, next.kanji, out.kanji);
    join(kana, next.kana, out.kana);
    join(romaji, next.romaji, out.romaji);
    return out;
}

NameForms NameForms::of(const QString& dicomName) {
    const PersonName pn = PersonName::fromDicom(dicomName);
    NameForms forms;
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    for (const QString& group : {pn.alphabetic, pn.ideographic, pn.phonetic}) {
        const QStringList parts = group.split(QLatin1Char('^'));
        QString family = parts.value(0).trimmed();
        QString given = parts.value(1).trimmed();
        if (parts.size() == 1 || (given.isEmpty() && family.contains(spaces))) {
            // No '^': a space separates family and given name, if anything does.
            const QStringList words =
                family.normalized(QString::NormalizationForm_KC).split(spaces, Qt::SkipEmptyParts);
            if (words.size() >= 2) {
                family = words.first();
                given = words.mid(1).join(QString());
            } else {
                forms.whole.add(family);
                continue;
            }
        }
        forms.family.add(family);
        forms.given.add(given);
    }
    return forms;
}

NameForms NameForms::splitLike(const NameForms& other) const {
    NameForms out = *this;
    out.whole = ScriptForms();
    auto split = [&](const QStringList& wholes, const QStringList& families, bool folded,
                     QStringList ScriptForms::*list) {
        for (const QString& w : wholes) {
            bool done = false;
            for (const QString& f : families) {
                QString rest;
                if (folded ? startsWithFolded(w, f, &rest)
                           : (w.size() > f.size() && w.startsWith(f, Qt::CaseInsensitive) &&
                              !(rest = w.mid(f.size())).isEmpty())) {
                    addUnique(out.family.*list, w.left(w.size() - rest.size()));
                    addUnique(out.given.*list, rest);
                    done = true;
                    break;
                }
            }
            if (!done)
                addUnique(out.whole.*list, w);
        }
    };
    split(whole.kanji, other.family.kanji, true, &ScriptForms::kanji);
    split(whole.kana, other.family.kana, false, &ScriptForms::kana);
    split(whole.romaji, other.family.romaji, false, &ScriptForms::romaji);
    return out;
}

} // namespace pdi
