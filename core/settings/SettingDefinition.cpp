#include "SettingDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pdi {

QString SettingDefinition::typeName() const {
    switch (type) {
    case SettingType::Text:
        return QStringLiteral("text");
    case SettingType::Integer:
        return QStringLiteral("integer");
    case SettingType::Number:
        return QStringLiteral("number");
    case SettingType::Boolean:
        return QStringLiteral("boolean");
    case SettingType::TextList:
        return QStringLiteral("list");
    case SettingType::Choice:
        return QStringLiteral("choice");
    case SettingType::FilePath:
        return QStringLiteral("file");
    }
    return QString();
}

QString SettingDefinition::describe() const {
    return QCoreApplication::translate("pdi::Settings", description);
}

SettingDefinition SettingDefinition::text(const char* key, int maxLength, const char* description,
                                          int minLength, const QJsonValue& defaultValue) {
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::Text;
    d.defaultValue = defaultValue;
    d.minimum = minLength;
    d.maximum = maxLength;
    d.description = description;
    return d;
}

SettingDefinition SettingDefinition::integer(const char* key, int defaultValue, int minimum,
                                             int maximum, const char* description) {
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::Integer;
    d.defaultValue = defaultValue;
    d.minimum = minimum;
    d.maximum = maximum;
    d.description = description;
    return d;
}

SettingDefinition SettingDefinition::number(const char* key, double defaultValue, double minimum,
                                            double maximum, const char* description) {
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::Number;
    d.defaultValue = defaultValue;
    d.minimum = minimum;
    d.maximum = maximum;
    d.description = description;
    return d;
}

SettingDefinition SettingDefinition::boolean(const char* key, bool defaultValue,
                                             const char* description) {
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::Boolean;
    d.defaultValue = defaultValue;
    d.description = description;
    return d;
}

SettingDefinition SettingDefinition::choice(const char* key, const QString& defaultValue,
                                            const QStringList& choices, const char* description) {
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::Choice;
    d.defaultValue = defaultValue;
    d.choices = choices;
    d.description = description;
    return d;
}

SettingDefinition SettingDefinition::file(const char* key, const char* description) {
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::FilePath;
    d.defaultValue = QString();
    d.description = description;
    return d;
}

SettingDefinition SettingDefinition::list(const char* key, const QStringList& defaultValue,
                                          int maxLength, const char* description) {
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::TextList;
    d.defaultValue = QJsonArray::fromStringList(defaultValue);
    d.minimum = 1;
    d.maximum = maxLength;
    d.description = description;
    return d;
}

SettingDefinition SettingDefinition::checkedBy(Check extra) const {
    SettingDefinition d = *this;
    d.check = extra;
    return d;
}

SettingDefinition SettingDefinition::combinedBy(Combination rule) const {
    SettingDefinition d = *this;
    d.combination = rule;
    return d;
}

const SettingDefinition& settingIn(const QVector<SettingDefinition>& definitions, const char* key) {
    const QLatin1String wanted(key);
    for (const SettingDefinition& d : definitions) {
        if (d.key == wanted)
            return d;
    }
    qFatal("no setting definition for %s", key);
}

} // namespace pdi
