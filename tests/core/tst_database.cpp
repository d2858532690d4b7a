// Choosing the station database: the embedded SQLite file or a shared PostgreSQL (a real server
// started here), the password file's rules, one schema on both engines, and the refusals of a
// schema that is newer (always) or older (a shared database) than the program.
#include "DicomServers.h"
#include "PostgresServer.h"
#include "StationFixture.h"
#include "TestSupport.h"
#include "station/DatabaseMaintenance.h"
#include "station/SchemaUpgrade.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;
using namespace pdi::test;

namespace {

// PDI_DATABASE for the length of a scope.
class DatabaseVariable {
public:
    explicit DatabaseVariable(const QString& value)
        : old_(qgetenv(DatabaseLocation::EnvironmentVariable))
        , had_(qEnvironmentVariableIsSet(DatabaseLocation::EnvironmentVariable)) {
        qputenv(DatabaseLocation::EnvironmentVariable, value.toUtf8());
    }
    ~DatabaseVariable() {
        if (had_)
            qputenv(DatabaseLocation::EnvironmentVariable, old_);
        else
            qunsetenv(DatabaseLocation::EnvironmentVariable);
    }

private:
    QByteArray old_;
    bool had_;
};

QString message(const Result<Station>& s) {
    return s ? QString() : s.error().message;
}

} // namespace

class DatabaseTest : public QObject {
    Q_OBJECT

    PostgresServer server_;
    int schemas_ = 0;

    // A schema of its own on the shared server for each test.
    QString freshUrl() {
        return server_.url(QStringLiteral("pdi"), QStringLiteral("schema=t%1").arg(++schemas_));
    }

private Q_SLOTS:
    void initTestCase() {
        // These tests choose their database themselves.
        qunsetenv(DatabaseLocation::EnvironmentVariable);
        if (const QString why = PostgresServer::missing(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY2(server_.start(), qPrintable(server_.error()));
    }

    void embeddedIsTheDefault() {
        QTemporaryDir tmp;
        Result<DataDirectory> dir = DataDirectory::open(tmp.path());
        QVERIFY(dir.ok());
        Result<DatabaseLocation> l = DatabaseLocation::resolve(*dir);
        QVERIFY(l.ok());
        QCOMPARE(l->engine(), DatabaseEngine::Sqlite);
        QCOMPARE(l->sqlitePath(), dir->databasePath());
    }

    void stationConfAndEnvironment() {
        QTemporaryDir tmp;
        Result<DataDirectory> dir = DataDirectory::open(tmp.path());
        QVERIFY(dir.ok());
        {
            QSettings conf(dir->filePath(QStringLiteral("station.conf")), QSettings::IniFormat);
            conf.setValue(QStringLiteral("database"),
                          QStringLiteral("postgresql://pdi@db.example:5433/pdi?sslmode=verify-full"
                                         "&sslrootcert=/etc/pdi/ca.pem"));
        }
        Result<DatabaseLocation> fromFile = DatabaseLocation::resolve(*dir);
        QVERIFY2(fromFile.ok(), qPrintable(fromFile ? QString() : fromFile.error().message));
        QCOMPARE(fromFile->engine(), DatabaseEngine::PostgreSql);
        QCOMPARE(fromFile->host(), QStringLiteral("db.example"));
        QCOMPARE(fromFile->port(), 5433);
        QCOMPARE(fromFile->userName(), QStringLiteral("pdi"));
        QCOMPARE(fromFile->databaseName(), QStringLiteral("pdi"));
        // TLS settings reach libpq as they are.
        QVERIFY(fromFile->connectOptions().contains(QLatin1String("sslmode=verify-full")));
        QVERIFY(fromFile->connectOptions().contains(QLatin1String("sslrootcert=/etc/pdi/ca.pem")));
        QVERIFY(fromFile->description().contains(QLatin1String("host name checked")));

        // The environment wins, for scripts.
        DatabaseVariable env(QStringLiteral("sqlite"));
        Result<DatabaseLocation> fromEnv = DatabaseLocation::resolve(*dir);
        QVERIFY(fromEnv.ok());
        QCOMPARE(fromEnv->engine(), DatabaseEngine::Sqlite);
    }

    void badAddressesAreRefusedInWords() {
        QTemporaryDir tmp;
        Result<DataDirectory> dir = DataDirectory::open(tmp.path());
        QVERIFY(dir.ok());
        const auto parse = [&](const QString& text) {
            return DatabaseLocation::parse(text, *dir);
        };
        auto withPassword = parse(QStringLiteral("postgresql://pdi:secret@db/pdi"));
        QVERIFY(!withPassword.ok());
        QVERIFY(withPassword.error().message.contains(QLatin1String("password_file")));
        QVERIFY(!withPassword.error().message.contains(QLatin1String("secret")));
        auto noDatabase = parse(QStringLiteral("postgresql://pdi@db"));
        QVERIFY(!noDatabase.ok());
        QVERIFY(
            noDatabase.error().message.contains(QLatin1String("must name a user and a database")));
        auto unknown = parse(QStringLiteral("postgresql://pdi@db/pdi?sslmod=require"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("sslmod")));
        auto mysql = parse(QStringLiteral("mysql://pdi@db/pdi"));
        QVERIFY(!mysql.ok());
        QVERIFY(mysql.error().message.contains(QLatin1String("neither")));
    }

    void passwordFileMustBePrivate() {
        QTemporaryDir tmp;
        const QString pw = tmp.filePath(QStringLiteral("pw"));
        QVERIFY(QFile::copy(server_.passwordFile(), pw));
        QVERIFY(QFile::setPermissions(pw, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const QString url = QStringLiteral("postgresql://pdi@127.0.0.1:%1/pdi?password_file=%2")
                                .arg(server_.port())
                                .arg(pw);
        DatabaseVariable env(url);
        Result<Station> refused = Station::open(tmp.filePath(QStringLiteral("data")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("can be read by other users")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("0640")));

        // The same file, private: accepted, and the password is right.
        QVERIFY(QFile::setPermissions(pw, QFile::ReadOwner | QFile::WriteOwner));
        Result<Station> opened = Station::open(tmp.filePath(QStringLiteral("data")));
        QVERIFY2(opened.ok(), qPrintable(message(opened)));
        QCOMPARE(opened->database().engine(), DatabaseEngine::PostgreSql);

        // A wrong password: the server says so, the message says where and what to check.
        QVERIFY(writeText(pw, "wrong\n"));
        QVERIFY(QFile::setPermissions(pw, QFile::ReadOwner | QFile::WriteOwner));
        Result<Station> wrong = Station::open(tmp.filePath(QStringLiteral("data2")));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(QLatin1String("password")),
                 qPrintable(wrong.error().message));
        QVERIFY(wrong.error().message.contains(QString::number(server_.port())));
    }

    void unreachableServer() {
        QTemporaryDir tmp;
        DatabaseVariable env(
            QStringLiteral("postgresql://pdi@127.0.0.1:%1/pdi?connect_timeout=3").arg(freePort()));
        Result<Station> s = Station::open(tmp.filePath(QStringLiteral("data")));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("cannot be opened")),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QLatin1String("server runs")));
    }

