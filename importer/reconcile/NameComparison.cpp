#include "NameComparison.h"

#include "IdentityContradiction.h"
#include "KanjiVariants.h"
#include "NameForms.h"
#include "RomajiSpelling.h"
#include "dicom/PersonName.h"

namespace pdi {

namespace {

// Points of a part that agrees, by how it agrees: the same kanji is the strongest evidence, a
// reading alone less (homophones), a romaji spelling variant or a kana/romaji reading least.
enum Strength { Kanji = 35, KanjiVariant = 33, Kana = 30, Romaji = 28, ReadingVariant = 25 };

struct PartResult {
    enum Status { Unknown, Match, SameReading, Differs } status = Unknown;
    int points = 0;
    QString how;            // for a match: "kanji via variant 髙→高"
    QString local, outside; // for a difference: the forms that differ
    bool readingDiffers = false;
    QString localReading, outsideReading;
};

QString firstReading(const ScriptForms& f) {
    return f.kana.isEmpty() ? f.romaji.value(0) : f.kana.first();
}

ScriptForms merged(ScriptForms a, const ScriptForms& b) {
    for (const QString& s : b.kanji)
        a.add(s);
    for (const QString& s : b.kana)
        a.add(s);
    for (const QString& s : b.romaji)
        a.add(s);
    return a;
}

// "髙→高, 邊→辺": the characters that differ between two spellings equal once folded.
QString variantPairs(const QString& outside, const QString& local) {
    const QList<uint> o = outside.toUcs4();
    const QList<uint> l = local.toUcs4();
    QStringList pairs;
    for (int i = 0; i < o.size() && i < l.size(); ++i) {
        if (o.at(i) != l.at(i)) {
            const char32_t a = o.at(i);
            const char32_t b = l.at(i);
            pairs << QString::fromUcs4(&a, 1) + QStringLiteral("→") + QString::fromUcs4(&b, 1);
        }
    }
    pairs.removeDuplicates();
    return pairs.join(QLatin1String(", "));
}

void compareKanji(const ScriptForms& o, const ScriptForms& l, PartResult& r) {
    for (const QString& a : o.kanji) {
        for (const QString& b : l.kanji) {
            if (a == b && r.points < Kanji) {
                r.points = Kanji;
                r.how = NameComparison::tr("kanji");
            } else if (r.points < KanjiVariant &&
                       KanjiVariants::fold(a) == KanjiVariants::fold(b)) {
                r.points = KanjiVariant;
                r.how = NameComparison::tr("kanji via variant %1").arg(variantPairs(a, b));
            }
        }
    }
}

// The reading: kana with kana, romaji with romaji, and one with the other.
void compareReading(const ScriptForms& o, const ScriptForms& l, int& points, QString& how) {
    auto better = [&](int p, const QString& h) {
        if (p > points) {
            points = p;
            how = h;
        }
    };
    for (const QString& a : o.kana) {
        for (const QString& b : l.kana) {
            if (a == b)
                better(Kana, NameComparison::tr("kana"));
            else if (RomajiSpelling::key(RomajiSpelling::fromKana(a)) ==
                     RomajiSpelling::key(RomajiSpelling::fromKana(b)))
                better(ReadingVariant,
                       NameComparison::tr("kana spelling %1→%2").arg(a, b)); // さとー→さとう
        }
        for (const QString& b : l.romaji) {
            if (RomajiSpelling::key(RomajiSpelling::fromKana(a)) == RomajiSpelling::key(b))
                better(ReadingVariant, NameComparison::tr("kana read as romaji %1→%2").arg(a, b));
        }
    }
    for (const QString& a : o.romaji) {
        for (const QString& b : l.romaji) {
            if (a.compare(b, Qt::CaseInsensitive) == 0)
                better(Romaji, NameComparison::tr("romaji"));
            else if (RomajiSpelling::key(a) == RomajiSpelling::key(b))
                better(ReadingVariant, NameComparison::tr("romaji spelling %1→%2").arg(a, b));
        }
        for (const QString& b : l.kana) {
            if (RomajiSpelling::key(a) == RomajiSpelling::key(RomajiSpelling::fromKana(b)))
                better(ReadingVariant, NameComparison::tr("romaji read as kana %1→%2").arg(a, b));
        }
    }
}

PartResult comparePart(const ScriptForms& o, const ScriptForms& l) {
    PartResult r;
    compareKanji(o, l, r);
    int readingPoints = 0;
    QString readingHow;
    compareReading(o, l, readingPoints, readingHow);
    const bool kanjiBoth = !o.kanji.isEmpty() && !l.kanji.isEmpty();
    const bool readingBoth =
        !(o.kana.isEmpty() && o.romaji.isEmpty()) && !(l.kana.isEmpty() && l.romaji.isEmpty());
    if (r.points > 0) {
        r.status = PartResult::Match;
        if (readingBoth && readingPoints == 0) {
            r.readingDiffers = true;
            r.localReading = firstReading(l);
            r.outsideReading = firstReading(o);
        }
        return r;
    }
    if (kanjiBoth) {
        r.status = readingPoints > 0 ? PartResult::SameReading : PartResult::Differs;
        r.local = l.kanji.first();
        r.outside = o.kanji.first();
        return r;
    }
    if (readingPoints > 0) {
        r.status = PartResult::Match;
        r.points = readingPoints;
        r.how = readingHow;
    } else if (readingBoth) {
        r.status = PartResult::Differs;
        r.local = firstReading(l);
        r.outside = firstReading(o);
    }
    return r;
}

QString here(const QString& local, const QString& outside) {
    return NameComparison::tr("%1 here, %2 on the medium").arg(local, outside);
}

} // namespace

NameMatch NameComparison::compare(const QString& outsideName, const QString& localName) {
    NameMatch m;
    NameForms o = NameForms::of(outsideName);
    NameForms l = NameForms::of(localName);
    if (o.isEmpty() || l.isEmpty())
        return m;
    const NameForms os = o.splitLike(l);
    const NameForms ls = l.splitLike(o);
    PartResult f = comparePart(os.family, ls.family);
    PartResult g = comparePart(os.given, ls.given);
    bool wholeName = false;
    if (f.status == PartResult::Unknown && g.status == PartResult::Unknown) {
        // Written as one piece on one side: the whole against family + given.
        f = comparePart(merged(os.whole, os.family.joined(os.given)),
                        merged(ls.whole, ls.family.joined(ls.given)));
        g = PartResult();
        g.status = f.status == PartResult::Match ? PartResult::Match : PartResult::Unknown;
        g.points = 100;
        wholeName = true;
    }
    const QString outsideText = PersonName::fromDicom(outsideName).display();
    const QString localText = PersonName::fromDicom(localName).display();
    auto readingNote = [&](const PartResult& p) {
        if (p.readingDiffers)
            m.differences << tr("reading differs: %1").arg(here(p.localReading, p.outsideReading));
    };

    if (f.status == PartResult::Match && g.status == PartResult::Match) {
        m.level = NameMatch::Level::Full;
        m.points = qMin(f.points, g.points) - (f.readingDiffers || g.readingDiffers ? 5 : 0);
        QStringList hows{f.how};
        if (!wholeName && g.how != f.how)
            hows << g.how;
        // "kanji via variant 髙→高" says the rest is the same kanji.
        if (hows.size() == 2 && qMax(f.points, g.points) == Kanji &&
            qMin(f.points, g.points) == KanjiVariant)
            hows = QStringList{f.points == KanjiVariant ? f.how : g.how};
        m.matches << tr("name matches (%1)").arg(hows.join(QLatin1String(", ")));
        readingNote(f);
        readingNote(g);
        return m;
    }
    const bool fAgrees = f.status == PartResult::Match || f.status == PartResult::SameReading;
    const bool gAgrees = g.status == PartResult::Match || g.status == PartResult::SameReading;
    if (fAgrees || gAgrees) {
        const bool sameReading =
            f.status == PartResult::SameReading || g.status == PartResult::SameReading;
        m.level = sameReading                     ? NameMatch::Level::SameReadingOtherKanji
                  : f.status == PartResult::Match ? NameMatch::Level::FamilyOnly
                                                  : NameMatch::Level::GivenOnly;
        m.points = (f.status == PartResult::Match         ? 12
                    : f.status == PartResult::SameReading ? 6
                                                          : 0) +
                   (g.status == PartResult::Match         ? 8
                    : g.status == PartResult::SameReading ? 6
                                                          : 0);
        if (f.status == PartResult::Match) {
            m.matches << tr("family name matches (%1)").arg(f.how);
            readingNote(f);
        }
        if (g.status == PartResult::Match) {
            m.matches << tr("given name matches (%1)").arg(g.how);
            readingNote(g);
        }
        for (const PartResult* p : {&f, &g}) {
            const bool family = p == &f;
            if (p->status == PartResult::SameReading)
                m.differences
                    << tr("same reading, other kanji: %1").arg(here(p->local, p->outside));
            else if (p->status == PartResult::Differs)
                m.differences << (family ? tr("family name differs: %1")
                                         : tr("given name differs: %1"))
                                     .arg(here(p->local, p->outside));
        }
        return m;
    }
    if (f.status == PartResult::Differs || g.status == PartResult::Differs) {
        m.level = NameMatch::Level::None;
        m.differences << IdentityDifference{IdentityDifference::Kind::Name, localText, outsideText}
                             .sentence();
        return m;
    }
    m.differences << tr("the names are written in different scripts and cannot be compared: %1")
                         .arg(here(localText, outsideText));
    return m;
}

} // namespace pdi
