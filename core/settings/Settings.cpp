#include "Settings.h"

#include "account/AccessControl.h"
#include "account/Session.h"
#include "audit/AuditTrail.h"
#include "station/Timestamp.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QSysInfo>

#include <cmath>

namespace pdi {

namespace {

QJsonValue defaultStationName() {
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("pdistation") : host;
}

bool hasControlCharacters(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// What is stored in the settings table: the text a person would type, except lists, which are
// a JSON array so that names containing commas survive.
QString storageText(const SettingDefinition& d, const QJsonValue& v) {
    switch (d.type) {
    case SettingType::TextList:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case SettingType::Boolean:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case SettingType::Integer:
        return QString::number(v.toInt());
    case SettingType::Number:
        return QString::number(v.toDouble(), 'g', 15);
    case SettingType::Text:
    case SettingType::Choice:
    case SettingType::FilePath:
        return v.toString();
    }
    return QString();
}

} // namespace

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

const QVector<SettingDefinition>& Settings::definitions() {
    static const QVector<SettingDefinition> all = [] {
        auto text = [](const char* key, double maxLength, const char* description,
                       double minLength = 0, const QJsonValue& def = QString()) {
            SettingDefinition d{QString::fromLatin1(key),
                                SettingType::Text,
                                def,
                                minLength,
                                maxLength,
                                {},
                                description};
            return d;
        };
        auto integer = [](const char* key, int def, int min, int max, const char* description) {
            return SettingDefinition{QString::fromLatin1(key),
                                     SettingType::Integer,
                                     def,
                                     double(min),
                                     double(max),
                                     {},
                                     description};
        };
        auto file = [](const char* key, const char* description) {
            return SettingDefinition{
                QString::fromLatin1(key), SettingType::FilePath, QString(), 0, 0, {}, description};
        };
        return QVector<SettingDefinition>{
            text(InstitutionName, 64,
                 QT_TRANSLATE_NOOP("pdi::Settings",
                                   "Issuing institution, written on media labels, README.TXT and "
                                   "audit messages (at most 64 characters).")),
            text(InstitutionDepartment, 64,
                 QT_TRANSLATE_NOOP("pdi::Settings",
                                   "Issuing department, written on labels and README.TXT.")),
            text(InstitutionPhone, 32,
                 QT_TRANSLATE_NOOP("pdi::Settings",
                                   "Contact telephone number for questions about a medium.")),
            text(InstitutionAddress, 200,
                 QT_TRANSLATE_NOOP("pdi::Settings", "Postal address of the institution.")),
            text(StationName, 64,
                 QT_TRANSLATE_NOOP(
                     "pdi::Settings",
                     "Name of this workstation in the audit trail; the host name by default."),
                 1, defaultStationName()),
            SettingDefinition{
                QString::fromLatin1(AiProducts),
                SettingType::TextList,
                QJsonArray::fromStringList(CheckSettings::defaultAiProducts()),
                1,
                64,
                {},
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Names of AI products; a series whose manufacturer, model, "
                                  "description or software matches one is treated as AI-derived.")},
            SettingDefinition{
                QString::fromLatin1(BulkSliceThickness),
                SettingType::Number,
                1.0,
                0.1,
                10.0,
                {},
                QT_TRANSLATE_NOOP(
                    "pdi::Settings",
                    "A series with slices this thin or thinner (mm) is thin-slice bulk "
                    "data that needs an explicit decision before writing.")},
            integer(BulkInstanceCount, 1000, 10, 1000000,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "A series with at least this many images is bulk data that "
                                      "needs an explicit decision before writing.")),
            integer(IdleLogoutMinutes, 15, 0, 1440,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "Minutes without input after which the application signs "
                                      "the person out; 0: never.")),
            integer(MaxLoginFailures, 5, 1, 100,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "Failed logins in a row after which an account is locked "
                                      "until an administrator unlocks it.")),
            integer(MinPasswordLength, 8, 8, 128,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "Minimum number of characters in a new password.")),
            SettingDefinition{QString::fromLatin1(SyslogEnabled),
                              SettingType::Boolean,
                              false,
                              0,
                              0,
                              {},
                              QT_TRANSLATE_NOOP("pdi::Settings",
                                                "Also send every audit record to an Audit Record "
                                                "Repository by syslog.")},
            SettingDefinition{
                QString::fromLatin1(SyslogTransport),
                SettingType::Choice,
                QStringLiteral("tls"),
                0,
                0,
                {QStringLiteral("tls"), QStringLiteral("udp")},
                QT_TRANSLATE_NOOP(
                    "pdi::Settings",
                    "tls (RFC 5425, confirmed delivery, recommended) or udp (RFC 5426, "
                    "no delivery confirmation).")},
            text(SyslogHost, 253,
                 QT_TRANSLATE_NOOP("pdi::Settings",
                                   "Host name or IP address of the Audit Record Repository.")),
            integer(SyslogPort, 0, 0, 65535,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "Port of the repository; 0 means the standard port (6514 "
                                      "for TLS, 514 for UDP).")),
            file(SyslogCaFile,
                 QT_TRANSLATE_NOOP("pdi::Settings",
                                   "PEM file with the CA certificates that sign the repository's "
                                   "certificate; empty: the system's CA store.")),
            file(SyslogCertFile,
                 QT_TRANSLATE_NOOP("pdi::Settings",
                                   "PEM certificate this station presents to the repository "
                                   "(mutual TLS); empty: none.")),
            file(SyslogKeyFile,
                 QT_TRANSLATE_NOOP("pdi::Settings", "Unencrypted PEM private key for "
                                                    "audit.syslog.certFile; readable by this user "
                                                    "only.")),
            integer(SyslogTimeoutSeconds, 10, 1, 120,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "Seconds to wait for the repository before leaving messages "
                                      "queued for the next attempt.")),
            text(StationAeTitle, 16,
                 QT_TRANSLATE_NOOP("pdi::Settings",
                                   "DICOM AE title of this station (calling AE title towards "
                                   "PACS and worklist nodes unless a node names its own)."),
                 1, QStringLiteral("PDISTATION")),
            integer(StationDicomPort, 0, 0, 65535,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "TCP port on which this station receives storage "
                                      "commitment results (N-EVENT-REPORT) from a PACS; 0: none, "
                                      "imports to a node with the commit role then cannot "
                                      "complete.")),
            integer(NetworkTimeoutSeconds, 30, 1, 600,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "Seconds to wait for a DICOM node to connect or answer "
                                      "before the operation ends as failed or incomplete.")),
            integer(WorklistDays, 7, 0, 365,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "Reconciliation looks for worklist entries scheduled up to "
                                      "this many days before and after today.")),
            integer(CommitTimeoutSeconds, 120, 1, 86400,
                    QT_TRANSLATE_NOOP("pdi::Settings",
                                      "Seconds an import waits for the PACS to confirm storage "
                                      "commitment; unconfirmed instances are asked for again by "
                                      "the next run.")),
            SettingDefinition{QString::fromLatin1(OverrideApproval),
                              SettingType::Boolean,
                              false,
                              0,
                              0,
                              {},
                              QT_TRANSLATE_NOOP("pdi::Settings",
                                                "An import under a local patient whose birth date, "
                                                "sex or name contradicts the medium also needs "
                                                "the approval of a second person (technologist or "
                                                "administrator) who signs in for it.")},
            SettingDefinition{
                QString::fromLatin1(UiLanguage),
                SettingType::Choice,
                QString(),
                0,
                0,
                {QString(), QStringLiteral("ja"), QStringLiteral("en")},
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "Language of the desktop application: ja (Japanese), en "
                                  "(English), or empty to follow the system's language.")},
        };
    }();
    return all;
}

