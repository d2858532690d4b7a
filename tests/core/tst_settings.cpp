// Site settings: defaults, validation, the CheckSettings view, permission and audit of changes.
#include "StationFixture.h"
#include "TestSupport.h"

#include "settings/NetworkAddress.h"
#include "settings/PemFile.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

class SettingsTest : public QObject {
    Q_OBJECT

private:
    pdi::test::StationFixture f_;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(f_.ok(), qPrintable(f_.error())); }

    void catalogHasTheRequiredKeys() {
        for (const char* key :
             {"institution.name", "institution.department", "institution.phone",
              "institution.address", "station.name", "ai.products", "write.bulkSliceThickness",
              "write.bulkInstanceCount", "session.idleLogoutMinutes", "login.maxFailures",
              "audit.syslog.enabled", "audit.syslog.transport", "audit.syslog.host",
              "audit.syslog.port", "audit.syslog.caFile", "audit.syslog.certFile",
              "audit.syslog.keyFile"}) {
            const SettingDefinition* d = Settings::coreCatalog().find(QString::fromLatin1(key));
            QVERIFY2(d, key);
            QVERIFY(!d->describe().isEmpty());
        }
    }

    void defaults() {
        const Settings s = f_.station().settings();
        QCOMPARE(s.maxLoginFailures(), 5);
        QCOMPARE(s.idleLogoutMinutes(), 15);
        QVERIFY(!s.stationName().isEmpty());
        QVERIFY(s.isDefault(QStringLiteral("institution.name")));
        const CheckSettings check = s.checkSettings();
        const CheckSettings builtIn;
        QCOMPARE(check.aiProducts, builtIn.aiProducts);
        QCOMPARE(check.bulkSliceThickness, builtIn.bulkSliceThickness);
        QCOMPARE(check.bulkInstanceCount, builtIn.bulkInstanceCount);
        QCOMPARE(s.syslog().enabled, false);
        QCOMPARE(s.syslog().effectivePort(), 6514);
    }

    void validation_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("name ok") << "institution.name" << QStringLiteral("東京中央病院") << true;
        QTest::newRow("name too long")
            << "institution.name" << QString(65, QLatin1Char('x')) << false;
        QTest::newRow("name control") << "institution.name" << QStringLiteral("a\nb") << false;
        QTest::newRow("station empty") << "station.name" << QString() << false;
        QTest::newRow("failures zero") << "login.maxFailures"
                                       << "0" << false;
        QTest::newRow("failures text") << "login.maxFailures"
                                       << "five" << false;
        QTest::newRow("failures ok") << "login.maxFailures"
                                     << "3" << true;
        QTest::newRow("thickness ok") << "write.bulkSliceThickness"
                                      << "0.625" << true;
        QTest::newRow("thickness comma") << "write.bulkSliceThickness"
                                         << "0,6" << false;
        QTest::newRow("thickness negative") << "write.bulkSliceThickness"
                                            << "-1" << false;
        QTest::newRow("bool yes") << "audit.syslog.enabled"
                                  << "yes" << true;
        QTest::newRow("bool maybe") << "audit.syslog.enabled"
                                    << "maybe" << false;
        QTest::newRow("transport") << "audit.syslog.transport"
                                   << "UDP" << true;
        QTest::newRow("transport bad") << "audit.syslog.transport"
                                       << "tcp" << false;
        QTest::newRow("host ip") << "audit.syslog.host"
                                 << "192.0.2.10" << true;
        QTest::newRow("host name") << "audit.syslog.host"
                                   << "arr.hospital.local" << true;
        QTest::newRow("host bad") << "audit.syslog.host"
                                  << "arr hospital" << false;
        QTest::newRow("port big") << "audit.syslog.port"
                                  << "70000" << false;
        QTest::newRow("ca relative") << "audit.syslog.caFile"
                                     << "ca.pem" << false;
        QTest::newRow("ca missing") << "audit.syslog.caFile"
                                    << "/nonexistent/ca.pem" << false;
        QTest::newRow("list json bad") << "ai.products"
                                       << "[1,2]" << false;
        QTest::newRow("unknown key") << "no.such.key"
                                     << "1" << false;
    }

    void validation() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const Result<QJsonValue> parsed = Settings::coreCatalog().parse(key, value);
        QCOMPARE(parsed.ok(), accepted);
        if (!accepted) {
            QVERIFY(!parsed.error().message.isEmpty());
            QVERIFY2(parsed.error().message.contains(key), qPrintable(parsed.error().message));
        }
    }

    // The TLS files a setting names are judged as Qt's TLS (OpenSSL underneath) would load them,
    // before the connection is ever made: the same answer as QSslCertificate and QSslKey on
    // every kind of file a person might give, made with the openssl command.
    void pemFilesAreJudgedAsQtLoadsThem() {
        QTemporaryDir dir;
        const auto path = [&](const char* name) {
            return dir.filePath(QString::fromLatin1(name));
        };
        const auto openssl = [&](const QStringList& arguments) {
            const test::ProcessResult r = test::run(QStringLiteral("openssl"), arguments);
            if (r.exitCode != 0)
                qWarning("openssl: %s", r.err.constData());
            return r.exitCode == 0;
        };
        const QString o = QStringLiteral("-out");
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                         QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("rsa_keygen_bits:2048"), o, path("rsa8.key")}));
        QVERIFY(openssl({QStringLiteral("rsa"), QStringLiteral("-in"), path("rsa8.key"),
                         QStringLiteral("-traditional"), o, path("rsa1.key")}));
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                         QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), o, path("ec.key")}));
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                         QStringLiteral("ED25519"), o, path("ed.key")}));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path("rsa8.key"),
                         QStringLiteral("-aes256"), QStringLiteral("-passout"),
                         QStringLiteral("pass:secret"), o, path("rsa-encrypted.key")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"),
                         path("ec.key"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=arr.hospital.local"), QStringLiteral("-days"),
                         QStringLiteral("2"), o, path("cert.pem")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-in"), path("cert.pem"),
                         QStringLiteral("-outform"), QStringLiteral("DER"), o, path("cert.der")}));
        const auto concat = [&](const char* to, std::initializer_list<const char*> from) {
            QByteArray all;
            for (const char* name : from) {
                QFile f(path(name));
                if (!f.open(QIODevice::ReadOnly))
                    return false;
                all += f.readAll();
            }
            return test::writeText(path(to), all);
        };
        QVERIFY(concat("key-then-cert.pem", {"ec.key", "cert.pem"}));
        QVERIFY(test::writeText(path("empty.pem"), QByteArray()));
        QVERIFY(test::writeText(path("garbage.pem"),
                                "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
                                "-----END CERTIFICATE-----\n"));
        int certificates = 0;
        int keys = 0;
        for (const char* name :
             {"rsa8.key", "rsa1.key", "ec.key", "ed.key", "rsa-encrypted.key", "cert.pem",
              "cert.der", "key-then-cert.pem", "empty.pem", "garbage.pem", "missing.pem"}) {
            const QString file = path(name);
            QFile f(file);
            const QByteArray pem = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            const bool qtCertificate = !QSslCertificate::fromPath(file, QSsl::Pem).isEmpty();
            const bool qtKey =
                !QSslKey(pem, QSsl::Rsa).isNull() || !QSslKey(pem, QSsl::Ec).isNull();
            QVERIFY2(PemFile::holdsCertificate(file) == qtCertificate, name);
            QVERIFY2(PemFile::holdsUnencryptedPrivateKey(file) == qtKey, name);
            certificates += qtCertificate;
            keys += qtKey;
        }
        // Both answers occur: cert.pem and key-then-cert.pem hold a certificate; the RSA keys in
        // both encodings, the EC key and the bundle hold a usable key.
        QCOMPARE(certificates, 2);
        QCOMPARE(keys, 4);
    }

    // A host setting is a host name or an address exactly when Qt's address parser or the
    // host-name pattern said so before.
    void hostNamesAndAddressesAsBefore() {
        static const QRegularExpression hostName(
            QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]"
                           "*[A-Za-z0-9])?)*$"));
        int accepted = 0;
        for (const char* text : {"arr.hospital.local",
                                 "pacs",
                                 "192.0.2.10",
                                 "10.1",
                                 "255.255.255.255",
                                 "256.1.1.1",
                                 "::1",
                                 "2001:db8::20",
                                 "2001:db8::192.0.2.1",
                                 "fe80::1%eth0",
                                 "fe80::1%",
                                 "[::1]",
                                 "arr hospital",
                                 "-pacs",
                                 "pacs-",
                                 "a..b",
                                 "東京.hospital",
                                 "",
                                 " ",
                                 "192.0.2.10 ",
                                 "2001:db8:::1",
                                 "pacs.hospital.local."}) {
            const QString t = QString::fromUtf8(text);
            const bool before =
                !t.isEmpty() && (!QHostAddress(t).isNull() || hostName.match(t).hasMatch());
            QVERIFY2(NetworkAddress::isHostNameOrAddress(t) == before, text);
            accepted += before;
        }
        QCOMPARE(accepted, 12);
    }

    void listsFromCommasOrJson() {
        Result<QJsonValue> commas = Settings::coreCatalog().parse(
            QStringLiteral("ai.products"), QStringLiteral(" Aidoc, Lunit ,,aidoc"));
        QVERIFY(commas.ok());
        QCOMPARE(commas->toArray(), QJsonArray({QStringLiteral("Aidoc"), QStringLiteral("Lunit")}));
        Result<QJsonValue> json = Settings::coreCatalog().parse(
            QStringLiteral("ai.products"), QStringLiteral("[\"A, Inc.\", \"B\"]"));
        QVERIFY(json.ok());
        QCOMPARE(json->toArray(), QJsonArray({QStringLiteral("A, Inc."), QStringLiteral("B")}));
    }

    void changesAreStoredTypedAndAudited() {
        Settings s = f_.station().settings();
        const int before = f_.records(AuditEventType::SettingsChange).size();
        Result<void> set =
            s.set(f_.admin(), QStringLiteral("institution.name"), QStringLiteral("東京中央病院"));
        QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().message));
        QVERIFY(s.set(f_.admin(), QStringLiteral("write.bulkSliceThickness"), QStringLiteral("0.5"))
                    .ok());
        QVERIFY(s.set(f_.admin(), QStringLiteral("write.bulkInstanceCount"), QStringLiteral("500"))
                    .ok());
        QVERIFY(
            s.set(f_.admin(), QStringLiteral("ai.products"), QStringLiteral("Aidoc, MyAI")).ok());

        QCOMPARE(s.institution().name, QStringLiteral("東京中央病院"));
        const CheckSettings check = s.checkSettings();
        QCOMPARE(check.bulkSliceThickness, 0.5);
        QCOMPARE(check.bulkInstanceCount, 500);
        QCOMPARE(check.aiProducts, QStringList({QStringLiteral("Aidoc"), QStringLiteral("MyAI")}));
        QCOMPARE(s.text(QStringLiteral("ai.products")), QStringLiteral("Aidoc, MyAI"));

        // A second handle (another process would do the same) reads the same values.
        QCOMPARE(
            Settings(f_.station().database()).number(QStringLiteral("write.bulkSliceThickness")),
            0.5);

        const QVector<AuditRecord> changes = f_.records(AuditEventType::SettingsChange);
        QCOMPARE(changes.size(), before + 4);
        const AuditRecord& first = changes.at(before);
        QCOMPARE(first.event.target, QStringLiteral("institution.name"));
        QCOMPARE(first.event.actor.userName, f_.admin().userName());
        QCOMPARE(first.event.actor.role, QStringLiteral("admin"));
        QCOMPARE(first.event.details.value(QLatin1String("old")).toString(), QString());
        QCOMPARE(first.event.details.value(QLatin1String("new")).toString(),
                 QStringLiteral("東京中央病院"));
        const AuditRecord& thickness = changes.at(before + 1);
        QCOMPARE(thickness.event.details.value(QLatin1String("old")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(thickness.event.details.value(QLatin1String("new")).toString(),
                 QStringLiteral("0.5"));
    }

    void unchangedValueIsNotRecordedTwice() {
        Settings s = f_.station().settings();
        QVERIFY(
            s.set(f_.admin(), QStringLiteral("institution.phone"), QStringLiteral("03-1234-5678"))
                .ok());
        const int after = f_.records(AuditEventType::SettingsChange).size();
        QVERIFY(
            s.set(f_.admin(), QStringLiteral("institution.phone"), QStringLiteral("03-1234-5678"))
                .ok());
        QCOMPARE(f_.records(AuditEventType::SettingsChange).size(), after);
    }

    void resetGoesBackToDefaultAndIsAudited() {
        Settings s = f_.station().settings();
        QVERIFY(s.set(f_.admin(), QStringLiteral("login.maxFailures"), QStringLiteral("3")).ok());
        QCOMPARE(s.maxLoginFailures(), 3);
        QVERIFY(s.reset(f_.admin(), QStringLiteral("login.maxFailures")).ok());
        QCOMPARE(s.maxLoginFailures(), 5);
        QVERIFY(s.isDefault(QStringLiteral("login.maxFailures")));
        const AuditRecord last = f_.records(AuditEventType::SettingsChange).constLast();
        QCOMPARE(last.event.details.value(QLatin1String("old")).toString(), QStringLiteral("3"));
        QCOMPARE(last.event.details.value(QLatin1String("new")).toString(), QStringLiteral("5"));
        QCOMPARE(last.event.details.value(QLatin1String("default")).toBool(), true);
    }

    void syslogNeedsAHostFirst() {
        Settings s = f_.station().settings();
        Result<void> enable =
            s.set(f_.admin(), QStringLiteral("audit.syslog.enabled"), QStringLiteral("true"));
        QVERIFY(!enable.ok());
        QVERIFY(enable.error().message.contains(QLatin1String("audit.syslog.host")));
        QVERIFY(!s.syslog().enabled);
    }

    // Role checks hold when the library is called directly, not only through the CLI.
    void onlyAdministratorsChangeSettings() {
        for (Role role : {Role::Reception, Role::FrontDesk, Role::Technologist}) {
            const QString name = QStringLiteral("s-%1").arg(Roles::name(role));
            std::optional<Session> session =
                f_.addAndLogin(name, role, QStringLiteral("Pa55word-%1").arg(int(role) + 17));
            QVERIFY2(session, qPrintable(f_.error()));
            Settings s = f_.station().settings();
            const QString before = s.institution().name;
            Result<void> set =
                s.set(*session, QStringLiteral("institution.name"), QStringLiteral("Hacked"));
            QVERIFY(!set.ok());
            QCOMPARE(set.error().kind, Error::Kind::Permission);
            QVERIFY(!s.reset(*session, QStringLiteral("institution.name")).ok());
            QCOMPARE(s.institution().name, before);
            // ...and the attempt is on the record as a security alert.
            const AuditRecord alert = f_.records(AuditEventType::SecurityAlert).constLast();
            QCOMPARE(alert.event.alert, SecurityAlert::RestrictedFunction);
            QCOMPARE(alert.event.actor.userName, name);
            QVERIFY(alert.event.target.contains(QLatin1String("institution.name")));
        }
    }

    void invalidStoredValueFallsBackToDefault() {
        QSqlQuery q(f_.station().database().connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO settings VALUES ('session.idleLogoutMinutes', 'lots', 'x', 'x') "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
        QCOMPARE(f_.station().settings().idleLogoutMinutes(), 15);
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "tst_settings.moc"
