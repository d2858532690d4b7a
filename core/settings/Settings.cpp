#include "Settings.h"
#include "NetworkAddress.h"
#include "PemFile.h"

#include <QJsonArray>
#include <QSysInfo>

namespace pdi {

namespace {

QJsonValue defaultStationName() {
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("pdistation") : host;
}

QString valueOf(const SettingStore& store, const char* key) {
    return store.value(settingIn(Settings::definitions(), key)).toString();
}

} // namespace

// The checks only core's keys need; the messages are in the settings' translation context.
struct CoreSettingChecks {
    Q_DECLARE_TR_FUNCTIONS(pdi::Settings)

public:
    static Result<void> hostName(const QString& what, const QString& text) {
        if (text.isEmpty())
            return {};
        if (!NetworkAddress::isHostNameOrAddress(text))
            return Error::invalid(tr("%1 must be a host name or an IP address, e.g. "
                                     "arr.hospital.local or 192.0.2.10.")
                                      .arg(what));
        return {};
    }

    static Result<void> certificateFile(const QString& what, const QString& path) {
        if (!PemFile::holdsCertificate(path))
            return Error::invalid(tr("%1: %2 holds no PEM certificate.").arg(what, path));
        return {};
    }

    static Result<void> keyFile(const QString& what, const QString& path) {
        if (!PemFile::holdsUnencryptedPrivateKey(path))
            return Error::invalid(
                tr("%1: %2 holds no unencrypted PEM private key (RSA or EC).").arg(what, path));
        return {};
    }

    // Forwarding needs a host: set the host before turning forwarding on, turn it off before
    // clearing the host.
    static Result<void> enablingForwarding(const SettingStore& current, const QJsonValue& enabled) {
        if (enabled.toBool() && valueOf(current, Settings::SyslogHost).isEmpty())
            return Error::invalid(
                tr("Set audit.syslog.host before turning on audit.syslog.enabled."));
        return {};
    }