const SettingDefinition* Settings::definition(const QString& key) {
    for (const SettingDefinition& d : definitions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QString Settings::describe(const SettingDefinition& definition) {
    return tr(definition.description);
}

std::optional<QString> Settings::storedText(const QString& key) const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QJsonValue Settings::value(const QString& key) const {
    const SettingDefinition* d = definition(key);
    if (!d)
        return QJsonValue();
    const std::optional<QString> stored = storedText(key);
    if (!stored)
        return d->defaultValue;
    // A file that disappeared after it was configured stays configured, so that sending fails
    // with a message naming the file instead of silently falling back to the default.
    if (d->type == SettingType::FilePath)
        return QJsonValue(*stored);
    // A value edited by hand into something invalid falls back to the default rather than
    // breaking every reader.
    const Result<QJsonValue> parsed = parse(key, *stored);
    return parsed ? *parsed : d->defaultValue;
}

bool Settings::isDefault(const QString& key) const {
    return !storedText(key).has_value();
}

QString Settings::text(const QString& key) const {
    const SettingDefinition* d = definition(key);
    return d ? format(*d, value(key)) : QString();
}

QStringList Settings::list(const QString& key) const {
    QStringList out;
    for (const QJsonValue& v : value(key).toArray())
        out << v.toString();
    return out;
}

Institution Settings::institution() const {
    return Institution{string(QString::fromLatin1(InstitutionName)),
                       string(QString::fromLatin1(InstitutionDepartment)),
                       string(QString::fromLatin1(InstitutionPhone)),
                       string(QString::fromLatin1(InstitutionAddress))};
}

CheckSettings Settings::checkSettings() const {
    CheckSettings s;
    s.aiProducts = list(QString::fromLatin1(AiProducts));
    s.bulkSliceThickness = number(QString::fromLatin1(BulkSliceThickness));
    s.bulkInstanceCount = integer(QString::fromLatin1(BulkInstanceCount));
    return s;
}

SyslogSettings Settings::syslog() const {
    SyslogSettings s;
    s.enabled = flag(QString::fromLatin1(SyslogEnabled));
    s.transport = string(QString::fromLatin1(SyslogTransport)) == QLatin1String("udp")
                      ? SyslogSettings::Transport::Udp
                      : SyslogSettings::Transport::Tls;
    s.host = string(QString::fromLatin1(SyslogHost));
    s.port = integer(QString::fromLatin1(SyslogPort));
    s.caFile = string(QString::fromLatin1(SyslogCaFile));
    s.certFile = string(QString::fromLatin1(SyslogCertFile));
    s.keyFile = string(QString::fromLatin1(SyslogKeyFile));
    s.timeoutSeconds = integer(QString::fromLatin1(SyslogTimeoutSeconds));
    return s;
}

QString Settings::format(const SettingDefinition& d, const QJsonValue& v) {
    if (d.type == SettingType::TextList) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << item.toString();
        return items.join(QLatin1String(", "));
    }
    return storageText(d, v);
}

Result<QJsonValue> Settings::parse(const QString& key, const QString& input,
                                   const QString& subject) {
    const SettingDefinition* d = definition(key);
    if (!d)
        return Error::notFound(
            tr("There is no setting \"%1\"; `pdi config list` shows the settings.").arg(key));
    // The problem is said of what the person knows the value as: the key on the command line,
    // the field's label in a form.
    const QString what = subject.isEmpty() ? key : subject;
    const QString text = input.trimmed();
    switch (d->type) {
    case SettingType::Text: {
        if (hasControlCharacters(text))
            return Error::invalid(
                tr("%1 must be a single line of text without control characters.").arg(what));
        if (text.size() < d->minimum)
            return Error::invalid(tr("%1 must not be empty.").arg(what));
        if (text.size() > d->maximum)
            return Error::invalid(tr("%1 takes at most %2 characters; \"%3\" has %4.")
                                      .arg(what)
                                      .arg(int(d->maximum))
                                      .arg(text)
                                      .arg(text.size()));
        if (key == QLatin1String(StationAeTitle)) {
            if (auto valid = checkAeTitle(what, text); !valid)
                return valid.error();
        }
        if (key == QLatin1String(SyslogHost) && !text.isEmpty()) {
            static const QRegularExpression hostName(
                QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]"
                               "*[A-Za-z0-9])?)*$"));
            if (QHostAddress(text).isNull() && !hostName.match(text).hasMatch())
                return Error::invalid(tr("%1 must be a host name or an IP address, e.g. "
                                         "arr.hospital.local or 192.0.2.10.")
                                          .arg(what));
        }
        return QJsonValue(text);
    }
    case SettingType::Integer: {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < d->minimum || v > d->maximum)
            return Error::invalid(tr("%1 must be a whole number from %2 to %3.")
                                      .arg(what)
                                      .arg(int(d->minimum))
                                      .arg(int(d->maximum)));
        return QJsonValue(v);
    }
    case SettingType::Number: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < d->minimum || v > d->maximum)
            return Error::invalid(tr("%1 must be a number from %2 to %3 (use a dot for decimals).")
                                      .arg(what)
                                      .arg(d->minimum)
                                      .arg(d->maximum));
        return QJsonValue(v);
    }
    case SettingType::Boolean: {
        const QString t = text.toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
            t == QLatin1String("1"))
            return QJsonValue(true);
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
            t == QLatin1String("0"))
            return QJsonValue(false);
        return Error::invalid(tr("%1 must be true or false.").arg(what));
    }
    case SettingType::Choice: {
        for (const QString& c : d->choices) {
            if (c.compare(text, Qt::CaseInsensitive) == 0)
                return QJsonValue(c);
        }
        QStringList shown;
        for (const QString& c : d->choices)
            shown << (c.isEmpty() ? QStringLiteral("\"\"") : c);
        return Error::invalid(
            tr("%1 must be one of: %2.").arg(what, shown.join(QLatin1String(", "))));
    }
    case SettingType::TextList: {
        QStringList items;
        if (text.startsWith(QLatin1Char('['))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray())
                return Error::invalid(
                    tr("%1: \"%2\" is not a JSON array of names; give the names separated by "
                       "commas instead.")
                        .arg(what, text));
            for (const QJsonValue& v : doc.array()) {
                if (!v.isString())
                    return Error::invalid(
                        tr("%1: every item of the JSON array must be a text.").arg(what));
                items << v.toString();
            }
        } else {
            items = text.split(QLatin1Char(','));
        }
        QStringList clean;
        for (const QString& raw : std::as_const(items)) {
            const QString item = raw.trimmed();
            if (item.isEmpty())
                continue;
            if (hasControlCharacters(item) || item.size() > d->maximum)
                return Error::invalid(
                    tr("%1: \"%2\" is not a usable name (one line, at most %3 characters).")
                        .arg(what, item)
                        .arg(int(d->maximum)));
            if (!clean.contains(item, Qt::CaseInsensitive))
                clean << item;
        }
        if (clean.size() > 500)
            return Error::invalid(tr("%1 takes at most 500 names.").arg(what));
        return QJsonValue(QJsonArray::fromStringList(clean));
    }
    case SettingType::FilePath: {
        if (text.isEmpty())
            return QJsonValue(QString());
        const QFileInfo info(text);
        if (!info.isAbsolute())
            return Error::invalid(
                tr("%1 must be an absolute path (the GUI and the CLI start in different "
                   "folders).")
                    .arg(what));
        if (!info.isFile() || !info.isReadable())
            return Error::invalid(tr("%1: %2 is not a readable file.").arg(what, text));
        if (key == QLatin1String(SyslogCaFile) || key == QLatin1String(SyslogCertFile)) {
            if (QSslCertificate::fromPath(text, QSsl::Pem).isEmpty())
                return Error::invalid(tr("%1: %2 holds no PEM certificate.").arg(what, text));
        } else if (key == QLatin1String(SyslogKeyFile)) {
            QFile f(text);
            const QByteArray pem = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            if (QSslKey(pem, QSsl::Rsa).isNull() && QSslKey(pem, QSsl::Ec).isNull())
                return Error::invalid(
                    tr("%1: %2 holds no unencrypted PEM private key (RSA or EC).").arg(what, text));
        }
        return QJsonValue(info.absoluteFilePath());
    }
    }
    return Error::invalid(tr("%1 cannot be set.").arg(what));
}

