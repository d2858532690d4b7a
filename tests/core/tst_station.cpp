// The data directory and the station database: location rules, WAL, schema versions, one
// connection per thread, owner-only files.
#include "PostgresServer.h"
#include "StationFixture.h"
#include "TestSupport.h"
#include "station/Schema.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pdi;

namespace {

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class StationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolveOrder() {
        qunsetenv(DataDirectory::EnvironmentVariable);
        QCOMPARE(DataDirectory::resolve(), DataDirectory::defaultPath());
        QVERIFY(DataDirectory::defaultPath().endsWith(QLatin1String("/pdistation")));
        qputenv(DataDirectory::EnvironmentVariable, "/tmp/from-env");
        QCOMPARE(DataDirectory::resolve(), QStringLiteral("/tmp/from-env"));
        QCOMPARE(DataDirectory::resolve(QStringLiteral("/tmp/explicit")),
                 QStringLiteral("/tmp/explicit"));
        qunsetenv(DataDirectory::EnvironmentVariable);
    }

    void openCreatesOwnerOnlyWalDatabase() {
        if (pdi::test::testingPostgres())
            QSKIP("the embedded file's own rules (tst_database opens PostgreSQL)");
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/nested/data");
        Result<Station> station = Station::open(dir);
        QVERIFY2(station.ok(), qPrintable(station ? QString() : station.error().message));
        QCOMPARE(station->directory().path(), dir);
        const QFileInfo db(station->directory().databasePath());
        QVERIFY(db.exists());
        QCOMPARE(db.fileName(), QStringLiteral("pdistation.db"));
        QCOMPARE(QFileInfo(dir).permissions() &
                     (QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(db.permissions() & (QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther),
                 QFile::Permissions());

        QSqlQuery q(station->database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(station->database().schemaVersion(), Schema::latestVersion());
        for (const char* table :
             {"settings", "accounts", "audit_log", "syslog_queue", "schema_version"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        }
    }

    void reopenKeepsDataAndSchema() {
        QTemporaryDir tmp;
        {
            Result<Station> first = Station::open(tmp.path());
            QVERIFY(first.ok());
            QVERIFY(first->accounts()
                        .createFirstAdministrator({QStringLiteral("root"), QString(), Role::Admin,
                                                   QStringLiteral("Long-enough-1")})
                        .ok());
        }
        Result<Station> second = Station::open(tmp.path());
        QVERIFY(second.ok());
        QCOMPARE(*second->accounts().count(), 1);
        QSqlQuery q(second->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Schema::latestVersion());
    }

    void refusesNewerSchema() {
        QTemporaryDir tmp;
        {
            Result<Station> s = Station::open(tmp.path());
            QVERIFY(s.ok());
            QSqlQuery q(s->database().connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 'now')")));
        }
        Result<Station> again = Station::open(tmp.path());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Storage);
        QVERIFY(again.error().message.contains(QLatin1String("newer")));
    }

    void refusesFileAsDirectory() {
        QTemporaryDir tmp;
        const QString file = tmp.path() + QStringLiteral("/plain-file");
        QVERIFY(pdi::test::writeText(file, "x"));
        Result<Station> s = Station::open(file);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(file));
    }

    // A directory that existed before with the usual 0755 (or a file PDI Station wrote before
    // this rule): made private on open, top-level files 0600 and folders 0700.
    void openMakesAReadableDirectoryPrivate() {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/data");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/archive/ab")));
        QVERIFY(pdi::test::writeText(dir + QStringLiteral("/syslog-queue.lock"), "x"));
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir + QStringLiteral("/archive")).constData(), 0755) ==
                0);
        QVERIFY(::chmod(QFile::encodeName(dir + QStringLiteral("/syslog-queue.lock")).constData(),
                        0644) == 0);
        Result<Station> station = Station::open(dir);
        QVERIFY2(station.ok(), qPrintable(station ? QString() : station.error().message));
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(dir + QStringLiteral("/archive")), 0700);
        QCOMPARE(modeOf(dir + QStringLiteral("/syslog-queue.lock")), 0600);
        if (station->database().engine() == DatabaseEngine::Sqlite)
            QCOMPARE(modeOf(station->directory().databasePath()), 0600);
        QCOMPARE(modeOf(dir + QStringLiteral("/station-id")), 0600);
    }

    // Others who can write there could swap the database or an archived object: refused, with
    // what to do, and nothing changed.
    void refusesADirectoryOthersCanWrite() {
        for (const int mode : {0777, 01777, 0770, 0720}) {
            QTemporaryDir tmp;
            const QString dir = tmp.path() + QStringLiteral("/data");
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(::chmod(QFile::encodeName(dir).constData(), mode_t(mode)) == 0);
            Result<Station> station = Station::open(dir);
            QVERIFY2(!station.ok(), qPrintable(QString::number(mode, 8)));
            QCOMPARE(station.error().kind, Error::Kind::Storage);
            QVERIFY2(station.error().message.contains(QLatin1String("written by other users")),
                     qPrintable(station.error().message));
            QVERIFY(station.error().message.contains(dir));
            QVERIFY(station.error().message.contains(QLatin1String("chmod 700")));
            QCOMPARE(modeOf(dir), mode);
            QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/pdistation.db")));
        }
    }

    void refusesADirectoryOfAnotherUser() {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/data");
        QVERIFY(QDir().mkpath(dir));
        if (::chown(QFile::encodeName(dir).constData(), 65534, gid_t(-1)) != 0)
            QSKIP("changing a folder's owner needs root");
        Result<Station> station = Station::open(dir);
        QVERIFY(!station.ok());
        QVERIFY2(station.error().message.contains(QLatin1String("another operating-system user")),
                 qPrintable(station.error().message));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/pdistation.db")));
    }

    // Worker threads append through their own connections; WAL plus BEGIN IMMEDIATE keep the
    // chain in one piece.
    void recordsFromManyThreads() {
        pdi::test::StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const AuditTrail audit = f.station().audit();
        const Session admin = f.admin();
        const QList<int> jobs{0, 1, 2, 3, 4, 5, 6, 7};
        const QList<bool> results = QtConcurrent::blockingMapped(jobs, [&](int job) {
            bool ok = true;
            for (int i = 0; i < 10; ++i) {
                AuditEvent e = AuditEvent::by(admin, AuditEventType::Check);
                e.details = QJsonObject{{QStringLiteral("job"), job}, {QStringLiteral("i"), i}};
                ok = ok && audit.record(e).ok();
            }
            audit.database().releaseThreadConnection();
            return ok;
        });
        QVERIFY(!results.contains(false));
        Result<AuditVerification> v = f.station().verifier().verify(admin);
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->records, qint64(2 + 80)); // user-change (first admin), login, 80 checks
    }
};

QTEST_GUILESS_MAIN(StationTest)
#include "tst_station.moc"
