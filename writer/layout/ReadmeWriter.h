#pragma once

#include "MediumDescription.h"

#include <QByteArray>

namespace pdi {

// README.TXT in the root of a written medium (IHE PDI asks for one): who issued the medium and how
// to reach them, whose images these are, what is on it and what is unusual about it, and that it
// starts no program. Japanese first, then English, whatever language the operator works in: the
// file is read by whoever receives the disc.
class ReadmeWriter {
public:
    static constexpr int kLineColumns = 78;

    // UTF-8 with a byte order mark (Windows Notepad guesses Shift_JIS without one) and CRLF line
    // endings; lines are wrapped at kLineColumns display columns, a kanji or kana counting two.
    static QByteArray render(const MediumDescription& medium);

    // Display columns of text in a fixed-width font: East Asian wide characters count two.
    static int displayColumns(const QString& text);
};

} // namespace pdi
