#include "DisplayText.h"

#include <QCoreApplication>

#include <algorithm>

namespace pdi {

QString DisplayText::date(const QString& da) {
    if (da.size() == 8 && da.at(0).isDigit())
        return QStringLiteral("%1-%2-%3").arg(da.left(4), da.mid(4, 2), da.mid(6, 2));
    return da;
}

QString DisplayText::sex(const QString& cs) {
    if (cs == QLatin1String("M"))
        return QCoreApplication::translate("pdi::DisplayText", "male");
    if (cs == QLatin1String("F"))
        return QCoreApplication::translate("pdi::DisplayText", "female");
    if (cs == QLatin1String("O"))
        return QCoreApplication::translate("pdi::DisplayText", "other");
    return cs.isEmpty() ? QCoreApplication::translate("pdi::DisplayText", "unknown") : cs;
}

QString DisplayText::printable(const QString& text) {
    auto acts = [](char16_t c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
               (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return acts(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!acts(u))
            out += c;
        else if (u < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace pdi