Result<void> Settings::checkAeTitle(const QString& what, const QString& aeTitle) {
    const bool printable = std::all_of(aeTitle.cbegin(), aeTitle.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\\');
    });
    if (aeTitle.trimmed().isEmpty() || aeTitle.size() > 16 || !printable)
        return Error::invalid(tr("%1: \"%2\" is not an AE title; use 1 to 16 letters, digits, "
                                 "spaces or punctuation without a backslash, e.g. PDISTATION.")
                                  .arg(what, aeTitle));
    return {};
}

Result<void> Settings::checkCombination(const QString& key, const QJsonValue& newValue) const {
    const bool enabling = key == QLatin1String(SyslogEnabled) && newValue.toBool();
    const bool clearingHost = key == QLatin1String(SyslogHost) && newValue.toString().isEmpty();
    if (enabling && string(QString::fromLatin1(SyslogHost)).isEmpty())
        return Error::invalid(tr("Set audit.syslog.host before turning on audit.syslog.enabled."));
    if (clearingHost && flag(QString::fromLatin1(SyslogEnabled)))
        return Error::invalid(
            tr("Turn off audit.syslog.enabled before clearing audit.syslog.host."));
    return {};
}

Result<void> Settings::set(const Session& session, const QString& key, const QString& text) {
    if (!definition(key))
        return Error::notFound(
            tr("There is no setting \"%1\"; `pdi config list` shows the settings.").arg(key));
    if (auto allowed = AccessControl::require(session, Permission::ManageSettings, AuditTrail(db_),
                                              QStringLiteral("config set %1").arg(key));
        !allowed)
        return allowed.error();
    Result<QJsonValue> parsed = parse(key, text);
    if (!parsed)
        return parsed.error();
    return change(session, key, *parsed);
}

