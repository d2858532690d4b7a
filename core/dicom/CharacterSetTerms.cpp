#include "CharacterSetTerms.h"

#include <QRegularExpression>

namespace pdi::charset {

namespace {

// PS3.3 C.12.1.1.2, tables C.12-2 to C.12-5, by the number after "IR" (or the name).
struct KnownTerm {
    const char* number; // "100", or the whole term for the stand-alone sets
    TermInfo info;
    bool codeExtensions; // valid with the "ISO 2022 IR" prefix
    bool standAlone;     // cannot be combined with other terms (UTF-8, GB18030, GBK)
};

const KnownTerm kKnown[] = {
    {"6", {"ISO_IR 6", nullptr, Ascii, None, true}, true, false},
    {"100", {"ISO_IR 100", "ISO-8859-1", Ascii, Latin, true}, true, false},
    {"101", {"ISO_IR 101", "ISO-8859-2", Ascii, Latin, true}, true, false},
    {"109", {"ISO_IR 109", "ISO-8859-3", Ascii, Latin, true}, true, false},
    {"110", {"ISO_IR 110", "ISO-8859-4", Ascii, Latin, true}, true, false},
    {"144", {"ISO_IR 144", "ISO-8859-5", Ascii, Latin, true}, true, false},
    {"127", {"ISO_IR 127", "ISO-8859-6", Ascii, Latin, true}, true, false},
    {"126", {"ISO_IR 126", "ISO-8859-7", Ascii, Latin, true}, true, false},
    {"138", {"ISO_IR 138", "ISO-8859-8", Ascii, Latin, true}, true, false},
    {"148", {"ISO_IR 148", "ISO-8859-9", Ascii, Latin, true}, true, false},
    {"203", {"ISO_IR 203", "ISO-8859-15", Ascii, Latin, true}, true, false},
    {"166", {"ISO_IR 166", "TIS-620", Ascii, Latin, true}, true, false},
    {"13", {"ISO_IR 13", nullptr, JisRoman, JisKatakana, true}, true, false},
    {"87", {"ISO_IR 87", nullptr, JisX0208, None, false}, true, false},
    {"159", {"ISO_IR 159", nullptr, JisX0212, None, false}, true, false},
    {"149", {"ISO_IR 149", nullptr, Ascii, KsX1001, false}, true, false},
    {"58", {"ISO_IR 58", nullptr, Ascii, Gb2312, false}, true, false},
    {"192", {"ISO_IR 192", "UTF-8", Ascii, None, true}, false, true},
    {"GB18030", {"GB18030", "GB18030", Ascii, None, true}, false, true},
    {"GBK", {"GBK", "GBK", Ascii, None, true}, false, true},
};

const EscapeInfo kEscapes[] = {
    {"(B", 0, Ascii, nullptr},       {"(J", 0, JisRoman, nullptr},
    {")I", 1, JisKatakana, nullptr}, {"$B", 0, JisX0208, nullptr},
    {"$(D", 0, JisX0212, nullptr},   {"$)C", 1, KsX1001, nullptr},
    {"$)A", 1, Gb2312, nullptr},     {"-A", 1, Latin, "ISO-8859-1"},
    {"-B", 1, Latin, "ISO-8859-2"},  {"-C", 1, Latin, "ISO-8859-3"},
    {"-D", 1, Latin, "ISO-8859-4"},  {"-L", 1, Latin, "ISO-8859-5"},
    {"-G", 1, Latin, "ISO-8859-6"},  {"-F", 1, Latin, "ISO-8859-7"},
    {"-H", 1, Latin, "ISO-8859-8"},  {"-M", 1, Latin, "ISO-8859-9"},
    {"-b", 1, Latin, "ISO-8859-15"}, {"-T", 1, Latin, "TIS-620"},
};

const QLatin1String kSinglePrefix("ISO_IR ");
const QLatin1String kExtensionPrefix("ISO 2022 IR ");

const KnownTerm* byNumber(QStringView number) {
    for (const KnownTerm& k : kKnown) {
        if (number == QLatin1String(k.number))
            return &k;
    }
    return nullptr;
}

// The known term exactly as a valid value spells it.
const KnownTerm* byValidSpelling(const QString& term) {
    if (term.startsWith(kSinglePrefix)) {
        const KnownTerm* k = byNumber(QStringView(term).mid(kSinglePrefix.size()));
        return k && k->info.singleByte && k->number[0] != 'G' ? k : nullptr;
    }
    if (term.startsWith(kExtensionPrefix)) {
        const KnownTerm* k = byNumber(QStringView(term).mid(kExtensionPrefix.size()));
        return k && k->codeExtensions ? k : nullptr;
    }
    const KnownTerm* k = byNumber(term);
    return k && k->standAlone && k->number[0] == 'G' ? k : nullptr;
}

QString spelling(const KnownTerm& k, bool codeExtensions) {
    if (k.standAlone)
        return QLatin1String(k.info.term);
    if (codeExtensions || !k.info.singleByte)
        return kExtensionPrefix + QLatin1String(k.number);
    return kSinglePrefix + QLatin1String(k.number);
}

// What a misspelt term most likely means; several terms when they were run together.
QStringList repair(const QString& written) {
    const QString upper = written.toUpper();
    const QString compact = QString(upper).remove(QRegularExpression(QStringLiteral("[\\s_-]")));
    if (compact == QLatin1String("UTF8"))
        return {QStringLiteral("ISO_IR 192")};
    if (compact == QLatin1String("GB18030") || compact == QLatin1String("GBK"))
        return {compact};
    static const QRegularExpression term(
        QStringLiteral("ISO[\\s_-]*(2022[\\s_-]*)?IR[\\s_-]*(\\d+)"));
    QStringList out;
    qsizetype covered = 0;
    auto it = term.globalMatch(upper);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!upper.mid(covered, m.capturedStart() - covered).trimmed().isEmpty())
            return {};
        covered = m.capturedEnd();
        const KnownTerm* k = byNumber(m.captured(2));
        if (!k)
            return {};
        out << spelling(*k, m.capturedLength(1) > 0);
    }
    if (!upper.mid(covered).trimmed().isEmpty())
        return {};
    return out;
}

} // namespace

