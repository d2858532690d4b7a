#pragma once

#include "SettingDefinition.h"

#include <QCoreApplication>

#include <initializer_list>

namespace pdi {

// The settings a program knows by key: the lists its libraries declare, in order. Core alone
// knows core's (Settings::coreCatalog()); the application composes every library's
// (SiteSettings::catalog()) for `pdi config`, the settings forms and docs/admin.md.
//
// Holds pointers to the libraries' static lists; cheap to copy.
class SettingCatalog {
    Q_DECLARE_TR_FUNCTIONS(pdi::Settings)

public:
    SettingCatalog() = default;
    SettingCatalog(std::initializer_list<const QVector<SettingDefinition>*> sections)
        : sections_(sections) {}

    // nullptr for a key the catalogue does not hold.
    const SettingDefinition* find(const QString& key) const;
    // Every definition, in the order of the sections.
    QVector<const SettingDefinition*> all() const;
    // The definition of key, or an error that names it.
    Result<const SettingDefinition*> require(const QString& key) const;
    // Parses and validates what a person typed for key; the error says what is acceptable, of
    // subject (the field's label in a form) or of the key when subject is empty.
    Result<QJsonValue> parse(const QString& key, const QString& text,
                             const QString& subject = QString()) const;

private:
    QVector<const QVector<SettingDefinition>*> sections_;
};

} // namespace pdi
