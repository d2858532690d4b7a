#pragma once

#include <QDateTime>
#include <QString>

namespace pdi::cli {

// A point in time typed after an option such as --since.
class DateArgument {
public:
    // "2024-01-05" (local midnight) or an ISO 8601 date and time, in UTC; invalid when neither.
    static QDateTime since(const QString& text);
};

} // namespace pdi::cli
