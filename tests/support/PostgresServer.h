#pragma once

#include "TestSupport.h"

#include <QString>
#include <QStringList>

namespace pdi::test {

// A real PostgreSQL 15 (Debian package postgresql-15) in a temporary folder: initdb + pg_ctl
// from /usr/lib/postgresql/15/bin on a free loopback port, password authentication (SCRAM) for
// the superuser "pdi", whose password sits in a 0600 file. PostgreSQL refuses to run as root,
// so as root the cluster belongs to the unprivileged user nobody (runuser). Stopped and removed
// when destroyed, unless keep() was called (the ctest fixture that serves a whole test run).
class PostgresServer {
public:
    static constexpr const char* BinDir = "/usr/lib/postgresql/15/bin";
    static inline const QString User = QStringLiteral("pdi");

    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // Empty when the binaries are there; otherwise why the tests must skip.
    static QString missing();

    // A fresh cluster under folder (a new temporary folder when empty).
    bool start(const QString& folder = QString());
    void stop();
    void keep() { keep_ = true; }

    int port() const { return port_; }
    QString folder() const { return folder_; }
    QString passwordFile() const { return folder_ + QStringLiteral("/client/password"); }
    QString error() const { return error_; }

    // postgresql://pdi@127.0.0.1:PORT/DATABASE?password_file=...; extra is appended to the
    // query ("schema=x").
    QString url(const QString& database = QStringLiteral("pdi"),
                const QString& extra = QString()) const;
    bool createDatabase(const QString& name);
    // psql -At with ON_ERROR_STOP: the output, or exit code != 0 with the error.
    ProcessResult psql(const QString& sql, const QString& database = QStringLiteral("pdi")) const;

private:
    bool runAsServerUser(const QString& program, const QStringList& arguments);
    QStringList asServerUser(const QString& program, const QStringList& arguments) const;

    QString folder_;
    bool ownsFolder_ = false;
    bool keep_ = false;
    bool running_ = false;
    int port_ = 0;
    QString error_;
};

// When PDI_TEST_DATABASE=postgresql: points PDI_DATABASE at the server the ctest fixture started
// (its state file is PDI_TEST_POSTGRES_STATE), one schema per data directory, so that every
// station a test opens, in the test process or in a pdi it starts, uses PostgreSQL. Called before
// main by the test support library; true when the suite runs against PostgreSQL.
bool usePostgresFromFixture();
bool testingPostgres();

// Runs sql on the station database of dataDir as someone with an outside tool would: sqlite3 on
// the embedded file, psql on the shared database PDI_DATABASE names (in the data directory's
// schema, with the password from its file).
ProcessResult outsideSql(const QString& dataDir, const QString& sql);
// The statements that tool needs to get the audit trail's append-only triggers out of the way.
QString switchOffAuditTriggers();

} // namespace pdi::test