    // The whole schema on PostgreSQL, and a station that works on it: accounts, settings, the
    // audit chain.
    void postgresStationWorks() {
        QTemporaryDir tmp;
        DatabaseVariable env(freshUrl());
        Result<Station> s = Station::open(tmp.filePath(QStringLiteral("data")));
        QVERIFY2(s.ok(), qPrintable(message(s)));
        QCOMPARE(s->database().schemaVersion(), Schema::latestVersion());
        // Nothing of the database in the data directory.
        QVERIFY(!QFile::exists(s->directory().databasePath()));

        QVERIFY(s->accounts()
                    .createFirstAdministrator({QStringLiteral("Admin"), QStringLiteral("Ada"),
                                               Role::Admin, StationFixture::AdminPassword})
                    .ok());
        // Names compare without letter case, as on SQLite.
        Result<Session> session =
            s->authenticator().login(QStringLiteral("admin"), StationFixture::AdminPassword);
        QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().message));
        QVERIFY(!s->accounts()
                     .add(*session, {QStringLiteral("ADMIN"), QStringLiteral("x"), Role::Reception,
                                     QStringLiteral("Another-Long-Pass-99")})
                     .ok());
        QVERIFY(
            s->settings()
                .set(*session, QStringLiteral("institution.name"), QStringLiteral("Test Hospital"))
                .ok());
        QCOMPARE(s->settings().institution().name, QStringLiteral("Test Hospital"));
        AuditQuery byUser;
        byUser.user = QStringLiteral("ADMIN");
        Result<QVector<AuditRecord>> records = s->audit().list(*session, byUser);
        QVERIFY(records.ok());
        QVERIFY(records->size() >= 2);
        Result<AuditVerification> v = s->verifier().verify(*session);
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->records, qint64(records->size()));
    }

    void newerSchemaIsRefused_data() {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    void newerSchemaIsRefused() {
        QFETCH(bool, postgres);
        QTemporaryDir tmp;
        DatabaseVariable env(postgres ? freshUrl() : QStringLiteral("sqlite"));
        const QString dir = tmp.filePath(QStringLiteral("data"));
        {
            Result<Station> s = Station::open(dir);
            QVERIFY2(s.ok(), qPrintable(message(s)));
            QSqlQuery q(s->database().connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, description, "
                                          "applied_at) VALUES (999, 'future', 'x')")));
        }
        Result<Station> again = Station::open(dir);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("newer PDI Station")),
                 qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(QLatin1String("999")));
    }

    // A shared database one version behind: stations refuse it until an administrator runs
    // pdi db migrate; the embedded file is upgraded on opening.
    void olderSharedSchemaWaitsForMigrate() {
        QTemporaryDir tmp;
        const QString url = freshUrl();
        DatabaseVariable env(url);
        const QString dir = tmp.filePath(QStringLiteral("data"));
        {
            Result<DataDirectory> d = DataDirectory::open(dir);
            QVERIFY(d.ok());
            Result<DatabaseLocation> l = DatabaseLocation::resolve(*d);
            QVERIFY(l.ok());
            Result<Station> older = Station::open(*d, *l, SchemaPolicy::AsIs);
            QVERIFY2(older.ok(), qPrintable(message(older)));
            const Result<void> up =
                SchemaUpgrade(older->database()).applyUpTo(Schema::latestVersion() - 1);
            QVERIFY2(up.ok(), qPrintable(up ? QString() : up.error().message));
            QCOMPARE(older->database().schemaVersion(), Schema::latestVersion() - 1);
            QVERIFY(older->accounts()
                        .createFirstAdministrator({QStringLiteral("admin"), QStringLiteral("Ada"),
                                                   Role::Admin, StationFixture::AdminPassword})
                        .ok());
        }
        Result<Station> refused = Station::open(dir);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(
                     QStringLiteral("needs version %1").arg(Schema::latestVersion())),
                 qPrintable(refused.error().message));

        QProcessEnvironment admin;
        admin.insert(QStringLiteral("PDI_USER"), QStringLiteral("admin"));
        admin.insert(QStringLiteral("PDI_PASSWORD"), StationFixture::AdminPassword);
        admin.insert(QStringLiteral("PDI_DATABASE"), url);
        const ProcessResult status = runPdi(
            {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--data-dir"), dir}, {},
            admin);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.outText().contains(QLatin1String("pdi db migrate")),
                 qPrintable(status.outText()));
        QVERIFY(status.outText().contains(QLatin1String("PostgreSQL database pdi")));
        const ProcessResult migrated = runPdi(
            {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--data-dir"), dir},
            {}, admin);
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.errText()));
        QVERIFY(migrated.outText().contains(QStringLiteral("from version %1 to version %2")
                                                .arg(Schema::latestVersion() - 1)
                                                .arg(Schema::latestVersion())));
        Result<Station> current = Station::open(dir);
        QVERIFY2(current.ok(), qPrintable(message(current)));
        QCOMPARE(current->database().schemaVersion(), Schema::latestVersion());
    }

    void dbCommandsAreForAdministrators() {
        DatabaseVariable env(QStringLiteral("sqlite"));
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY2(f.addAndLogin(QStringLiteral("tech"), Role::Technologist,
                               QStringLiteral("Quiet-Harbor-Lamp-42"))
                     .has_value(),
                 qPrintable(f.error()));
        QProcessEnvironment tech;
        tech.insert(QStringLiteral("PDI_USER"), QStringLiteral("tech"));
        tech.insert(QStringLiteral("PDI_PASSWORD"), QStringLiteral("Quiet-Harbor-Lamp-42"));
        const ProcessResult refused =
            runPdi({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--data-dir"),
                    f.station().directory().path()},
                   {}, tech);
        QCOMPARE(refused.exitCode, 5);
        QProcessEnvironment admin;
        admin.insert(QStringLiteral("PDI_USER"), StationFixture::AdminName);
        admin.insert(QStringLiteral("PDI_PASSWORD"), StationFixture::AdminPassword);
        const ProcessResult status =
            runPdi({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json"),
                    QStringLiteral("--data-dir"), f.station().directory().path()},
                   {}, admin);
        QVERIFY2(status.exitCode == 0, qPrintable(status.errText()));
        const QJsonObject o = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), Schema::latestVersion());
        QCOMPARE(o.value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
