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

namespace {

SettingDefinition make(const char* key, SettingType type, const QJsonValue& defaultValue,
                       double minimum, double maximum, const char* description) {
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = type;
    d.defaultValue = defaultValue;
    d.minimum = minimum;
    d.maximum = maximum;
    d.description = description;
    return d;
}

} // namespace

SettingDefinition SettingDefinition::text(const char* key, int maxLength, const char* description,
                                          int minLength, const QJsonValue& defaultValue) {
    return make(key, SettingType::Text, defaultValue, minLength, maxLength, description);
}

SettingDefinition SettingDefinition::integer(const char* key, int defaultValue, int minimum,
                                             int maximum, const char* description) {
    return make(key, SettingType::Integer, defaultValue, minimum, maximum, description);
}

SettingDefinition SettingDefinition::number(const char* key, double defaultValue, double minimum,
                                            double maximum, const char* description) {
    return make(key, SettingType::Number, defaultValue, minimum, maximum, description);
}

SettingDefinition SettingDefinition::boolean(const char* key, bool defaultValue,
                                             const char* description) {
    return make(key, SettingType::Boolean, defaultValue, 0, 0, description);
}

SettingDefinition SettingDefinition::choice(const char* key, const QString& defaultValue,
                                            const QStringList& choices, const char* description) {
    SettingDefinition d = make(key, SettingType::Choice, defaultValue, 0, 0, description);
    d.choices = choices;
    return d;
}

SettingDefinition SettingDefinition::file(const char* key, const char* description) {
    // A path names a file on this station's disk.
    return make(key, SettingType::FilePath, QString(), 0, 0, description).forEachStation();
}

SettingDefinition SettingDefinition::list(const char* key, const QStringList& defaultValue,
                                          int maxLength, const char* description) {
    return make(key, SettingType::TextList, QJsonArray::fromStringList(defaultValue), 1, maxLength,
                description);
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

SettingDefinition SettingDefinition::forEachStation() const {
    SettingDefinition d = *this;
    d.perStation = true;
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
