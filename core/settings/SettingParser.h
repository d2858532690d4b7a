#pragma once

#include "SettingDefinition.h"

#include <QCoreApplication>

namespace pdi {

// What a person types for a setting and what is shown and stored for it. Knows the types and
// limits of a SettingDefinition; a definition's own check adds what only its library knows.
class SettingParser {
    Q_DECLARE_TR_FUNCTIONS(pdi::Settings)

public:
    // Parses and validates what a person typed; the error says what is acceptable, of subject
    // (what the person knows the value as: the field's label in a form), or of the key when
    // subject is empty (the command line).
    static Result<QJsonValue> parse(const SettingDefinition& definition, const QString& text,
                                    const QString& subject = QString());
    // The value as a person reads and types it: lists as "a, b, c", booleans as true/false.
    static QString format(const SettingDefinition& definition, const QJsonValue& value);
    // What the settings table holds: the text a person would type, except lists, which are a
    // JSON array so that names containing commas survive.
    static QString storageText(const SettingDefinition& definition, const QJsonValue& value);

private:
    static Result<QJsonValue> parseText(const SettingDefinition& d, const QString& text,
                                        const QString& what);
    static Result<QJsonValue> parseInteger(const SettingDefinition& d, const QString& text,
                                           const QString& what);
    static Result<QJsonValue> parseNumber(const SettingDefinition& d, const QString& text,
                                          const QString& what);
    static Result<QJsonValue> parseBoolean(const QString& text, const QString& what);
    static Result<QJsonValue> parseChoice(const SettingDefinition& d, const QString& text,
                                          const QString& what);
    static Result<QJsonValue> parseList(const SettingDefinition& d, const QString& text,
                                        const QString& what);
    static Result<QJsonValue> parseFile(const SettingDefinition& d, const QString& text,
                                        const QString& what);
};

} // namespace pdi
