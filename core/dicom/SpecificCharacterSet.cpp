#include "SpecificCharacterSet.h"

#include "CharacterSetTerms.h"

#include <QHash>

#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <memory>

namespace pdi {

namespace {

using namespace charset;

struct Designation {
    int element = None;
    QByteArray codec; // iconv codec for Latin-type G1 sets
};

// One iconv descriptor per codec and thread: iconv_open is costly and descriptors are stateful.
class IconvCache {
public:
    ~IconvCache() {
        for (iconv_t cd : std::as_const(cache_))
            iconv_close(cd);
    }
    iconv_t get(const QByteArray& codec) {
        auto it = cache_.constFind(codec);
        if (it != cache_.constEnd())
            return *it;
        iconv_t cd = iconv_open("UTF-8", codec.constData());
        cache_.insert(codec, cd);
        return cd;
    }

private:
    QHash<QByteArray, iconv_t> cache_;
};

QString convert(const QByteArray& codec, const QByteArray& bytes) {
    if (bytes.isEmpty())
        return QString();
    thread_local IconvCache cache;
    iconv_t cd = cache.get(codec);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return QString(bytes.size(), QChar::ReplacementCharacter);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    QByteArray in = bytes;
    QByteArray out;
    out.resize(in.size() * 4 + 16);
    char* inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char* outPtr = out.data();
    size_t outLeft = size_t(out.size());
    QString result;
    while (inLeft > 0) {
        size_t rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
        if (rc != size_t(-1))
            break;
        if (errno == E2BIG)
            break; // cannot happen with 4x room; stop rather than loop
        // Invalid or incomplete sequence: emit a replacement and skip one byte.
        result += QString::fromUtf8(out.constData(), int(outPtr - out.data()));
        result += QChar::ReplacementCharacter;
        outPtr = out.data();
        outLeft = size_t(out.size());
        ++inPtr;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    result += QString::fromUtf8(out.constData(), int(outPtr - out.data()));
    return result;
}

// One character in another encoding through iconv; empty when it has no representation there.
QByteArray encodeChar(const char* codec, const QString& character) {
    thread_local QHash<QByteArray, iconv_t> cache;
    auto it = cache.find(codec);
    if (it == cache.end())
        it = cache.insert(codec, iconv_open(codec, "UTF-8"));
    iconv_t cd = *it;
    if (cd == reinterpret_cast<iconv_t>(-1))
        return QByteArray();
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    QByteArray in = character.toUtf8();
    char out[16];
    char* inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char* outPtr = out;
    size_t outLeft = sizeof out;
    if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == size_t(-1) || inLeft != 0)
        return QByteArray();
    // Flush a stateful encoder's shift state, though none of the codecs used here has one.
    iconv(cd, nullptr, nullptr, &outPtr, &outLeft);
    return QByteArray(out, int(outPtr - out));
}

bool isAscii(const QByteArray& bytes) {
    for (char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(const QByteArray& bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder.decode(bytes);
    return !decoder.hasError();
}

bool isDelimiter(uchar c, bool personName) {
    return c == '\\' || c == '\r' || c == '\n' || c == '\t' || c == '\f' ||
           (personName && (c == '^' || c == '='));
}

} // namespace

QByteArray SpecificCharacterSet::encode(const QString& text, QString* unencodable,
                                        bool* approximated) const {
    if (unencodable)
        unencodable->clear();
    if (approximated)
        *approximated = false;
    auto reject = [unencodable](QChar c) {
        if (unencodable && !unencodable->contains(c))
            *unencodable += c;
        return QByteArray("?");
    };

    if (!codeExtensions_) {
        if (singleByteCodec_ == "UTF-8")
            return text.toUtf8();
        QByteArray out;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.unicode() < 0x80) {
                out += char(c.unicode());
                continue;
            }
            QString character(c);
            if (c.isHighSurrogate() && i + 1 < text.size())
                character += text.at(++i);
            const QByteArray bytes =
                singleByteCodec_.isEmpty() ? QByteArray() : encodeChar(singleByteCodec_, character);
            out += bytes.isEmpty() ? reject(c) : bytes;
        }
        return out;
    }

