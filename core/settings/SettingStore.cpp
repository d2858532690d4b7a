#include "SettingStore.h"

#include "SettingParser.h"
#include "account/AccessControl.h"
#include "account/Session.h"
#include "audit/AuditTrail.h"
#include "station/Timestamp.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace pdi {

namespace {

// The definition of key, once the session may change settings; the attempt is recorded otherwise.
Result<const SettingDefinition*> changeable(const Database& db, const SettingCatalog& catalog,
                                            const Session& session, const QString& key,
                                            const QString& attempted) {
    Result<const SettingDefinition*> d = catalog.require(key);
    if (!d)
        return d;
    if (auto allowed = AccessControl::require(session, Permission::ManageSettings, AuditTrail(db),
                                              attempted.arg(key));
        !allowed)
        return allowed.error();
    return d;
}

} // namespace

std::optional<QString> SettingStore::siteText(const QString& key) const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<QString> SettingStore::stationText(const QString& key) const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT value FROM station_settings WHERE station = ? AND key = ?"));
    q.addBindValue(Database::text(db_.stationId()));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<QString> SettingStore::storedText(const SettingDefinition& d) const {
    if (d.perStation) {
        if (std::optional<QString> own = stationText(d.key))
            return own;
    }
    return siteText(d.key);
}

bool SettingStore::writesStationRow(const SettingDefinition& d, SettingScope scope) const {
    return scope == SettingScope::Own && d.perStation && db_.location().isShared();
}

bool SettingStore::isStationValue(const QString& key) const {
    const SettingDefinition* d = catalog_.find(key);
    return d && d->perStation && stationText(key).has_value();
}

QJsonValue SettingStore::value(const SettingDefinition& d) const {
    const std::optional<QString> stored = storedText(d);
    if (!stored)
        return d.defaultValue;
    // A file that disappeared after it was configured stays configured, so that sending fails
    // with a message naming the file instead of silently falling back to the default.
    if (d.type == SettingType::FilePath)
        return QJsonValue(*stored);
    // A value edited by hand into something invalid falls back to the default rather than
    // breaking every reader.
    const Result<QJsonValue> parsed = SettingParser::parse(d, *stored);
    return parsed ? *parsed : d.defaultValue;
}

QString SettingStore::text(const SettingDefinition& d) const {
    return SettingParser::format(d, value(d));
}

QJsonValue SettingStore::value(const QString& key) const {
    const SettingDefinition* d = catalog_.find(key);
    return d ? value(*d) : QJsonValue();
}

QString SettingStore::text(const QString& key) const {
    const SettingDefinition* d = catalog_.find(key);
    return d ? text(*d) : QString();
}

bool SettingStore::isDefault(const QString& key) const {
    const SettingDefinition* d = catalog_.find(key);
    return !d || !storedText(*d).has_value();
}

QStringList SettingStore::list(const QString& key) const {
    QStringList out;
    for (const QJsonValue& v : value(key).toArray())
        out << v.toString();
    return out;
}

Result<void> SettingStore::set(const Session& session, const QString& key, const QString& text,
                               SettingScope scope) {
    Result<const SettingDefinition*> d =
        changeable(db_, catalog_, session, key, QStringLiteral("config set %1"));
    if (!d)
        return d.error();
    Result<QJsonValue> parsed = SettingParser::parse(**d, text);
    if (!parsed)
        return parsed.error();
    return change(session, **d, *parsed, scope);
}

Result<void> SettingStore::reset(const Session& session, const QString& key, SettingScope scope) {
    Result<const SettingDefinition*> d =
        changeable(db_, catalog_, session, key, QStringLiteral("config unset %1"));
    if (!d)
        return d.error();
    return change(session, **d, std::nullopt, scope);
}

Result<void> SettingStore::change(const Session& session, const SettingDefinition& d,
                                  const std::optional<QJsonValue>& newValue, SettingScope scope) {
    const QString& key = d.key;
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Transaction& tx = *begun;

    const bool own = writesStationRow(d, scope);
    const QString oldText = text(d);
    // What the station reads once the change is made: a value removed falls back to the
    // site's (own) or the default.
    const std::optional<QString> fallback = own ? siteText(key) : std::nullopt;
    QJsonValue effective = newValue ? *newValue : d.defaultValue;
    if (!newValue && fallback) {
        if (Result<QJsonValue> site = SettingParser::parse(d, *fallback))
            effective = *site;
    }
    if (d.combination) {
        if (auto combination = d.combination(*this, effective); !combination)
            return combination.error();
    }
    const std::optional<QString> oldStored = own ? stationText(key) : siteText(key);
    const std::optional<QString> newStored =
        newValue ? std::optional<QString>(SettingParser::storageText(d, *newValue)) : std::nullopt;
    if (oldStored == newStored)
        return {}; // nothing changes, nothing to record

    QSqlQuery q(tx.connection());
    const QString station = own ? QStringLiteral("station = ? AND ") : QString();
    if (newStored) {
        q.prepare(own ? QStringLiteral("INSERT INTO station_settings (station, key, value, "
                                       "changed_at, changed_by) VALUES (?, ?, ?, ?, ?)"
                                       " ON CONFLICT(station, key) DO UPDATE SET value = "
                                       "excluded.value, changed_at = excluded.changed_at, "
                                       "changed_by = excluded.changed_by")
                      : QStringLiteral("INSERT INTO settings (key, value, changed_at, changed_by)"
                                       " VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value"
                                       " = excluded.value, changed_at = excluded.changed_at,"
                                       " changed_by = excluded.changed_by"));
        if (own)
            q.addBindValue(Database::text(db_.stationId()));
        q.addBindValue(key);
        q.addBindValue(Database::text(*newStored));
        q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
        q.addBindValue(session.userName());
    } else {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2key = ?")
                      .arg(own ? QStringLiteral("station_settings") : QStringLiteral("settings"),
                           station));
        if (own)
            q.addBindValue(Database::text(db_.stationId()));
        q.addBindValue(key);
    }
    if (auto done = Database::exec(q, tr("saving setting %1").arg(key)); !done)
        return done.error();
    // The list of stations shows the new name at once, not at this station's next start.
    if (key == QLatin1String("station.name") && (own || !db_.location().isShared())) {
        q.prepare(QStringLiteral("UPDATE stations SET name = ? WHERE id = ?"));
        q.addBindValue(SettingParser::format(d, effective));
        q.addBindValue(Database::text(db_.stationId()));
        if (auto done = Database::exec(q, tr("saving setting %1").arg(key)); !done)
            return done.error();
    }

    AuditEvent e = AuditEvent::by(session, AuditEventType::SettingsChange);
    e.target = key;
    e.details = QJsonObject{{QStringLiteral("key"), key},
                            {QStringLiteral("old"), oldText},
                            {QStringLiteral("new"), SettingParser::format(d, effective)},
                            {QStringLiteral("default"), !newValue.has_value()}};
    if (d.perStation && db_.location().isShared())
        e.details.insert(QStringLiteral("scope"),
                         own ? QStringLiteral("station") : QStringLiteral("site"));
    if (auto recorded = AuditTrail(db_).record(tx, e); !recorded)
        return recorded.error();
    return tx.commit();
}

} // namespace pdi
