#pragma once

#include "result/Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

class SettingStore;

enum class SettingType { Text, Integer, Number, Boolean, TextList, Choice, FilePath };

// One site setting: its key, type, default and limits. Each library declares the keys it reads
// as a list of these (Settings::definitions() for core, ImportSettings::definitions() for the
// importer); the application composes them into the catalogue that the CLI, the GUI and
// docs/admin.md describe (SiteSettings).
struct SettingDefinition {
    // A check beyond the type and the limits, on the trimmed text of a valid value (a host name,
    // an AE title, a PEM file); the error names what (the key or the field) and says what is
    // acceptable.
    using Check = Result<void> (*)(const QString& what, const QString& text);
    // A check of the new value against the other stored settings, made in the transaction that
    // changes it (forwarding needs a host first).
    using Combination = Result<void> (*)(const SettingStore& current, const QJsonValue& newValue);

    QString key;
    SettingType type = SettingType::Text;
    QJsonValue defaultValue;
    double minimum = 0;           // Integer, Number; the minimum length for Text, TextList items
    double maximum = 0;           // the maximum length for Text, TextList items
    QStringList choices;          // Choice
    const char* description = ""; // English source text in context "pdi::Settings"
    Check check = nullptr;
    Combination combination = nullptr;
    // Each station that shares a database has its own value (its name, AE title, port, files
    // on its disk); the site's value, where one is set, is the default for stations without.
    bool perStation = false;

    QString typeName() const; // text, integer, number, boolean, list, choice, file
    QString describe() const; // the description, translated

    static SettingDefinition text(const char* key, int maxLength, const char* description,
                                  int minLength = 0, const QJsonValue& defaultValue = QString());
    static SettingDefinition integer(const char* key, int defaultValue, int minimum, int maximum,
                                     const char* description);
    static SettingDefinition number(const char* key, double defaultValue, double minimum,
                                    double maximum, const char* description);
    static SettingDefinition boolean(const char* key, bool defaultValue, const char* description);
    static SettingDefinition choice(const char* key, const QString& defaultValue,
                                    const QStringList& choices, const char* description);
    static SettingDefinition file(const char* key, const char* description);
    // Names, each of 1 to maxLength characters.
    static SettingDefinition list(const char* key, const QStringList& defaultValue, int maxLength,
                                  const char* description);

    SettingDefinition checkedBy(Check extra) const;
    SettingDefinition combinedBy(Combination rule) const;
    SettingDefinition forEachStation() const;
};

// The definition of key in a library's own list; a reader gets its default from there. key must
// be in the list (a programming error otherwise).
const SettingDefinition& settingIn(const QVector<SettingDefinition>& definitions, const char* key);

} // namespace pdi
