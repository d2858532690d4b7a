#pragma once

#include <QString>

namespace pdi {

// Brings a name to a form in which spellings of the same name compare equal: full-width and
// half-width forms unified (NFKC), katakana folded to hiragana, spaces, '^' and '=' removed,
// letter case folded. "ﾔﾏﾀﾞ^ﾀﾛｳ", "ヤマダ タロウ" and "やまだ^たろう" all become "やまだたろう".
class NameNormalizer {
public:
    static QString normalize(const QString& name);
};

} // namespace pdi
