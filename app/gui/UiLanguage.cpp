#include "UiLanguage.h"

#include "i18n/Translations.h"

#include <QApplication>
#include <QFont>

namespace pdi {

void UiLanguage::apply(const QString& language) {
    preferJapaneseGlyphs();
    Translations::install(*QCoreApplication::instance(), language);
}

void UiLanguage::preferJapaneseGlyphs() {
    const QString japanese = QStringLiteral("Noto Sans CJK JP");
    QFont font = QApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    if (families.contains(japanese))
        return;
    families << japanese;
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace pdi
