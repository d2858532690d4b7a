#include "Database.h"

#include "Schema.h"
#include "Timestamp.h"

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

} // namespace

struct Database::Shared {
    QString path;
    quint64 serial = 0;
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
    auto shared = std::make_shared<Shared>();
    shared->path = path;
    shared->serial = g_nextDatabaseSerial.fetch_add(1);
    Database db(shared);

    const bool created = !QFile::exists(path);
    QSqlDatabase c = db.connection();
    if (!c.isOpen())
        return storageError(c.lastError(), tr("opening the station database %1").arg(path));
    if (created) {
        // Password hashes and patient identifiers live here: owner only. SQLite gives the -wal
        // and -shm files the same permissions as the database.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return storageError(q.lastError(), tr("switching the station database to WAL mode"));
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error::storage(
                tr("The station database %1 cannot use WAL mode (it reports \"%2\"); keep the "
                   "data directory on a local disk.")
                    .arg(path, q.value(0).toString()));
    }

    auto begun = db.begin();
    if (!begun)
        return begun.error();
    QSqlQuery q(begun->connection());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY,"
                               " description TEXT NOT NULL,"
                               " applied_at TEXT NOT NULL)")))
        return storageError(q.lastError(), tr("creating the schema version table"));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !q.next())
        return storageError(q.lastError(), tr("reading the schema version"));
    const int current = q.value(0).toInt();
    q.finish();
    if (current > Schema::latestVersion())
        return Error::storage(
            tr("The station database %1 was written by a newer PDI Station (schema version %2; "
               "this program knows up to %3). Update PDI Station before using this data "
               "directory.")
                .arg(path)
                .arg(current)
                .arg(Schema::latestVersion()));
    for (const Migration& m : Schema::migrations()) {
        if (m.version <= current)
            continue;
        for (const QString& statement : m.statements) {
            if (!q.exec(statement))
                return storageError(
                    q.lastError(), tr("updating the database schema to version %1").arg(m.version));
        }
        q.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QString::fromLatin1(m.description));
        q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
        if (!q.exec())
            return storageError(q.lastError(), tr("recording schema version %1").arg(m.version));
    }
    q.finish();
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return db;
}

QString Database::path() const {
    return shared_->path;
}

QSqlDatabase Database::connection() const {
    const QString name =
        QStringLiteral("pdi-station-%1-%2").arg(shared_->serial).arg(t_connections.serial);
    QSqlDatabase c;
    if (QSqlDatabase::contains(name)) {
        c = QSqlDatabase::database(name, false);
    } else {
        c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(shared_->path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        t_connections.names << name;
        QMutexLocker locker(&shared_->mutex);
        shared_->connectionNames << name;
    }
    // A connection that could not be opened (disk full, file locked by a backup) is tried again
    // on the next use instead of staying closed for the rest of the thread's life.
    if (!c.isOpen() && c.open()) {
        QSqlQuery q(c);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // An audit record that was reported as written must survive a power cut.
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    return c;
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
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<Transaction> Database::begin() const {
    QSqlDatabase c = connection();
    if (!c.isOpen())
        return storageError(c.lastError(),
                            tr("opening the station database %1").arg(shared_->path));
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return storageError(q.lastError(), tr("starting a change in the station database"));
    return Transaction(c);
}

Result<void> Database::exec(QSqlQuery& query, const QString& what) {
    if (!query.exec())
        return storageError(query.lastError(), what);
    return {};
}

Error Database::storageError(const QSqlError& error, const QString& what) {
    return Error::storage(
        tr("The station database failed while %1: %2. Check that the data directory is on a "
           "local disk with free space and that no other program holds it locked.")
            .arg(what, error.text()));
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
