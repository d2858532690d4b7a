#include "DisplayText.h"

#include <QCoreApplication>

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

} // namespace pdi
