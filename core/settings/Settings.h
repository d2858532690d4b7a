#pragma once

#include "result/Result.h"
#include "rules/CheckSettings.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

class Session;

enum class SettingType { Text, Integer, Number, Boolean, TextList, Choice, FilePath };

// One site setting: its key, type, default and limits. The catalog (Settings::definitions())
// is the single list the CLI, the GUI and docs/admin.md describe.
struct SettingDefinition {
    QString key;
    SettingType type = SettingType::Text;
    QJsonValue defaultValue;
    double minimum = 0; // Integer, Number; and the maximum length for Text
    double maximum = 0;
    QStringList choices;          // Choice
    const char* description = ""; // English source text; Settings::describe() translates

    QString typeName() const; // text, integer, number, boolean, list, choice, file
};

// What the institution writes on media (README.TXT, label) and in audit messages.
struct Institution {
    QString name;
    QString department;
    QString phone;
    QString address;
};

// Where audit messages go besides the local trail (PS3.15 A.6 / A.7).
struct SyslogSettings {
    enum class Transport { Udp, Tls };
    bool enabled = false;
    Transport transport = Transport::Tls;
    QString host;
    int port = 0; // 0: the transport's standard port
    QString caFile;
    QString certFile;
    QString keyFile;
    int timeoutSeconds = 10;

    int effectivePort() const {
        return port > 0 ? port : (transport == Transport::Tls ? 6514 : 514);
    }
};

// The site settings, stored in the settings table of the station database (one row per key
// changed from its default; value as text: lists as a JSON array). Reading needs no
// permission (the writer reads the institution name, the checker the AI products); changing
// needs ManageSettings and is audited with the old and the new value.
//
// A cheap handle over the Database; construct one where needed.
class Settings {
    Q_DECLARE_TR_FUNCTIONS(pdi::Settings)

public:
    static constexpr const char* InstitutionName = "institution.name";
    static constexpr const char* InstitutionDepartment = "institution.department";
    static constexpr const char* InstitutionPhone = "institution.phone";
    static constexpr const char* InstitutionAddress = "institution.address";
    static constexpr const char* StationName = "station.name";
    static constexpr const char* AiProducts = "ai.products";
    static constexpr const char* BulkSliceThickness = "write.bulkSliceThickness";
    static constexpr const char* BulkInstanceCount = "write.bulkInstanceCount";
    static constexpr const char* IdleLogoutMinutes = "session.idleLogoutMinutes";
    static constexpr const char* MaxLoginFailures = "login.maxFailures";
    static constexpr const char* MinPasswordLength = "login.minPasswordLength";
    static constexpr const char* SyslogEnabled = "audit.syslog.enabled";
    static constexpr const char* SyslogTransport = "audit.syslog.transport";
    static constexpr const char* SyslogHost = "audit.syslog.host";
    static constexpr const char* SyslogPort = "audit.syslog.port";
    static constexpr const char* SyslogCaFile = "audit.syslog.caFile";
    static constexpr const char* SyslogCertFile = "audit.syslog.certFile";
    static constexpr const char* SyslogKeyFile = "audit.syslog.keyFile";
    static constexpr const char* SyslogTimeoutSeconds = "audit.syslog.timeoutSeconds";
    static constexpr const char* StationAeTitle = "station.aeTitle";
    static constexpr const char* StationDicomPort = "station.dicomPort";
    static constexpr const char* NetworkTimeoutSeconds = "network.timeoutSeconds";
    static constexpr const char* WorklistDays = "reconcile.worklistDays";
    static constexpr const char* CommitTimeoutSeconds = "import.commitTimeoutSeconds";
    static constexpr const char* OverrideApproval = "import.overrideApproval";
    static constexpr const char* UiLanguage = "ui.language";

    explicit Settings(Database database)
        : db_(std::move(database)) {}

    static const QVector<SettingDefinition>& definitions();
    static const SettingDefinition* definition(const QString& key);
    static QString describe(const SettingDefinition& definition); // translated description

    // The stored value, or the default when the key was never set or its stored text is no
    // longer valid. Null for an unknown key.
    QJsonValue value(const QString& key) const;
    bool isDefault(const QString& key) const;
    // The value as a person reads and types it: lists as "a, b, c", booleans as true/false.
    QString text(const QString& key) const;

    QString string(const QString& key) const { return value(key).toString(); }
    int integer(const QString& key) const { return value(key).toInt(); }
    double number(const QString& key) const { return value(key).toDouble(); }
    bool flag(const QString& key) const { return value(key).toBool(); }
    QStringList list(const QString& key) const;

    QString stationName() const { return string(QString::fromLatin1(StationName)); }
    Institution institution() const;
    CheckSettings checkSettings() const;
    SyslogSettings syslog() const;
    int maxLoginFailures() const { return integer(QString::fromLatin1(MaxLoginFailures)); }
    int idleLogoutMinutes() const { return integer(QString::fromLatin1(IdleLogoutMinutes)); }
    int minPasswordLength() const { return integer(QString::fromLatin1(MinPasswordLength)); }
    QString aeTitle() const { return string(QString::fromLatin1(StationAeTitle)); }

    // An Application Entity title (PS3.5 6.2, AE): 1 to 16 characters of the default repertoire,
    // no backslash, not only spaces. The error names what and says what is acceptable.
    static Result<void> checkAeTitle(const QString& what, const QString& aeTitle);
    // "ja", "en", or empty for the system's language.
    QString uiLanguage() const { return string(QString::fromLatin1(UiLanguage)); }

    // Parses and validates what a person typed for key; the error says what is acceptable.
    // subject names the value in the message ("Telephone"); the key when empty.
    static Result<QJsonValue> parse(const QString& key, const QString& text,
                                    const QString& subject = QString());
    static QString format(const SettingDefinition& definition, const QJsonValue& value);

    // Changes a setting (ManageSettings). The change and its settings-change audit record (old
    // and new value) are one transaction: there is no change without its record.
    Result<void> set(const Session& session, const QString& key, const QString& text);
    // Back to the built-in default; audited like set().
    Result<void> reset(const Session& session, const QString& key);

private:
    Result<void> change(const Session& session, const QString& key,
                        const std::optional<QJsonValue>& newValue);
    Result<void> checkCombination(const QString& key, const QJsonValue& newValue) const;
    std::optional<QString> storedText(const QString& key) const;

    Database db_;
};

} // namespace pdi
