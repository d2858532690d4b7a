#include "PostgresServer.h"

#include "DicomServers.h"
#include "station/DataDirectory.h"
#include "station/DatabaseLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

namespace pdi::test {

namespace {

QString bin(const QString& name) {
    return QLatin1String(PostgresServer::BinDir) + QLatin1Char('/') + name;
}

bool writePrivate(const QString& path, const QByteArray& content, QFile::Permissions mode) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return QFile::setPermissions(path, mode);
}

} // namespace

PostgresServer::~PostgresServer() {
    if (!keep_) {
        stop();
        if (ownsFolder_ && !folder_.isEmpty())
            QDir(folder_).removeRecursively();
    }
}

QString PostgresServer::missing() {
    for (const char* tool : {"initdb", "pg_ctl", "postgres"}) {
        if (!QFile::exists(bin(QLatin1String(tool))))
            return QStringLiteral("%1 is missing: install the Debian package postgresql-15")
                .arg(bin(QLatin1String(tool)));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty())
        return QStringLiteral("psql is missing: install postgresql-client-15");
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        return QStringLiteral("runuser is missing (util-linux): needed to run PostgreSQL as root");
    return QString();
}

QStringList PostgresServer::asServerUser(const QString& program,
                                         const QStringList& arguments) const {
    if (::geteuid() != 0)
        return QStringList{program} + arguments;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"),
                       QStringLiteral("--"), program} +
           arguments;
}

bool PostgresServer::runAsServerUser(const QString& program, const QStringList& arguments) {
    const QStringList command = asServerUser(program, arguments);
    const ProcessResult r =
        run(command.first(), command.mid(1), QByteArray(), QProcessEnvironment(), 120000);
    if (r.exitCode != 0) {
        error_ = QStringLiteral("%1 failed (%2): %3 %4")
                     .arg(QFileInfo(program).fileName())
                     .arg(r.exitCode)
                     .arg(r.errText(), r.outText());
        return false;
    }
    return true;
}

bool PostgresServer::start(const QString& folder) {
    if (const QString why = missing(); !why.isEmpty()) {
        error_ = why;
        return false;
    }
    folder_ = folder;
    if (folder_.isEmpty()) {
        folder_ = QDir::tempPath() + QStringLiteral("/pdi-pg-") +
                  QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        ownsFolder_ = true;
    }
    // The server's folder belongs to the server's user; the client's password file to us.
    if (!QDir().mkpath(folder_ + QStringLiteral("/client")) ||
        !QFile::setPermissions(folder_ + QStringLiteral("/client"),
                               QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        error_ = QStringLiteral("cannot create %1").arg(folder_);
        return false;
    }
    const QString server = folder_ + QStringLiteral("/server");
    QDir().mkpath(server);
    if (::geteuid() == 0) {
        const ProcessResult own =
            run(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), server});
        if (own.exitCode != 0) {
            error_ = QStringLiteral("chown nobody %1: %2").arg(server, own.errText());
            return false;
        }
        // nobody must reach its folder through ours.
        QFile::setPermissions(folder_, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ExeGroup | QFile::ExeOther);
    }
    const QByteArray password = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString initPassword = server + QStringLiteral("/initdb-password");
    if (!writePrivate(passwordFile(), password + '\n', QFile::ReadOwner | QFile::WriteOwner) ||
        !writePrivate(initPassword, password + '\n',
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther)) {
        error_ = QStringLiteral("cannot write the password files");
        return false;
    }
    const bool initialised = runAsServerUser(
        bin(QStringLiteral("initdb")),
        {QStringLiteral("-D"), server + QStringLiteral("/data"), QStringLiteral("-U"), User,
         QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--pwfile=") + initPassword,
         QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
         QStringLiteral("--no-sync")});
    QFile::remove(initPassword);
    if (!initialised)
        return false;
    // A port may be taken between the look and the start: try a few.
    for (int attempt = 0; attempt < 3 && !running_; ++attempt) {
        port_ = freePort();
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off "
                           "-c max_connections=400 -c shared_buffers=32MB")
                .arg(port_)
                .arg(server);
        running_ = runAsServerUser(
            bin(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), server + QStringLiteral("/data"), QStringLiteral("-l"),
             server + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("-t"),
             QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")});
    }
    if (!running_)
        return false;
    if (!createDatabase(QStringLiteral("pdi"))) {
        stop();
        return false;
    }
    return true;
}

void PostgresServer::stop() {
    if (!running_)
        return;
    runAsServerUser(bin(QStringLiteral("pg_ctl")),
                    {QStringLiteral("-D"), folder_ + QStringLiteral("/server/data"),
                     QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                     QStringLiteral("stop")});
    running_ = false;
}

QString PostgresServer::url(const QString& database, const QString& extra) const {
    QString u = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?password_file=%4")
                    .arg(User)
                    .arg(port_)
                    .arg(database, passwordFile());
    if (!extra.isEmpty())
        u += QLatin1Char('&') + extra;
    return u;
}

bool PostgresServer::createDatabase(const QString& name) {
    const ProcessResult r =
        psql(QStringLiteral("CREATE DATABASE %1").arg(name), QStringLiteral("postgres"));
    if (r.exitCode != 0) {
        error_ = QStringLiteral("CREATE DATABASE %1: %2").arg(name, r.errText());
        return false;
    }
    return true;
}

ProcessResult PostgresServer::psql(const QString& sql, const QString& database) const {
    QFile f(passwordFile());
    f.open(QIODevice::ReadOnly);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(f.readLine().trimmed()));
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    return run(QStringLiteral("psql"),
               {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(port_), QStringLiteral("-U"), User, QStringLiteral("-d"), database,
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAt"),
                QStringLiteral("-c"), sql},
               QByteArray(), env, 120000);
}

ProcessResult outsideSql(const QString& dataDir, const QString& sql) {
    Result<DataDirectory> dir = DataDirectory::open(dataDir);
    Result<DatabaseLocation> l =
        dir ? DatabaseLocation::resolve(*dir) : Result<DatabaseLocation>(dir.error());
    if (!l) {
        ProcessResult r;
        r.err = l.error().message.toUtf8();
        return r;
    }
    if (l->engine() == DatabaseEngine::Sqlite)
        return run(QStringLiteral("sqlite3"), {l->sqlitePath(), sql});
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), l->readPassword().value());
    return run(QStringLiteral("psql"),
               {QStringLiteral("-h"), l->host(), QStringLiteral("-p"), QString::number(l->port()),
                QStringLiteral("-U"), l->userName(), QStringLiteral("-d"), l->databaseName(),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAt"),
                QStringLiteral("-c"),
                QStringLiteral("SET search_path TO %1, public; %2").arg(l->schema(), sql)},
               QByteArray(), env, 120000);
}

QString switchOffAuditTriggers() {
    if (testingPostgres())
        return QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER;");
    return QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
}

bool testingPostgres() {
    return qEnvironmentVariable("PDI_TEST_DATABASE") == QLatin1String("postgresql");
}

bool usePostgresFromFixture() {
    if (!testingPostgres())
        return false;
    QFile state(qEnvironmentVariable("PDI_TEST_POSTGRES_STATE"));
    if (!state.open(QIODevice::ReadOnly)) {
        qWarning("PDI_TEST_DATABASE=postgresql but the fixture's state file %s cannot be read",
                 qPrintable(state.fileName()));
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(state.readAll()).object();
    const QString url =
        o.value(QStringLiteral("url")).toString() + QStringLiteral("&schema={data-directory}");
    qputenv("PDI_DATABASE", url.toUtf8());
    return true;
}

} // namespace pdi::test
