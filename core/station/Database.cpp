#include "Database.h"

#include "SchemaUpgrade.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace pdi {

namespace {

// Long enough for another process to finish a login (one PBKDF2 hash happens outside any
// transaction, so writers hold the lock for milliseconds).
constexpr int BusyTimeoutMs = 15000;

std::atomic<quint64> g_nextThreadSerial{1};
std::atomic<quint64> g_nextDatabaseSerial{1};

// The connections a thread opened; closed when the thread ends, in that thread, as Qt requires.
// A serial instead of the thread id: ids are reused, and a reused id would hand a new thread a
// connection that belongs to a dead one.
struct ThreadConnections {
    quint64 serial = g_nextThreadSerial.fetch_add(1);
    QStringList names;

    ~ThreadConnections() {
        for (const QString& name : std::as_const(names)) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }
};

thread_local ThreadConnections t_connections;

// PostgreSQL advisory locks (two keys: a class, and the schema's own number so that independent
// schemas on one server do not wait for each other).
constexpr qint32 WriteLockClass = 0x50444931; // "PDI1": every write transaction
constexpr qint32 AuditLockClass = 0x50444932; // "PDI2": appending to the audit chain

qint32 schemaLockKey(const QString& schema) {
    const QByteArray h = QCryptographicHash::hash(schema.toUtf8(), QCryptographicHash::Sha256);
    return qint32(qFromBigEndian<quint32>(h.constData()) & 0x7fffffff);
}

} // namespace

struct Database::Shared {
    DatabaseLocation location;
    QString password; // PostgreSQL: read once from the password file
    qint32 lockKey = 0;
    quint64 serial = 0;
    QString stationId; // set once by Station::open, before any other thread sees the handle
    QMutex mutex;
    QStringList connectionNames;

    ~Shared() {
        QMutexLocker locker(&mutex);
        for (const QString& name : std::as_const(connectionNames)) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }
};

Result<Database> Database::open(const QString& path) {
    return open(DatabaseLocation::embeddedFile(path));
}

Result<Database> Database::open(const DatabaseLocation& location, SchemaPolicy policy) {
    auto shared = std::make_shared<Shared>();
    shared->location = location;
    shared->serial = g_nextDatabaseSerial.fetch_add(1);
    shared->lockKey = schemaLockKey(location.schema());
    if (location.engine() == DatabaseEngine::PostgreSql) {
        Result<QString> password = location.readPassword();
        if (!password)
            return password.error();
        shared->password = *password;
    }
    Database db(shared);
    const bool created =
        location.engine() == DatabaseEngine::Sqlite && !QFile::exists(location.sqlitePath());
    QSqlDatabase c = db.connection();
    if (!c.isOpen())
        return unreachable(location, c.lastError());
    if (location.engine() == DatabaseEngine::Sqlite) {
        if (created) {
            // Password hashes and patient identifiers live here: owner only. SQLite gives the
            // -wal and -shm files the same permissions as the database.
            QFile::setPermissions(location.sqlitePath(), QFile::ReadOwner | QFile::WriteOwner);
        }
        if (auto wal = db.prepareFile(); !wal)
            return wal.error();
    }
    if (auto upgraded = SchemaUpgrade(db).bringUpToDate(policy); !upgraded)
        return upgraded.error();
    return db;
}

Result<void> Database::prepareFile() const {
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return storageError(q.lastError(), tr("switching the station database to WAL mode"));
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::storage(
            tr("The station database %1 cannot use WAL mode (it reports \"%2\"); keep the "
               "data directory on a local disk.")
                .arg(path(), q.value(0).toString()));
    return {};
}

QString Database::stationId() const {
    return shared_->stationId;
}

void Database::setStationId(const QString& id) const {
    shared_->stationId = id;
}

const DatabaseLocation& Database::location() const {
    return shared_->location;
}

QString Database::path() const {
    return shared_->location.address();
}

QSqlDatabase Database::connection() const {
    const QString name =
        QStringLiteral("pdi-station-%1-%2").arg(shared_->serial).arg(t_connections.serial);
    QSqlDatabase c =
        QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : addConnection(name);
    // A connection that could not be opened (disk full, file locked by a backup, server
    // restarting) is tried again on the next use instead of staying closed for the rest of the
    // thread's life.
    if (!c.isOpen() && c.open())
        prepareConnection(c);
    return c;
}

QSqlDatabase Database::addConnection(const QString& name) const {
    const DatabaseLocation& l = shared_->location;
    QSqlDatabase c;
    if (l.engine() == DatabaseEngine::Sqlite) {
        c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(l.sqlitePath());
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    } else {
        c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(l.host());
        c.setPort(l.port());
        c.setDatabaseName(l.databaseName());
        c.setUserName(l.userName());
        c.setPassword(shared_->password);
        c.setConnectOptions(l.connectOptions());
    }
    t_connections.names << name;
    QMutexLocker locker(&shared_->mutex);
    shared_->connectionNames << name;
    return c;
}

