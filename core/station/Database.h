#pragma once

#include "result/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace pdi {

class Transaction;

// The station database pdistation.db: one SQLite file in WAL mode shared by every process and
// thread of this workstation. Each thread gets its own connection (Qt SQL connections must not
// cross threads); writers serialise through BEGIN IMMEDIATE, readers never block them.
//
// A Database is a cheap handle: copies share the same file and connections.
class Database {
    Q_DECLARE_TR_FUNCTIONS(pdi::Database)

public:
    // Opens (and creates) the file, switches it to WAL and brings the schema up to date.
    static Result<Database> open(const QString& path);

    QString path() const;
    // The calling thread's connection, opened on first use. Check isOpen() when it matters;
    // queries on a closed connection fail with an error that begin()/run() turn into values.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; worker threads call this before they end.
    void releaseThreadConnection() const;

    int schemaVersion() const;

    // Starts a write transaction (BEGIN IMMEDIATE) on the calling thread's connection. Waits up
    // to the busy timeout when another process is writing.
    Result<Transaction> begin() const;

    // Runs a prepared query; a failure becomes a Storage error that says what was being done.
    static Result<void> exec(QSqlQuery& query, const QString& what);
    static Error storageError(const QSqlError& error, const QString& what);
    // Text to bind to a NOT NULL column: Qt binds a null QString as SQL NULL, an empty one as ''.
    static QString text(const QString& value) {
        return value.isNull() ? QString::fromLatin1("", 0) : value;
    }

private:
    struct Shared;
    explicit Database(std::shared_ptr<Shared> shared)
        : shared_(std::move(shared)) {}
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
