#include "JsonOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace pdi::cli {

bool writeJson(const QJsonObject& object, const QString& target, Console& console) {
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (target == QLatin1String("-")) {
        console.out << QString::fromUtf8(json);
        console.out.flush();
        return true;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        console.err << QCoreApplication::translate("pdi::cli", "cannot write %1: %2")
                           .arg(target, file.errorString())
                    << '\n';
        return false;
    }
    return true;
}

} // namespace pdi::cli
