#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pdi {

// The one font family labels and the check report's PDF are set in, and the fix-up their PDFs
// need: Noto Sans CJK JP has Latin, kana and kanji, so a name that mixes them never falls back to
// a font the PDF would then also have to carry.
class LabelFont {
    Q_DECLARE_TR_FUNCTIONS(pdi::LabelFont)

public:
    static QString family();

    // family() when it can be used; empty, with a sentence in error, when it is missing or there
    // is no QGuiApplication (fonts come from the platform's font database).
    static QString available(QString* error = nullptr);

    // Qt 6.4 names some kanji and kana in a PDF's text by look-alike characters (Kangxi
    // radicals): puts the characters that were drawn in their place, so that searching and
    // copying work. For any PDF Qt wrote with this font.
    static void correctPdfText(QByteArray& pdf);
};

} // namespace pdi