    // Which sets the terms make reachable.
    bool ir13 = initialG1_ == JisKatakana;
    bool ir87 = initialG0_ == JisX0208;
    bool ir159 = initialG0_ == JisX0212;
    bool ir149 = initialG1_ == KsX1001;
    bool ir58 = initialG1_ == Gb2312;
    QVector<const EscapeInfo*> latin;
    for (const QString& term : terms_) {
        const TermInfo* info = findTerm(term);
        if (!info)
            continue;
        ir13 = ir13 || info->g1 == JisKatakana;
        ir87 = ir87 || info->g0 == JisX0208;
        ir159 = ir159 || info->g0 == JisX0212;
        ir149 = ir149 || info->g1 == KsX1001;
        ir58 = ir58 || info->g1 == Gb2312;
        if (info->g1 == Latin) {
            for (const EscapeInfo* e = escapesBegin(); e != escapesEnd(); ++e) {
                if (e->codec && qstrcmp(e->codec, info->codec) == 0)
                    latin << e;
            }
        }
    }

    // Without IR 13 half-width katakana are written in their full-width form (JIS X 0208).
    QString input;
    for (int i = 0; i < text.size();) {
        const char16_t u = text.at(i).unicode();
        if (!ir13 && u >= 0xFF61 && u <= 0xFF9F) {
            int j = i;
            while (j < text.size() && text.at(j).unicode() >= 0xFF61 &&
                   text.at(j).unicode() <= 0xFF9F)
                ++j;
            input += text.mid(i, j - i).normalized(QString::NormalizationForm_KC);
            if (approximated)
                *approximated = true;
            i = j;
        } else {
            input += text.at(i);
            ++i;
        }
    }

    const char* initialG0Escape = initialG0_ == JisRoman ? "\x1b(J" : "\x1b(B";
    int g0 = initialG0_;
    int g1 = initialG1_;
    QByteArray g1Codec = singleByteCodec_;
    QByteArray out;
    auto toInitialG0 = [&]() {
        if (g0 != initialG0_ && (initialG0_ == Ascii || initialG0_ == JisRoman)) {
            out += initialG0Escape;
            g0 = initialG0_;
        }
    };
    for (int i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            toInitialG0();
            out += char(u);
            if (isDelimiter(uchar(u), true)) {
                // The reader resets G1 here too: designate again when it is needed.
                g1 = initialG1_;
                g1Codec = singleByteCodec_;
            }
            continue;
        }
        QString character(c);
        if (c.isHighSurrogate() && i + 1 < input.size())
            character += input.at(++i);
        if (ir13 && u >= 0xFF61 && u <= 0xFF9F) {
            if (g1 != JisKatakana) {
                out += "\x1b)I";
                g1 = JisKatakana;
            }
            out += char(0xA1 + (u - 0xFF61));
            continue;
        }
        const QByteArray euc = (ir87 || ir159) ? encodeChar("EUC-JP", character) : QByteArray();
        if (ir87 && euc.size() == 2 && uchar(euc.at(0)) >= 0xA1) {
            if (g0 != JisX0208) {
                out += "\x1b$B";
                g0 = JisX0208;
            }
            out += char(euc.at(0) & 0x7F);
            out += char(euc.at(1) & 0x7F);
            continue;
        }
        if (ir159 && euc.size() == 3 && uchar(euc.at(0)) == 0x8F) {
            if (g0 != JisX0212) {
                out += "\x1b$(D";
                g0 = JisX0212;
            }
            out += char(euc.at(1) & 0x7F);
            out += char(euc.at(2) & 0x7F);
            continue;
        }
        bool done = false;
        for (const EscapeInfo* e : std::as_const(latin)) {
            const QByteArray b = encodeChar(e->codec, character);
            if (b.size() == 1 && uchar(b.at(0)) >= 0xA0) {
                if (g1 != Latin || g1Codec != e->codec) {
                    out += '\x1b';
                    out += e->sequence;
                    g1 = Latin;
                    g1Codec = e->codec;
                }
                out += b;
                done = true;
                break;
            }
        }
        if (done)
            continue;
        const struct {
            bool enabled;
            int element;
            const char* codec;
            const char* escape;
        } wide[] = {{ir149, KsX1001, "EUC-KR", "\x1b$)C"}, {ir58, Gb2312, "GB2312", "\x1b$)A"}};
        for (const auto& w : wide) {
            if (!w.enabled)
                continue;
            const QByteArray b = encodeChar(w.codec, character);
            if (b.size() == 2 && uchar(b.at(0)) >= 0xA1) {
                if (g1 != w.element) {
                    out += w.escape;
                    g1 = w.element;
                }
                out += b;
                done = true;
                break;
            }
        }
        if (!done)
            out += reject(c);
    }
    toInitialG0();
    return out;
}