    static Result<void> changingHost(const SettingStore& current, const QJsonValue& host) {
        const bool enabled =
            current.value(settingIn(Settings::definitions(), Settings::SyslogEnabled)).toBool();
        if (host.toString().isEmpty() && enabled)
            return Error::invalid(
                tr("Turn off audit.syslog.enabled before clearing audit.syslog.host."));
        return {};
    }
};

Settings::Settings(Database database)
    : SettingStore(std::move(database), coreCatalog()) {}

SettingCatalog Settings::coreCatalog() {
    return SettingCatalog{&definitions()};
}

const QVector<SettingDefinition>& Settings::definitions() {
    using D = SettingDefinition;
    static const QVector<SettingDefinition> all{
        D::text(InstitutionName, 64,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Issuing institution, written on media labels, README.TXT and "
                                  "audit messages (at most 64 characters).")),
        D::text(InstitutionDepartment, 64,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Issuing department, written on labels and README.TXT.")),
        D::text(InstitutionPhone, 32,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Contact telephone number for questions about a medium.")),
        D::text(InstitutionAddress, 200,
                QT_TRANSLATE_NOOP("pdi::Settings", "Postal address of the institution.")),
        D::text(StationName, 64,
                QT_TRANSLATE_NOOP(
                    "pdi::Settings",
                    "Name of this workstation in the audit trail; the host name by default."),
                1, defaultStationName())
            .forEachStation(),
        D::list(AiProducts, CheckSettings::defaultAiProducts(), 64,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Names of AI products; a series whose manufacturer, model, "
                                  "description or software matches one is treated as AI-derived.")),
        D::number(
            BulkSliceThickness, 1.0, 0.1, 10.0,
            QT_TRANSLATE_NOOP("pdi::Settings",
                              "A series with slices this thin or thinner (mm) is thin-slice bulk "
                              "data that needs an explicit decision before writing.")),
        D::integer(BulkInstanceCount, 1000, 10, 1000000,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "A series with at least this many images is bulk data that "
                                     "needs an explicit decision before writing.")),
        D::integer(IdleLogoutMinutes, 15, 0, 1440,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Minutes without input after which the application signs "
                                     "the person out; 0: never.")),
        D::integer(MaxLoginFailures, 5, 1, 100,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Failed logins in a row after which an account is locked "
                                     "until an administrator unlocks it.")),
        D::integer(
            MinPasswordLength, 8, 8, 128,
            QT_TRANSLATE_NOOP("pdi::Settings", "Minimum number of characters in a new password.")),
        D::boolean(SyslogEnabled, false,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Also send every audit record to an Audit Record "
                                     "Repository by syslog."))
            .combinedBy(CoreSettingChecks::enablingForwarding),
        D::choice(SyslogTransport, QStringLiteral("tls"),
                  {QStringLiteral("tls"), QStringLiteral("udp")},
                  QT_TRANSLATE_NOOP("pdi::Settings",
                                    "tls (RFC 5425, confirmed delivery, recommended) or udp (RFC "
                                    "5426, no delivery confirmation).")),
        D::text(SyslogHost, 253,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Host name or IP address of the Audit Record Repository."))
            .checkedBy(CoreSettingChecks::hostName)
            .combinedBy(CoreSettingChecks::changingHost),
        D::integer(SyslogPort, 0, 0, 65535,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Port of the repository; 0 means the standard port (6514 "
                                     "for TLS, 514 for UDP).")),
        D::file(SyslogCaFile,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "PEM file with the CA certificates that sign the repository's "
                                  "certificate; empty: the system's CA store."))
            .checkedBy(CoreSettingChecks::certificateFile),
        D::file(SyslogCertFile,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "PEM certificate this station presents to the repository "
                                  "(mutual TLS); empty: none."))
            .checkedBy(CoreSettingChecks::certificateFile),
        D::file(SyslogKeyFile,
                QT_TRANSLATE_NOOP("pdi::Settings", "Unencrypted PEM private key for "
                                                   "audit.syslog.certFile; readable by this user "
                                                   "only."))
            .checkedBy(CoreSettingChecks::keyFile),
        D::integer(SyslogTimeoutSeconds, 10, 1, 120,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Seconds to wait for the repository before leaving messages "
                                     "queued for the next attempt.")),
        D::file(AuditAnchorFile,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "File where the head of the audit trail is appended once a day "
                                  "and at each anchoring; keep it where this station can append "
                                  "but not rewrite (an append-only file, a write-once share). "
                                  "Verification compares the trail with it. Empty: no file.")),
        D::choice(UiLanguage, QString(), {QString(), QStringLiteral("ja"), QStringLiteral("en")},
                  QT_TRANSLATE_NOOP("pdi::Settings",
                                    "Language of the desktop application: ja (Japanese), en "
                                    "(English), or empty to follow the system's language."))
            .forEachStation(),
    };
    return all;
}

QString Settings::stationName() const {
    return own(StationName).toString();
}

Institution Settings::institution() const {
    return Institution{own(InstitutionName).toString(), own(InstitutionDepartment).toString(),
                       own(InstitutionPhone).toString(), own(InstitutionAddress).toString()};
}

CheckSettings Settings::checkSettings() const {
    CheckSettings s;
    s.aiProducts.clear();
    for (const QJsonValue& v : own(AiProducts).toArray())
        s.aiProducts << v.toString();
    s.bulkSliceThickness = own(BulkSliceThickness).toDouble();
    s.bulkInstanceCount = own(BulkInstanceCount).toInt();
    return s;
}

SyslogSettings Settings::syslog() const {
    SyslogSettings s;
    s.enabled = own(SyslogEnabled).toBool();
    s.transport = own(SyslogTransport).toString() == QLatin1String("udp")
                      ? SyslogSettings::Transport::Udp
                      : SyslogSettings::Transport::Tls;
    s.host = own(SyslogHost).toString();
    s.port = own(SyslogPort).toInt();
    s.caFile = own(SyslogCaFile).toString();
    s.certFile = own(SyslogCertFile).toString();
    s.keyFile = own(SyslogKeyFile).toString();
    s.timeoutSeconds = own(SyslogTimeoutSeconds).toInt();
    return s;
}

int Settings::maxLoginFailures() const {
    return own(MaxLoginFailures).toInt();
}

int Settings::idleLogoutMinutes() const {
    return own(IdleLogoutMinutes).toInt();
}

int Settings::minPasswordLength() const {
    return own(MinPasswordLength).toInt();
}

QString Settings::auditAnchorFile() const {
    return own(AuditAnchorFile).toString();
}

QString Settings::uiLanguage() const {
    return own(UiLanguage).toString();
}

} // namespace pdi
