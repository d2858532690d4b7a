#pragma once

#include "result/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace pdi {

class DataDirectory;

// The two engines a station database can live in.
enum class DatabaseEngine {
    Sqlite,     // the embedded file pdistation.db in the data directory (one desk)
    PostgreSql, // a shared server (several desks), through Qt's QPSQL driver
};

// Where the station database is: the embedded SQLite file (the default) or a PostgreSQL server
// given as
//
//   postgresql://USER@HOST:PORT/DATABASE?password_file=PATH&sslmode=verify-full&sslrootcert=PATH
//
// The administrator chooses it in the data directory's station.conf (database = ...) or, for
// scripts, in the environment variable PDI_DATABASE, which wins. The password never appears in
// the text: it is read from password_file, a file only this operating-system user may read.
// Other query values (sslmode, sslrootcert, sslcert, sslkey, connect_timeout) go to libpq as
// they are; schema names the PostgreSQL schema holding the tables (default: public), where
// {data-directory} stands for a short fingerprint of the data directory, so that independent
// stations (a test suite, a demonstration) can share one server without sharing records.
class DatabaseLocation {
    Q_DECLARE_TR_FUNCTIONS(pdi::DatabaseLocation)

public:
    static constexpr const char* EnvironmentVariable = "PDI_DATABASE";
    static constexpr const char* ConfigFileName = "station.conf";
    static constexpr const char* ConfigKey = "database";

    // The environment, then station.conf, then the embedded file.
    static Result<DatabaseLocation> resolve(const DataDirectory& directory);
    // "sqlite" (or empty) for the embedded file, or a postgresql:// address.
    static Result<DatabaseLocation> parse(const QString& text, const DataDirectory& directory);
    static DatabaseLocation embedded(const DataDirectory& directory);
    static DatabaseLocation embeddedFile(const QString& path);

    DatabaseEngine engine() const { return engine_; }
    bool isShared() const { return engine_ == DatabaseEngine::PostgreSql; }

    QString sqlitePath() const { return sqlitePath_; }
    QString host() const { return host_; }
    int port() const { return port_; }
    QString databaseName() const { return database_; }
    QString userName() const { return user_; }
    QString passwordFile() const { return passwordFile_; }
    QString schema() const { return schema_; }
    // libpq keywords for QSqlDatabase::setConnectOptions ("sslmode=verify-full;...").
    QString connectOptions() const;

    // The password from password_file (empty when none is configured). Refuses a file that
    // other users can read, or that belongs to another user.
    Result<QString> readPassword() const;

    // For a person: "the file /path/pdistation.db" or "PostgreSQL database pdi on
    // db.example:5432 as pdi (TLS, certificate and host name checked)"; never a password.
    QString description() const;
    // The address as configured, without secrets (for `pdi db status`, the settings page).
    QString address() const;

private:
    static Result<DatabaseLocation> parsePostgres(const QString& text,
                                                  const DataDirectory& directory);

    DatabaseEngine engine_ = DatabaseEngine::Sqlite;
    QString sqlitePath_;
    QString host_;
    int port_ = 5432;
    QString database_;
    QString user_;
    QString passwordFile_;
    QString schema_ = QStringLiteral("public");
    QMap<QString, QString> options_; // libpq keywords
};

} // namespace pdi
