#include "Timestamp.h"

namespace pdi {

QDateTime Timestamp::now() {
    return QDateTime::currentDateTimeUtc();
}

QString Timestamp::isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString Timestamp::offsetText(int offsetSeconds) {
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int Timestamp::offsetSeconds(const QString& offsetText) {
    if (offsetText.size() != 6 || offsetText.at(3) != QLatin1Char(':'))
        return 0;
    const int sign = offsetText.at(0) == QLatin1Char('-') ? -1 : 1;
    return sign * (offsetText.mid(1, 2).toInt() * 3600 + offsetText.mid(4, 2).toInt() * 60);
}

QString Timestamp::isoWithOffset(const QDateTime& utc, int offsetSeconds) {
    const QDateTime local = utc.toOffsetFromUtc(offsetSeconds);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + offsetText(offsetSeconds);
}

QDateTime Timestamp::parseIsoUtc(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return QDateTime();
    return t.toUTC();
}

} // namespace pdi