SpecificCharacterSet::SpecificCharacterSet(const QString& definedTerms) {
    const ParsedTerms parsed = parseTerms(definedTerms);
    terms_ = parsed.terms;
    invalid_ = parsed.invalid;
    unknown_ = parsed.unknown;

    for (const QString& t : std::as_const(terms_)) {
        if (t.startsWith(QLatin1String("ISO 2022")))
            codeExtensions_ = true;
    }
    const QString first = terms_.value(0);
    const TermInfo* info = findTerm(first);
    if (!codeExtensions_) {
        if (info && info->g0 == JisRoman) {
            // JIS X 0201 as a single-byte set: Romaji below 0x80, half-width katakana above.
            codeExtensions_ = true;
            initialG0_ = JisRoman;
            initialG1_ = JisKatakana;
        } else if (info) {
            singleByteCodec_ = info->codec; // empty for ISO_IR 6: the default repertoire
        }
        return;
    }

    // PS3.5 6.1.2.5.3: every value starts in the G0 set of value 1, which is ASCII for all
    // terms but ISO 2022 IR 13 (JIS X 0201 Romaji); the multi-byte sets of IR 87 and IR 159
    // are reached only through their escape sequences, even when written as value 1. A G1 set
    // of value 1 is designated from the start.
    initialG0_ = info && info->g0 == JisRoman ? JisRoman : Ascii;
    initialG1_ = info ? info->g1 : None;
    if (initialG1_ == Latin)
        singleByteCodec_ = info->codec; // the initial G1 codec for Latin sets
}

bool SpecificCharacterSet::leavesUndeclared(const QByteArray& raw) const {
    if (codeExtensions_)
        return false;
    for (char c : raw) {
        if (c == '\x1b' || (singleByteCodec_.isEmpty() && uchar(c) >= 0x80))
            return true;
    }
    return false;
}

QString SpecificCharacterSet::decode(const QByteArray& raw, bool personName) const {
    if (codeExtensions_)
        return decodeCodeExtensions(raw, personName, initialG0_, initialG1_, singleByteCodec_);
    if (raw.contains('\x1b')) {
        // Escape sequences the terms do not announce: read them anyway (best effort). Japanese
        // escapes come with half-width katakana in G1 far more often than with anything else.
        const bool japanese =
            raw.contains("\x1b$B") || raw.contains("\x1b(J") || raw.contains("\x1b)I");
        const bool latin = !singleByteCodec_.isEmpty() && singleByteCodec_ != "UTF-8" &&
                           !singleByteCodec_.startsWith("GB");
        return decodeCodeExtensions(raw, personName, Ascii,
                                    japanese ? JisKatakana
                                    : latin  ? Latin
                                             : None,
                                    singleByteCodec_);
    }
    if (singleByteCodec_.isEmpty()) {
        // Default repertoire. Real media often carry undeclared UTF-8 or Latin-1; decode what
        // is there rather than inventing replacement characters.
        if (isAscii(raw))
            return QString::fromLatin1(raw);
        return isValidUtf8(raw) ? QString::fromUtf8(raw) : QString::fromLatin1(raw);
    }
    if (singleByteCodec_ == "UTF-8")
        return QString::fromUtf8(raw);
    return convert(singleByteCodec_, raw);
}

