#include "DatabaseLocation.h"

#include "DataDirectory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace pdi {

namespace {

// What libpq may be given through the address; anything else is a typo worth refusing.
const QStringList& passedToLibpq() {
    static const QStringList keys{
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("connect_timeout"),
        QStringLiteral("application_name")};
    return keys;
}

QString fingerprint(const QString& path) {
    return QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

Result<DatabaseLocation> DatabaseLocation::resolve(const DataDirectory& directory) {
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment, directory);
    const QString config = directory.filePath(QLatin1String(ConfigFileName));
    if (QFile::exists(config)) {
        const QSettings file(config, QSettings::IniFormat);
        if (file.status() != QSettings::NoError)
            return Error::storage(tr("The station configuration %1 cannot be read.").arg(config));
        return parse(file.value(QLatin1String(ConfigKey)).toString().trimmed(), directory);
    }
    return embedded(directory);
}

DatabaseLocation DatabaseLocation::embedded(const DataDirectory& directory) {
    return embeddedFile(directory.databasePath());
}

DatabaseLocation DatabaseLocation::embeddedFile(const QString& path) {
    DatabaseLocation l;
    l.engine_ = DatabaseEngine::Sqlite;
    l.sqlitePath_ = path;
    return l;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text,
                                                 const DataDirectory& directory) {
    if (text.isEmpty() || text == QLatin1String("sqlite"))
        return embedded(directory);
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://")))
        return parsePostgres(text, directory);
    return Error::invalid(
        tr("The station database \"%1\" is neither the embedded file (sqlite) nor a PostgreSQL "
           "address (postgresql://user@host:port/database).")
            .arg(text));
}

Result<DatabaseLocation> DatabaseLocation::parsePostgres(const QString& text,
                                                         const DataDirectory& directory) {
    const QUrl url(text);
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalid(tr("The PostgreSQL address \"%1\" is not valid; it looks like "
                                 "postgresql://user@host:5432/database.")
                                  .arg(url.toDisplayString(QUrl::RemovePassword)));
    if (!url.password().isEmpty())
        return Error::invalid(
            tr("The PostgreSQL address holds a password. Addresses end up in scripts, process "
               "lists and logs; keep the password in a file only the station's user can read "
               "and name it with password_file=PATH instead."));
    DatabaseLocation l;
    l.engine_ = DatabaseEngine::PostgreSql;
    l.host_ = url.host();
    l.port_ = url.port(5432);
    l.user_ = url.userName();
    l.database_ = url.path().mid(1);
    if (l.user_.isEmpty() || l.database_.isEmpty() || l.database_.contains(QLatin1Char('/')))
        return Error::invalid(tr("The PostgreSQL address \"%1\" must name a user and a database, "
                                 "as in postgresql://user@host:5432/database.")
                                  .arg(text));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password_file")) {
            l.passwordFile_ = value;
        } else if (key == QLatin1String("schema")) {
            l.schema_ =
                QString(value).replace(QLatin1String("{data-directory}"),
                                       QStringLiteral("pdi_") + fingerprint(directory.path()));
        } else if (passedToLibpq().contains(key)) {
            l.options_.insert(key, value);
        } else {
            return Error::invalid(
                tr("The PostgreSQL address names \"%1\", which PDI Station does not know; it "
                   "knows password_file, schema and %2.")
                    .arg(key, passedToLibpq().join(QLatin1String(", "))));
        }
    }
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!identifier.match(l.schema_).hasMatch())
        return Error::invalid(tr("The PostgreSQL schema \"%1\" must be a lower-case name of "
                                 "letters, digits and underscores.")
                                  .arg(l.schema_));
    return l;
}

QString DatabaseLocation::connectOptions() const {
    QStringList parts;
    for (auto it = options_.constBegin(); it != options_.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(';'));
}

Result<QString> DatabaseLocation::readPassword() const {
    if (passwordFile_.isEmpty())
        return QString();
    struct stat st {};
    const QByteArray name = QFile::encodeName(passwordFile_);
    if (::stat(name.constData(), &st) != 0)
        return Error::storage(
            tr("The database password file %1 cannot be read: %2.")
                .arg(passwordFile_, QString::fromLocal8Bit(std::strerror(errno))));
    if (st.st_uid != ::geteuid())
        return Error::storage(
            tr("The database password file %1 belongs to another operating-system user (uid "
               "%2). It must belong to the user that runs PDI Station, so that nobody else "
               "can change or read it.")
                .arg(passwordFile_)
                .arg(st.st_uid));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error::storage(
            tr("The database password file %1 can be read by other users (mode %2): anybody on "
               "this computer could open the shared database with it. Make it readable by its "
               "owner only (mode 0600) and change the database password, since it may have been "
               "read.")
                .arg(passwordFile_)
                .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')));
    QFile f(passwordFile_);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(tr("The database password file %1 cannot be read: %2.")
                                  .arg(passwordFile_, f.errorString()));
    // The first line; a trailing newline from an editor or echo is not part of the password.
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString DatabaseLocation::address() const {
    if (engine_ == DatabaseEngine::Sqlite)
        return sqlitePath_;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user_);
    url.setHost(host_);
    url.setPort(port_);
    url.setPath(QLatin1Char('/') + database_);
    QUrlQuery query;
    if (!passwordFile_.isEmpty())
        query.addQueryItem(QStringLiteral("password_file"), passwordFile_);
    if (schema_ != QLatin1String("public"))
        query.addQueryItem(QStringLiteral("schema"), schema_);
    for (auto it = options_.constBegin(); it != options_.constEnd(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

QString DatabaseLocation::description() const {
    if (engine_ == DatabaseEngine::Sqlite)
        return tr("the embedded file %1").arg(sqlitePath_);
    const QString mode = options_.value(QStringLiteral("sslmode"));
    QString security;
    if (mode == QLatin1String("verify-full"))
        security = tr("encrypted, server certificate and host name checked");
    else if (mode == QLatin1String("verify-ca"))
        security = tr("encrypted, server certificate checked");
    else if (mode == QLatin1String("require"))
        security = tr("encrypted, server not verified");
    else
        security = tr("encrypted only if the server offers it");
    return tr("PostgreSQL database %1 on %2:%3 as %4 (%5)")
        .arg(database_, host_)
        .arg(port_)
        .arg(user_, security);
}

} // namespace pdi
