#pragma once

#include <QString>

namespace pdi {

// DICOM values shown to people: dates as YYYY-MM-DD, sex as words.
class DisplayText {
public:
    static QString date(const QString& dicomDate);
    static QString sex(const QString& dicomSex);
};

} // namespace pdi
