#pragma once

#include "SettingStore.h"
#include "rules/CheckSettings.h"

namespace pdi {

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

// The station's settings as core reads them: core declares its keys here (the institution, the
// station, logins, audit forwarding, what the checker recognises) and reads them typed. The
// store underneath (SettingStore) is shared with the other libraries, which declare and read
// their own keys (ImportSettings); a Settings made with a wider catalogue (SiteSettings) also
// takes their keys by text.
//
// A cheap handle over the Database; construct one where needed.
class Settings : public SettingStore {
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
    static constexpr const char* AuditAnchorFile = "audit.anchorFile";
    static constexpr const char* UiLanguage = "ui.language";

    // Core's keys only.
    explicit Settings(Database database);
    // Keys given as text are looked up in catalog (which should hold core's).
    Settings(Database database, SettingCatalog catalog)
        : SettingStore(std::move(database), std::move(catalog)) {}

    // The keys core declares, and a catalogue of only them.
    static const QVector<SettingDefinition>& definitions();
    static SettingCatalog coreCatalog();

    QString stationName() const;
    Institution institution() const;
    CheckSettings checkSettings() const;
    SyslogSettings syslog() const;
    int maxLoginFailures() const;
    int idleLogoutMinutes() const;
    int minPasswordLength() const;
    // Where the audit chain's anchors are appended (AuditAnchorFile); empty: no file.
    QString auditAnchorFile() const;
    // "ja", "en", or empty for the system's language.
    QString uiLanguage() const;

private:
    QJsonValue own(const char* key) const { return value(settingIn(definitions(), key)); }
};

} // namespace pdi
