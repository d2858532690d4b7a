#pragma once

#include <QString>

namespace pdi {

// Switches the screens to a language ("ja", "en", or "" for the system's) while the application
// runs: every widget receives a LanguageChange event and retranslates itself.
class UiLanguage {
public:
    static void apply(const QString& language);
    // Han characters are shared by Chinese and Japanese fonts; without a preference a name in
    // kanji may be drawn with Chinese glyph shapes. Noto Sans CJK JP comes right after the
    // platform's font, whatever the language of the screens.
    static void preferJapaneseGlyphs();
};

} // namespace pdi