Result<void> Settings::reset(const Session& session, const QString& key) {
    if (!definition(key))
        return Error::notFound(
            tr("There is no setting \"%1\"; `pdi config list` shows the settings.").arg(key));
    if (auto allowed = AccessControl::require(session, Permission::ManageSettings, AuditTrail(db_),
                                              QStringLiteral("config unset %1").arg(key));
        !allowed)
        return allowed.error();
    return change(session, key, std::nullopt);
}

Result<void> Settings::change(const Session& session, const QString& key,
                              const std::optional<QJsonValue>& newValue) {
    const SettingDefinition& d = *definition(key);
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Transaction& tx = *begun;

    const QString oldText = text(key);
    const QJsonValue effective = newValue ? *newValue : d.defaultValue;
    if (auto combination = checkCombination(key, effective); !combination)
        return combination.error();
    const std::optional<QString> oldStored = storedText(key);
    const std::optional<QString> newStored =
        newValue ? std::optional<QString>(storageText(d, *newValue)) : std::nullopt;
    if (oldStored == newStored)
        return {}; // nothing changes, nothing to record

    QSqlQuery q(tx.connection());
    if (newStored) {
        q.prepare(QStringLiteral(
            "INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
            " changed_at = excluded.changed_at, changed_by = excluded.changed_by"));
        q.addBindValue(key);
        q.addBindValue(Database::text(*newStored));
        q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
        q.addBindValue(session.userName());
    } else {
        q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.addBindValue(key);
    }
    if (auto done = Database::exec(q, tr("saving setting %1").arg(key)); !done)
        return done.error();

    AuditEvent e = AuditEvent::by(session, AuditEventType::SettingsChange);
    e.target = key;
    e.details = QJsonObject{{QStringLiteral("key"), key},
                            {QStringLiteral("old"), oldText},
                            {QStringLiteral("new"), format(d, effective)},
                            {QStringLiteral("default"), !newValue.has_value()}};
    if (auto recorded = AuditTrail(db_).record(tx, e); !recorded)
        return recorded.error();
    return tx.commit();
}

} // namespace pdi