void Database::prepareConnection(QSqlDatabase& c) const {
    QSqlQuery q(c);
    if (engine() == DatabaseEngine::Sqlite) {
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // An audit record that was reported as written must survive a power cut.
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        return;
    }
    // "already exists, skipping" and the like are not for the person at the desk.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    const QString schema = shared_->location.schema();
    if (schema != QLatin1String("public"))
        q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema));
    // public stays on the path for the citext type, which lives there.
    q.exec(QStringLiteral("SET search_path TO %1, public").arg(schema));
    // Waits for another station's change as long as SQLite waits for another process's.
    q.exec(QStringLiteral("SET lock_timeout = %1").arg(BusyTimeoutMs));
    // Timestamps are text written by the program; nothing depends on the server's zone.
    q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
}

void Database::releaseThreadConnection() const {
    const QString name =
        QStringLiteral("pdi-station-%1-%2").arg(shared_->serial).arg(t_connections.serial);
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    // Forgotten here too, so that the thread's end has nothing left to close: a pool thread may
    // end while the process exits, after Qt SQL's connection list is gone.
    t_connections.names.removeAll(name);
}

int Database::schemaVersion() const {
    Result<int> version = SchemaUpgrade(*this).currentVersion();
    return version ? *version : 0;
}

Error Database::unreachable(const DatabaseLocation& location, const QSqlError& error) {
    if (location.engine() == DatabaseEngine::Sqlite)
        return storageError(error,
                            tr("opening the station database %1").arg(location.sqlitePath()));
    return Error::storage(
        tr("The shared station database (%1) cannot be opened: %2. Check that the server runs "
           "and can be reached from this computer, and that the user name, the password file "
           "and the certificates are right.")
            .arg(location.description(), error.text().trimmed()));
}

Result<Transaction> Database::begin() const {
    QSqlDatabase c = connection();
    if (!c.isOpen())
        return unreachable(shared_->location, c.lastError());
    QSqlQuery q(c);
    if (engine() == DatabaseEngine::Sqlite) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return storageError(q.lastError(), tr("starting a change in the station database"));
        return Transaction(c);
    }
    if (!q.exec(QStringLiteral("BEGIN")))
        return storageError(q.lastError(), tr("starting a change in the station database"));
    Transaction tx(c);
    // One writer at a time, as on SQLite: a change that reads before it writes (the next
    // sequence number, the number of administrators, a job by its key) sees every change
    // committed before it and none that commits while it runs.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)")
                    .arg(WriteLockClass)
                    .arg(shared_->lockKey)))
        return storageError(q.lastError(), tr("waiting for another station's change"));
    return tx;
}

Result<void> Database::lockAuditChain(Transaction& tx) const {
    if (engine() == DatabaseEngine::Sqlite)
        return {}; // BEGIN IMMEDIATE: the transaction is the only writer of the file
    QSqlQuery q(tx.connection());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)")
                    .arg(AuditLockClass)
                    .arg(shared_->lockKey)))
        return storageError(q.lastError(), tr("waiting for another station's audit record"));
    return {};
}

namespace {

QString sessionLockCall(const char* function, qint32 kind, const QString& schema,
                        const QString& name) {
    return QStringLiteral("SELECT %1(%2, %3)")
        .arg(QLatin1String(function))
        .arg(kind)
        .arg(schemaLockKey(schema + QLatin1Char('/') + name));
}

} // namespace

Result<bool> Database::tryHoldSessionLock(qint32 kind, const QString& name) const {
    if (engine() == DatabaseEngine::Sqlite)
        return true;
    QSqlQuery q(connection());
    if (!q.exec(sessionLockCall("pg_try_advisory_lock", kind, location().schema(), name)) ||
        !q.next())
        return storageError(q.lastError(), tr("asking the other stations for a lock"));
    return q.value(0).toBool();
}

void Database::releaseSessionLock(qint32 kind, const QString& name) const {
    if (engine() == DatabaseEngine::Sqlite)
        return;
    QSqlQuery q(connection());
    q.exec(sessionLockCall("pg_advisory_unlock", kind, location().schema(), name));
}

Result<void> Database::exec(QSqlQuery& query, const QString& what) {
    if (!query.exec())
        return storageError(query.lastError(), what);
    return {};
}

Error Database::storageError(const QSqlError& error, const QString& what) {
    return Error::storage(
        tr("The station database failed while %1: %2. Check that the data directory is on a "
           "local disk with free space and that no other program holds it locked; a shared "
           "database also needs its server running and reachable.")
            .arg(what, error.text().trimmed()));
}

Transaction::Transaction(Transaction&& other) noexcept
    : connection_(other.connection_)
    , active_(other.active_) {
    other.active_ = false;
}

Transaction::~Transaction() {
    if (active_) {
        QSqlQuery q(connection_);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit() {
    if (!active_)
        return Error::storage(tr("A change was committed twice; this is a program error."));
    QSqlQuery q(connection_);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = Database::storageError(q.lastError(), tr("saving a change"));
        q.exec(QStringLiteral("ROLLBACK"));
        active_ = false;
        return error;
    }
    active_ = false;
    return {};
}

} // namespace pdi