QString SpecificCharacterSet::decodeCodeExtensions(const QByteArray& raw, bool personName,
                                                   int initialG0, int initialG1,
                                                   const QByteArray& initialG1Codec) {
    Designation g0{initialG0, {}};
    Designation g1{initialG1, initialG1 == Latin ? initialG1Codec : QByteArray()};
    const Designation startG0 = g0;
    const Designation startG1 = g1;

    QString out;
    QByteArray pending;      // bytes waiting for conversion with pendingCodec
    QByteArray pendingCodec; // iconv codec of the pending bytes
    auto flush = [&]() {
        if (!pending.isEmpty())
            out += convert(pendingCodec, pending);
        pending.clear();
        pendingCodec.clear();
    };
    auto push = [&](const QByteArray& codec, const QByteArray& bytes) {
        if (codec != pendingCodec)
            flush();
        pendingCodec = codec;
        pending += bytes;
    };

    const int n = raw.size();
    const auto* b = reinterpret_cast<const uchar*>(raw.constData());
    int i = 0;
    while (i < n) {
        const uchar c = b[i];
        if (c == 0x1B) {
            flush();
            bool matched = false;
            for (const EscapeInfo* e = escapesBegin(); e != escapesEnd(); ++e) {
                const int len = int(qstrlen(e->sequence));
                if (i + 1 + len <= n && memcmp(b + i + 1, e->sequence, size_t(len)) == 0) {
                    Designation& reg = e->reg == 0 ? g0 : g1;
                    reg.element = e->element;
                    reg.codec = e->codec ? QByteArray(e->codec) : QByteArray();
                    i += 1 + len;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                out += QChar::ReplacementCharacter;
                ++i;
            }
            continue;
        }

        if (c < 0x80) {
            const bool twoByte = g0.element == JisX0208 || g0.element == JisX0212;
            if (!twoByte || c < 0x21 || c == 0x7F) {
                if (isDelimiter(c, personName)) {
                    g0 = startG0;
                    g1 = startG1;
                }
                flush();
                out += QLatin1Char(char(c));
                ++i;
                continue;
            }
            if (i + 1 >= n) {
                flush();
                out += QChar::ReplacementCharacter;
                ++i;
                continue;
            }
            // JIS X 0208 / 0212 in GL map onto EUC-JP by setting the high bit.
            QByteArray euc;
            if (g0.element == JisX0212)
                euc.append(char(0x8F));
            euc.append(char(c | 0x80));
            euc.append(char(b[i + 1] | 0x80));
            push("EUC-JP", euc);
            i += 2;
            continue;
        }

        switch (g1.element) {
        case JisKatakana:
            flush();
            if (c >= 0xA1 && c <= 0xDF)
                out += QChar(0xFF61 + (c - 0xA1));
            else
                out += QChar::ReplacementCharacter;
            ++i;
            break;
        case KsX1001:
        case Gb2312:
            if (i + 1 < n && b[i + 1] >= 0x80) {
                push(g1.element == KsX1001 ? "EUC-KR" : "GB2312", raw.mid(i, 2));
                i += 2;
            } else {
                flush();
                out += QChar::ReplacementCharacter;
                ++i;
            }
            break;
        case Latin:
            push(g1.codec, raw.mid(i, 1));
            ++i;
            break;
        default:
            flush();
            out += QChar::ReplacementCharacter;
            ++i;
            break;
        }
    }
    flush();
    return out;
}

} // namespace pdi
