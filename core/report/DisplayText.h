#pragma once

#include <QString>

namespace pdi {

// DICOM values shown to people: dates as YYYY-MM-DD, sex as words.
class DisplayText {
public:
    static QString date(const QString& dicomDate);
    static QString sex(const QString& dicomSex);
    // Text from a medium (a file name, a description) made safe for a terminal or a one-line
    // label: control characters (new lines, escape sequences) and the ones that reorder text are
    // shown as \xHH or \uHHHH instead of acting.
    static QString printable(const QString& text);
};

} // namespace pdi
