#pragma once

#include <QDateTime>
#include <QString>

namespace pdi {

// The one way times are written into the station database and audit messages: UTC with
// milliseconds, so that text order is time order, plus the station's offset where a person
// needs the local time.
class Timestamp {
public:
    static QDateTime now();                       // UTC, millisecond precision
    static QString isoUtc(const QDateTime& time); // 2024-01-05T10:15:00.123Z
    static QString offsetText(int offsetSeconds); // +09:00
    static int offsetSeconds(const QString& offsetText);
    // Local time with its offset (xsd:dateTime, RFC 5424 TIMESTAMP): 2024-01-05T19:15:00.123+09:00
    static QString isoWithOffset(const QDateTime& utc, int offsetSeconds);
    // Parses what isoUtc() wrote; invalid QDateTime when it is not that format.
    static QDateTime parseIsoUtc(const QString& text);
};

} // namespace pdi
