#pragma once

#include "SettingCatalog.h"
#include "station/Database.h"

#include <optional>

namespace pdi {

class Session;

// Where a change goes. On a database several stations share, a per-station setting
// (SettingDefinition::perStation) is changed for this station (Own) unless the site's value,
// the default of stations without their own, is meant (Site). Every other setting, and every
// setting of an embedded database, is the site's either way.
enum class SettingScope { Own, Site };

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
    Result<void> set(const Session& session, const QString& key, const QString& text,
                     SettingScope scope = SettingScope::Own);
    // Back to the built-in default (for this station's own value: back to the site's); audited
    // like set().
    Result<void> reset(const Session& session, const QString& key,
                       SettingScope scope = SettingScope::Own);
    // True when this station has a value of its own for key (a shared database only).
    bool isStationValue(const QString& key) const;

private:
    Result<void> change(const Session& session, const SettingDefinition& definition,
                        const std::optional<QJsonValue>& newValue, SettingScope scope);
    std::optional<QString> storedText(const SettingDefinition& definition) const;
    std::optional<QString> stationText(const QString& key) const;
    std::optional<QString> siteText(const QString& key) const;
    bool writesStationRow(const SettingDefinition& definition, SettingScope scope) const;

    Database db_;
    SettingCatalog catalog_;
};

} // namespace pdi
