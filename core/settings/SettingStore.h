#pragma once

#include "SettingCatalog.h"
#include "station/Database.h"

#include <optional>

namespace pdi {

class Session;

// The site settings as stored in the settings table of the station database: one row per key
// changed from its default, the value as text (lists as a JSON array). Reading needs no
// permission; changing needs ManageSettings and is audited with the old and the new value.
//
// A library reads its own keys through their definitions (value(definition)); keys given as
// text (the CLI, the settings forms) are looked up in the catalogue the store was made with.
// A cheap handle over the Database; construct one where needed.
class SettingStore {
    Q_DECLARE_TR_FUNCTIONS(pdi::Settings)

public:
    SettingStore(Database database, SettingCatalog catalog)
        : db_(std::move(database))
        , catalog_(std::move(catalog)) {}

    const SettingCatalog& catalog() const { return catalog_; }

    // The stored value, or the default when the key was never set or its stored text is no
    // longer valid.
    QJsonValue value(const SettingDefinition& definition) const;
    // The value as a person reads and types it: lists as "a, b, c", booleans as true/false.
    QString text(const SettingDefinition& definition) const;

    // By key, through the catalogue: null (empty) for a key it does not hold.
    QJsonValue value(const QString& key) const;
    QString text(const QString& key) const;
    bool isDefault(const QString& key) const;
    QString string(const QString& key) const { return value(key).toString(); }
    int integer(const QString& key) const { return value(key).toInt(); }
    double number(const QString& key) const { return value(key).toDouble(); }
    bool flag(const QString& key) const { return value(key).toBool(); }
    QStringList list(const QString& key) const;

    // Changes a setting (ManageSettings). The change and its settings-change audit record (old
    // and new value) are one transaction: there is no change without its record.
    Result<void> set(const Session& session, const QString& key, const QString& text);
    // Back to the built-in default; audited like set().
    Result<void> reset(const Session& session, const QString& key);

private:
    Result<void> change(const Session& session, const SettingDefinition& definition,
                        const std::optional<QJsonValue>& newValue);
    std::optional<QString> storedText(const QString& key) const;

    Database db_;
    SettingCatalog catalog_;
};

} // namespace pdi
