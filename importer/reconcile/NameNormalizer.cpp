#include "NameNormalizer.h"

namespace pdi {

QString NameNormalizer::normalize(const QString& name) {
    const QString nfkc = name.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == u'^' || u == u'=' || u == u'・' || u == u'\u3000')
            continue;
        if (u >= 0x30A1 && u <= 0x30F6) {
            out += QChar(char16_t(u - 0x60)); // katakana -> hiragana
            continue;
        }
        out += c;
    }
    return out.toCaseFolded();
}

} // namespace pdi
