#pragma once

#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace pdi {

class Transaction;

// How Database::open treats a schema older than this program's (a newer one is always refused).
enum class SchemaPolicy {
    Upgrade,        // bring it up to date (the embedded file; `pdi db migrate`)
    RequireCurrent, // a shared database: set up an empty one, refuse an older one (an
                    // administrator upgrades it once, for every station, with `pdi db migrate`)
    AsIs,           // open whatever is there (`pdi db status`)
};

// The station database: the embedded SQLite file pdistation.db in WAL mode shared by every
// process and thread of this workstation, or a PostgreSQL database shared by several
// workstations (DatabaseLocation). Each thread gets its own connection (Qt SQL connections must
// not cross threads). Writers serialise as one: BEGIN IMMEDIATE on SQLite, a transaction-scoped
// advisory lock on PostgreSQL, so that what a change reads cannot change under it on either
// engine; readers never block them.
//
// A Database is a cheap handle: copies share the same location and connections.
class Database {
    Q_DECLARE_TR_FUNCTIONS(pdi::Database)

public:
    // Opens (and creates) the database and brings the schema up to date as policy says.
    static Result<Database> open(const DatabaseLocation& location,
                                 SchemaPolicy policy = SchemaPolicy::Upgrade);
    // The embedded file at path (tests, tools).
    static Result<Database> open(const QString& path);

    const DatabaseLocation& location() const;
    DatabaseEngine engine() const { return location().engine(); }
    SqlDialect dialect() const { return SqlDialect(engine()); }
    // The SQLite file, or the PostgreSQL address without secrets.
    QString path() const;
    // The calling thread's connection, opened on first use. Check isOpen() when it matters;
    // queries on a closed connection fail with an error that begin()/run() turn into values.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; worker threads call this before they end.
    void releaseThreadConnection() const;

    int schemaVersion() const;

    // The station this handle works for (DataDirectory::stationId): what it records as its
    // own (jobs, archived objects, per-station settings) carries this id. Empty for a database
    // opened without a data directory.
    QString stationId() const;
    void setStationId(const QString& id) const;

    // Starts a write transaction on the calling thread's connection. Waits up to the busy
    // timeout when another process (another station) is writing.
    Result<Transaction> begin() const;
    // Takes, in the transaction, the lock that keeps the audit chain one chain: whoever appends
    // reads the head and writes after it before anybody else can. Held until commit or rollback.
    Result<void> lockAuditChain(Transaction& transaction) const;

    // A lock every station of a shared database sees, held by the calling thread's connection
    // until released or until the connection ends (the process died): one sender of the audit
    // queue, one run of an import job. true when taken, false when somebody holds it. On the
    // embedded file there is nobody else to see it: always true (callers lock a file there).
    Result<bool> tryHoldSessionLock(qint32 kind, const QString& name) const;
    void releaseSessionLock(qint32 kind, const QString& name) const;

    // Runs a prepared query; a failure becomes a Storage error that says what was being done.
    static Result<void> exec(QSqlQuery& query, const QString& what);
    static Error storageError(const QSqlError& error, const QString& what);
    // The connection cannot be opened at all.
    static Error unreachable(const DatabaseLocation& location, const QSqlError& error);
    // Text to bind to a NOT NULL column: Qt binds a null QString as SQL NULL, an empty one as ''.
    static QString text(const QString& value) {
        return value.isNull() ? QString::fromLatin1("", 0) : value;
    }

private:
    struct Shared;
    explicit Database(std::shared_ptr<Shared> shared)
        : shared_(std::move(shared)) {}
    QSqlDatabase addConnection(const QString& name) const;
    void prepareConnection(QSqlDatabase& connection) const;
    Result<void> prepareFile() const;
    std::shared_ptr<Shared> shared_;
};

// A write transaction; rolled back on destruction unless committed. Not nestable: a function
// that takes a Transaction& adds its writes to the caller's transaction.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(pdi::Transaction)

public:
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    QSqlDatabase connection() const { return connection_; }
    Result<void> commit();

private:
    friend class Database;
    explicit Transaction(QSqlDatabase connection)
        : connection_(std::move(connection)) {}
    QSqlDatabase connection_;
    bool active_ = true;
};

} // namespace pdi