const EscapeInfo* escapesBegin() {
    return std::begin(kEscapes);
}

const EscapeInfo* escapesEnd() {
    return std::end(kEscapes);
}

const TermInfo* findTerm(const QString& term) {
    const KnownTerm* k = byValidSpelling(term);
    return k ? &k->info : nullptr;
}

ParsedTerms parseTerms(const QString& value) {
    ParsedTerms out;
    QStringList written = value.split(QLatin1Char('\\'));
    for (QString& t : written)
        t = t.trimmed();
    while (written.size() > 1 && written.constLast().isEmpty())
        written.removeLast();

    QStringList terms;
    for (int i = 0; i < written.size(); ++i) {
        const QString& t = written.at(i);
        if (t.isEmpty() || byValidSpelling(t)) {
            if (i == 0 || !t.isEmpty())
                terms << t;
            continue;
        }
        out.invalid << t;
        const QStringList repaired = repair(t);
        if (repaired.isEmpty()) {
            out.unknown << t;
            if (i == 0)
                terms << QString(); // the default repertoire stands in for an unknown value 1
            continue;
        }
        terms << repaired;
    }

    // UTF-8 and the GB sets stand alone; combined with others, value 1 decides.
    for (int i = 0; i < terms.size(); ++i) {
        const KnownTerm* k = byValidSpelling(terms.at(i));
        if (k && k->standAlone && terms.size() > 1) {
            if (i == 0) {
                for (int j = 1; j < terms.size(); ++j)
                    out.invalid << terms.at(j);
                out.terms = {terms.first()};
                return out;
            }
            out.invalid << terms.at(i);
            terms.removeAt(i--);
        }
    }

    // Several values, or one with the ISO 2022 prefix, mean code extensions; every term must
    // then carry the prefix ("ISO_IR 13\ISO 2022 IR 87" means ISO 2022 IR 13 in value 1).
    bool extensions = terms.size() > 1;
    for (const QString& t : std::as_const(terms))
        extensions = extensions || t.startsWith(kExtensionPrefix);
    if (extensions) {
        for (QString& t : terms) {
            if (!t.startsWith(kSinglePrefix))
                continue;
            if (written.contains(t) && !out.invalid.contains(t))
                out.invalid << t; // as written; a repaired term is listed already
            t = spelling(*byValidSpelling(t), true);
        }
    }
    out.terms = terms;
    return out;
}

} // namespace pdi::charset
