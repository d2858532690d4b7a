#include "SettingCatalog.h"

#include "SettingParser.h"

namespace pdi {

const SettingDefinition* SettingCatalog::find(const QString& key) const {
    for (const QVector<SettingDefinition>* section : sections_) {
        for (const SettingDefinition& d : *section) {
            if (d.key == key)
                return &d;
        }
    }
    return nullptr;
}

QVector<const SettingDefinition*> SettingCatalog::all() const {
    QVector<const SettingDefinition*> out;
    for (const QVector<SettingDefinition>* section : sections_) {
        for (const SettingDefinition& d : *section)
            out << &d;
    }
    return out;
}

Result<const SettingDefinition*> SettingCatalog::require(const QString& key) const {
    if (const SettingDefinition* d = find(key))
        return d;
    return Error::notFound(
        tr("There is no setting \"%1\"; `pdi config list` shows the settings.").arg(key));
}

Result<QJsonValue> SettingCatalog::parse(const QString& key, const QString& text,
                                         const QString& subject) const {
    Result<const SettingDefinition*> d = require(key);
    if (!d)
        return d.error();
    return SettingParser::parse(**d, text, subject);
}

} // namespace pdi
