#include "LabelFont.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QRawFont>
#include <QVector>

namespace pdi {

namespace {

// Qt 6.4 writes a font's ToUnicode map by asking, for each code point from 0 up, which glyph
// draws it, and keeps the first code point per glyph. Noto Sans CJK draws several characters
// with the glyph of a kana or kanji: the Kangxi radicals (U+2F00..) share the ideographs' glyphs,
// U+2027 shares the katakana middle dot's. So 山田 would come out of a search or a copy as ⼭⽥
// (U+2F2D U+2F65). The label only writes Japanese and ASCII, so where a glyph also belongs to a
// character of U+3000..U+9FFF (kana, CJK punctuation, ideographs) in both weights, that character
// is what was drawn.
class PreferredCodes {
public:
    PreferredCodes() {
        QFont regular(LabelFont::family());
        regular.setPixelSize(64);
        QFont bold = regular;
        bold.setBold(true);
        regular_ = QRawFont::fromFont(regular);
        bold_ = QRawFont::fromFont(bold);
        QString block;
        for (char16_t c = kFirst; c <= kLast; ++c)
            block += QChar(c);
        const QList<quint32> glyphs = regular_.glyphIndexesForString(block);
        for (int i = 0; i < glyphs.size(); ++i) {
            if (glyphs.at(i) != 0 && !byGlyph_.contains(glyphs.at(i)))
                byGlyph_.insert(glyphs.at(i), char16_t(kFirst + i));
        }
    }

    // The character to name in place of code, or code itself.
    char16_t preferred(char16_t code) const {
        if (code < 0x80 || (code >= kFirst && code <= kLast) || QChar::isSurrogate(code))
            return code;
        const QString original(QChar{code});
        const QList<quint32> glyph = regular_.glyphIndexesForString(original);
        if (glyph.size() != 1 || glyph.first() == 0)
            return code;
        const char16_t candidate = byGlyph_.value(glyph.first(), code);
        if (candidate == code || bold_.glyphIndexesForString(original) !=
                                     bold_.glyphIndexesForString(QString(QChar{candidate})))
            return code;
        return candidate;
    }

private:
    static constexpr char16_t kFirst = 0x3000;
    static constexpr char16_t kLast = 0x9FFF;
    QRawFont regular_;
    QRawFont bold_;
    QHash<quint32, char16_t> byGlyph_;
};

// Qt leaves the ToUnicode maps uncompressed and writes each code as four hex digits: putting the
// preferred character in place keeps every byte offset of the file. Only the destination codes
// change, never the glyph ids.
struct HexToken {
    qsizetype offset; // of the first digit
    QByteArray digits;
};

// The <hex> tokens between two offsets.
QVector<HexToken> hexTokens(const QByteArray& pdf, qsizetype from, qsizetype to) {
    QVector<HexToken> tokens;
    qsizetype open = from;
    while ((open = pdf.indexOf('<', open)) >= 0 && open < to) {
        const qsizetype close = pdf.indexOf('>', open);
        if (close < 0 || close > to)
            break;
        tokens.append({open + 1, pdf.mid(open + 1, close - open - 1)});
        open = close + 1;
    }
    return tokens;
}

void preferIdeographs(QByteArray& pdf) {
    const PreferredCodes codes;
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            return;
        int sourceCodes = 0; // per line: 1 in a bfchar section, 2 in a bfrange section
        qsizetype lineStart = from;
        while (lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart).trimmed();
            if (line.endsWith("beginbfchar")) {
                sourceCodes = 1;
            } else if (line.endsWith("beginbfrange")) {
                sourceCodes = 2;
            } else if (line == "endbfchar" || line == "endbfrange") {
                sourceCodes = 0;
            } else if (sourceCodes > 0) {
                const QVector<HexToken> tokens = hexTokens(pdf, lineStart, lineEnd);
                // "<first> <last> <code>" maps a run of consecutive codes: rewriting <code>
                // would move the whole run, so such lines stay as Qt wrote them.
                const bool run = sourceCodes == 2 && !line.contains('[') && tokens.size() == 3 &&
                                 tokens.at(0).digits != tokens.at(1).digits;
                for (int i = sourceCodes; !run && i < tokens.size(); ++i) {
                    if (tokens.at(i).digits.size() != 4)
                        continue;
                    bool ok = false;
                    const char16_t code = char16_t(tokens.at(i).digits.toUInt(&ok, 16));
                    const char16_t better = ok ? codes.preferred(code) : code;
                    if (better != code) {
                        pdf.replace(
                            tokens.at(i).offset, 4,
                            QByteArray::number(uint(better), 16).toUpper().rightJustified(4, '0'));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        from = end;
    }
}

} // namespace

QString LabelFont::family() {
    return QStringLiteral("Noto Sans CJK JP");
}

QString LabelFont::available(QString* error) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = tr("Labels need a QGuiApplication for their fonts (the command line starts "
                        "one with the offscreen platform).");
        return QString();
    }
    const QString family = LabelFont::family();
    if (!QFontDatabase::families().contains(family)) {
        if (error)
            *error = tr("The Japanese font \"%1\" is not installed, so names in kanji and kana "
                        "cannot be printed. Install the package fonts-noto-cjk.")
                         .arg(family);
        return QString();
    }
    return family;
}

void LabelFont::correctPdfText(QByteArray& pdf) {
    preferIdeographs(pdf);
}

} // namespace pdi
