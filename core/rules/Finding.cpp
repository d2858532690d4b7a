#include "Finding.h"

namespace pdi {

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QJsonObject Finding::toJson() const {
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("message"), message}};
}

} // namespace pdi
