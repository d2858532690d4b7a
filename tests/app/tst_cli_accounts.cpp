// pdi user / config / audit end to end: the real binary, a real data directory, passwords on
// standard input and in PDI_PASSWORD, tampering with the sqlite3 tool, a real syslog receiver.
#include "PostgresServer.h"
#include "SyslogReceiver.h"
#include "TestSupport.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditTrail.h"
#include "station/Station.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>
#include <vector>

using pdi::test::ProcessResult;

namespace {

const QString AdminPassword = QStringLiteral("Harbour-Lights-27");
const QString DeskPassword = QStringLiteral("Dsk-Pa55word");
const QString TechPassword = QStringLiteral("Tch-Pa55word");

// One data directory and the pdi binary.
class Cli {
public:
    Cli()
        : data_(tmp_.path() + QStringLiteral("/data")) {}

    QString dataDir() const { return data_; }
    QString database() const { return data_ + QStringLiteral("/pdistation.db"); }

    // As a signed-in person, password in PDI_PASSWORD (null password: not set).
    ProcessResult as(const QString& user, const QString& password, const QStringList& args,
                     const QByteArray& input = QByteArray()) const {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), data_);
        env.insert(QStringLiteral("PDI_USER"), user);
        if (!password.isNull())
            env.insert(QStringLiteral("PDI_PASSWORD"), password);
        return pdi::test::runPdi(args, input, env);
    }
    ProcessResult anonymous(const QStringList& args, const QByteArray& input = QByteArray()) const {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), data_);
        return pdi::test::runPdi(args, input, env);
    }
    ProcessResult admin(const QStringList& args, const QByteArray& input = QByteArray()) const {
        return as(QStringLiteral("admin"), AdminPassword, args, input);
    }

    // A station with an administrator, a front-desk account and a technologist.
    bool setUp() {
        const ProcessResult first = anonymous(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
             QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
            AdminPassword.toUtf8() + '\n');
        const ProcessResult desk =
            admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("desk"),
                   QStringLiteral("--role"), QStringLiteral("frontdesk"),
                   QStringLiteral("--password-stdin")},
                  DeskPassword.toUtf8() + '\n');
        const ProcessResult tech =
            admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tech"),
                   QStringLiteral("--role"), QStringLiteral("technologist"),
                   QStringLiteral("--display-name"), QStringLiteral("山田 技師"),
                   QStringLiteral("--password-stdin")},
                  TechPassword.toUtf8() + '\n');
        return first.exitCode == 0 && desk.exitCode == 0 && tech.exitCode == 0;
    }

    QJsonArray records(const QStringList& filters = QStringList()) const {
        const ProcessResult r = admin(
            QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")} +
            filters);
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("records")).toArray();
    }

    QByteArray allBytes() const {
        QByteArray all;
        QDirIterator it(data_, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private:
    QTemporaryDir tmp_;
    QString data_;
};

// sqlite3 on the file, or psql on the shared database: what somebody would use.
ProcessResult sqlite3(const QString& dataDir, const QString& sql) {
    return pdi::test::outsideSql(dataDir, sql);
}

QStringList args(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class CliAccountsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // The children inherit this environment; a developer's own settings must not leak in.
        for (const char* v : {"PDI_USER", "PDI_PASSWORD", "PDI_DATA_DIR"})
            qunsetenv(v);
    }

    void firstAccountWithoutLoginOnlyAsAdmin() {
        Cli cli;
        ProcessResult r = cli.anonymous(args("user add root --role frontdesk --password-stdin"),
                                        "Long-enough-1\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("--role admin")));
        r = cli.anonymous(args("user add root --role admin --password-stdin"), "short\n");
        QCOMPARE(r.exitCode, 2);
        r = cli.anonymous(args("user add root --role admin --display-name Root --password-stdin"),
                          "Long-enough-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(r.outText().contains(QLatin1String("root")));
        // Now there is an account: nobody creates one without signing in.
        r = cli.anonymous(args("user add other --role admin --password-stdin"), "Long-enough-2\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.errText().contains(QLatin1String("PDI_USER")));
        // Data directory from --data-dir as well as from PDI_DATA_DIR.
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_USER"), QStringLiteral("root"));
        env.insert(QStringLiteral("PDI_PASSWORD"), QStringLiteral("Long-enough-1"));
        r = pdi::test::runPdi({QStringLiteral("user"), QStringLiteral("list"),
                               QStringLiteral("--data-dir"), cli.dataDir()},
                              QByteArray(), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(r.outText().contains(QLatin1String("root")));
    }

    void failedLoginsExitFourAndAreRecorded() {
        Cli cli;
        QVERIFY(cli.setUp());
        ProcessResult r =
            cli.as(QStringLiteral("admin"), QStringLiteral("wrong"), args("user list"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.errText().contains(QLatin1String("Wrong user name or password")));
        r = cli.as(QStringLiteral("ghost"), QStringLiteral("whatever"), args("config list"));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(cli.admin(args("user disable desk")).exitCode, 0);
        r = cli.as(QStringLiteral("desk"), DeskPassword, args("audit verify"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.errText().contains(QLatin1String("disabled")));
        // No password at all, and no terminal to type it on.
        r = cli.as(QStringLiteral("admin"), QString(), args("user list"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.errText().contains(QLatin1String("PDI_PASSWORD")));

        const QJsonArray failed = cli.records(args("--event login-failed"));
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed.at(0)[QLatin1String("details")][QLatin1String("reason")].toString(),
                 QStringLiteral("wrong-password"));
        QCOMPARE(failed.at(1)[QLatin1String("user")].toString(), QStringLiteral("ghost"));
        QCOMPARE(failed.at(1)[QLatin1String("details")][QLatin1String("reason")].toString(),
                 QStringLiteral("unknown-user"));
        QCOMPARE(failed.at(2)[QLatin1String("details")][QLatin1String("reason")].toString(),
                 QStringLiteral("disabled"));
    }

    void roleRefusalsExitFiveAndAreRecorded() {
        Cli cli;
        QVERIFY(cli.setUp());
        const QList<QStringList> adminOnly{args("config set institution.name X"),
                                           args("config list"),
                                           args("user list"),
                                           args("user unlock admin"),
                                           args("audit list"),
                                           args("audit verify"),
                                           args("audit flush")};
        for (const QStringList& a : adminOnly) {
            for (const auto& [user, password] : {qMakePair(QStringLiteral("desk"), DeskPassword),
                                                 qMakePair(QStringLiteral("tech"), TechPassword)}) {
                const ProcessResult r = cli.as(user, password, a);
                QVERIFY2(r.exitCode == 5,
                         qPrintable(a.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.errText()));
                QVERIFY(r.errText().contains(QLatin1String("may not")));
            }
        }
        // A new user's password is not even asked for when the role may not add accounts.
        const ProcessResult add =
            cli.as(QStringLiteral("desk"), DeskPassword,
                   args("user add x --role admin --password-stdin"), "Xx-Pa55word\n");
        QCOMPARE(add.exitCode, 5);
        const QJsonArray alerts = cli.records(args("--event security-alert --user desk"));
        QCOMPARE(alerts.size(), adminOnly.size() + 1);
        QCOMPARE(alerts.at(0)[QLatin1String("alert")].toString(),
                 QStringLiteral("restricted-function"));
        QCOMPARE(alerts.at(0)[QLatin1String("target")].toString(),
                 QStringLiteral("config set institution.name"));
        QCOMPARE(alerts.at(0)[QLatin1String("role")].toString(), QStringLiteral("frontdesk"));
    }

    void lockoutAndUnlock() {
        Cli cli;
        QVERIFY(cli.setUp());
        QCOMPARE(cli.admin(args("config set login.maxFailures 3")).exitCode, 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                cli.as(QStringLiteral("desk"), QStringLiteral("guess-%1").arg(i), args("user list"))
                    .exitCode,
                4);
        ProcessResult r = cli.as(QStringLiteral("desk"), DeskPassword,
                                 args("user passwd desk --password-stdin"), "Another-Pa55\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.errText().contains(QLatin1String("locked")));
        r = cli.admin(args("user list"));
        QVERIFY(r.outText().contains(
            QRegularExpression(QStringLiteral("desk\\s+frontdesk\\s+locked"))));
        QCOMPARE(cli.admin(args("user unlock desk")).exitCode, 0);
        r = cli.as(QStringLiteral("desk"), DeskPassword, args("user passwd desk --password-stdin"),
                   "Another-Pa55\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonArray locked = cli.records(args("--event security-alert"));
        QCOMPARE(locked.last()[QLatin1String("alert")].toString(),
                 QStringLiteral("account-locked"));
    }

    void settingsAreTypedValidatedAndAudited() {
        Cli cli;
        QVERIFY(cli.setUp());
        ProcessResult r =
            cli.admin({QStringLiteral("config"), QStringLiteral("set"),
                       QStringLiteral("institution.name"), QStringLiteral("東京中央病院")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(cli.admin(args("config get institution.name")).outText().trimmed(),
                 QStringLiteral("東京中央病院"));
        QCOMPARE(cli.admin({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("ai.products"), QStringLiteral("Aidoc, MyVendor AI")})
                     .exitCode,
                 0);
        QCOMPARE(cli.admin(args("config set write.bulkSliceThickness 0.625")).exitCode, 0);
        r = cli.admin(args("config set write.bulkSliceThickness thin"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("write.bulkSliceThickness")));
        QCOMPARE(cli.admin(args("config set no.such.key 1")).exitCode, 2);
        QCOMPARE(cli.admin(args("config set audit.syslog.enabled true")).exitCode,
                 2); // no host yet

        r = cli.admin(args("config list --json"));
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(r.out).object().value(QLatin1String("settings")).toArray())
            byKey.insert(v[QLatin1String("key")].toString(), v.toObject());
        QCOMPARE(byKey.value(QStringLiteral("write.bulkSliceThickness"))
                     .value(QLatin1String("value"))
                     .toDouble(),
                 0.625);
        QCOMPARE(byKey.value(QStringLiteral("ai.products"))
                     .value(QLatin1String("value"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(byKey.value(QStringLiteral("login.maxFailures"))
                     .value(QLatin1String("default"))
                     .toBool(),
                 true);

        QCOMPARE(cli.admin(args("config unset write.bulkSliceThickness")).exitCode, 0);
        QCOMPARE(cli.admin(args("config get write.bulkSliceThickness")).outText().trimmed(),
                 QStringLiteral("1"));

        const QJsonArray changes = cli.records(args("--event settings-change"));
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(0)[QLatin1String("details")][QLatin1String("new")].toString(),
                 QStringLiteral("東京中央病院"));
        QCOMPARE(changes.at(2)[QLatin1String("details")][QLatin1String("old")].toString(),
                 QStringLiteral("1"));
        QCOMPARE(changes.at(2)[QLatin1String("details")][QLatin1String("new")].toString(),
                 QStringLiteral("0.625"));
        QCOMPARE(changes.at(3)[QLatin1String("details")][QLatin1String("old")].toString(),
                 QStringLiteral("0.625"));
        QCOMPARE(changes.at(3)[QLatin1String("details")][QLatin1String("new")].toString(),
                 QStringLiteral("1"));
        QCOMPARE(changes.at(3)[QLatin1String("user")].toString(), QStringLiteral("admin"));
    }

    void passwordsFromStandardInputInOrder() {
        Cli cli;
        QVERIFY(cli.setUp());
        // The administrator's own password first, then the new one.
        ProcessResult r =
            cli.as(QStringLiteral("admin"), QString(), args("user passwd desk --password-stdin"),
                   (AdminPassword + QStringLiteral("\nDsk-New-Pa55\n")).toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(cli.as(QStringLiteral("desk"), DeskPassword,
                        args("user passwd desk --password-stdin"), "X\n")
                     .exitCode,
                 4);
        r = cli.as(QStringLiteral("desk"), QStringLiteral("Dsk-New-Pa55"),
                   args("user passwd desk --password-stdin"), "Dsk-Own-Pa55\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        // Someone else's password needs an administrator.
        QCOMPARE(cli.as(QStringLiteral("desk"), QStringLiteral("Dsk-Own-Pa55"),
                        args("user passwd admin --password-stdin"), "Taken-Over-1\n")
                     .exitCode,
                 5);
        QCOMPARE(cli.admin(args("user role desk technologist")).exitCode, 0);
        QVERIFY(cli.admin(args("user list"))
                    .outText()
                    .contains(QRegularExpression(QStringLiteral("desk\\s+technologist"))));
        QCOMPARE(cli.admin(args("user role admin reception")).exitCode,
                 1); // the last administrator stays
        QCOMPARE(cli.admin(args("user disable nobody")).exitCode, 2);
    }

    // A script that pipes "login password, new password" while PDI_PASSWORD is set would have
    // given the new account the administrator's password: refused, nothing changed.
    void passwordInEnvironmentAndOnStandardInputIsRefused() {
        Cli cli;
        QVERIFY(cli.setUp());
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), cli.dataDir());
        env.insert(QStringLiteral("PDI_USER"), QStringLiteral("admin"));
        env.insert(QStringLiteral("PDI_PASSWORD"), AdminPassword);
        const ProcessResult r = pdi::test::runPdiAsGiven(
            args("user add clerk --role admin --password-stdin"),
            (AdminPassword + QStringLiteral("\nClrk-Pa55word\n")).toUtf8(), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QLatin1String("PDI_PASSWORD and --password-stdin")),
                 qPrintable(r.errText()));
        QVERIFY(!cli.admin(args("user list")).outText().contains(QLatin1String("clerk")));
    }

    // Twenty pdi processes guess at once on the same database: five guesses are compared, the
    // rest are refused unseen, and the account ends locked.
    void parallelProcessesGetNoMoreThanTheLimit() {
        Cli cli;
        QVERIFY(cli.setUp());
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 20; ++i) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PDI_DATA_DIR"), cli.dataDir());
            env.insert(QStringLiteral("PDI_USER"), QStringLiteral("desk"));
            env.insert(QStringLiteral("PDI_PASSWORD"), QStringLiteral("guess-%1").arg(i));
            p->setProcessEnvironment(env);
            p->start(pdi::test::binary(QStringLiteral("pdi")), args("user list"));
            processes.push_back(std::move(p));
        }
        for (auto& p : processes) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 4);
        }
        int compared = 0;
        for (const QJsonValue& v : cli.records(args("--event login-failed --user desk")))
            compared += v[QLatin1String("details")][QLatin1String("reason")].toString() ==
                        QLatin1String("wrong-password");
        QCOMPARE(compared, 5);
        QVERIFY(cli.admin(args("user list"))
                    .outText()
                    .contains(QRegularExpression(QStringLiteral("desk\\s+frontdesk\\s+locked"))));
        QCOMPARE(cli.as(QStringLiteral("desk"), DeskPassword, args("user list")).exitCode, 4);
    }

    // The only administrator locked out: the data directory's owner unlocks it without a PDI
    // login; the trail names the operating-system user.
    void breakGlassUnlockByTheDirectoryOwner() {
        Cli cli;
        QVERIFY(cli.setUp());
        // Refused while the administrator can still sign in.
        ProcessResult r = cli.anonymous(args("user unlock admin --break-glass"));
        QCOMPARE(r.exitCode, 1);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(cli.as(QStringLiteral("admin"), QStringLiteral("forgotten-%1").arg(i),
                            args("user list"))
                         .exitCode,
                     4);
        QCOMPARE(cli.admin(args("user list")).exitCode, 4);
        r = cli.anonymous(args("user unlock admin --break-glass"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(r.outText().contains(QLatin1String("break-glass")));
        QCOMPARE(cli.admin(args("user list")).exitCode, 0);
        const QJsonArray alerts = cli.records(args("--event security-alert"));
        QCOMPARE(alerts.last()[QLatin1String("alert")].toString(), QStringLiteral("break-glass"));
        QVERIFY(alerts.last()[QLatin1String("user")].toString().startsWith(QLatin1String("os:")));
        // Only the administrators: the rest is an administrator's job.
        for (int i = 0; i < 5; ++i)
            (void)cli.as(QStringLiteral("desk"), QStringLiteral("guess-%1").arg(i),
                         args("user list"));
        QCOMPARE(cli.anonymous(args("user unlock desk --break-glass")).exitCode, 1);
    }

    // pdi audit anchor prints the head and appends it to the anchor file; the head of the day is
    // taken by itself; verify compares, and a trail cut short with the sqlite3 tool fails.
    void anchorsCatchATrailCutShort() {
        Cli cli;
        QVERIFY(cli.setUp());
        const QString file = cli.dataDir() + QStringLiteral("/../anchors.log");
        QVERIFY(pdi::test::writeText(file, ""));
        QCOMPARE(cli.admin({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("audit.anchorFile"), file})
                     .exitCode,
                 0);
        // That command's end took the head of the day.
        QCOMPARE(pdi::AuditAnchorFile(file).read().size(), 1);
        ProcessResult r = cli.admin(args("audit anchor"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const std::optional<pdi::AuditAnchor> printed = pdi::AuditAnchor::fromLine(r.outText());
        QVERIFY(printed);
        const QVector<pdi::AuditAnchor> inFile = pdi::AuditAnchorFile(file).read();
        QCOMPARE(inFile.size(), 2);
        QCOMPARE(inFile.constLast().hash, printed->hash);
        r = cli.admin(args("audit verify"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.outText().contains(QLatin1String("Matches 2 anchors")));
        QVERIFY(r.errText().contains(QLatin1String("not append-only")));

        QCOMPARE(sqlite3(cli.dataDir(), pdi::test::switchOffAuditTriggers() +
                                            QStringLiteral(" DELETE FROM audit_log WHERE seq >= %1")
                                                .arg(printed->seq - 1))
                     .exitCode,
                 0);
        r = cli.admin(args("audit verify"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(QLatin1String("BROKEN")), qPrintable(r.outText()));
        // The line noted elsewhere works as well, without the file.
        QCOMPARE(cli.admin(args("config unset audit.anchorFile")).exitCode, 0);
        r = cli.admin({QStringLiteral("audit"), QStringLiteral("verify"),
                       QStringLiteral("--anchor"), printed->toLine()});
        QCOMPARE(r.exitCode, 1);
    }

    void listFiltersAndJson() {
        Cli cli;
        QVERIFY(cli.setUp());
        {
            // What the importer will record, through the library, into the same data directory.
            pdi::Result<pdi::Station> station = pdi::Station::open(cli.dataDir());
            QVERIFY(station.ok());
            pdi::AuditEvent e;
            e.type = pdi::AuditEventType::Import;
            e.actor = {QStringLiteral("tech"), QStringLiteral("山田 技師"),
                       QStringLiteral("technologist"), QStringLiteral("RAD-WS1")};
            e.patients = {
                {QStringLiteral("L123"), QStringLiteral("LOCAL"), QStringLiteral("佐藤^花子")}};
            e.patientsBefore = {
                {QStringLiteral("X9"), QStringLiteral("OTHERHOSP"), QStringLiteral("SATO^HANAKO")}};
            e.mediumId = QStringLiteral("OUTSIDE01");
            e.mediaType = pdi::MediaType::Cd;
            QVERIFY(station->audit().record(e).ok());
        }
        QCOMPARE(cli.records(args("--patient X9")).size(), 1);
        QCOMPARE(cli.records(args("--patient L123")).size(), 1);
        QCOMPARE(cli.records(args("--patient NOBODY")).size(), 0);
        QCOMPARE(cli.records(args("--user tech --event import")).size(), 1);
        QCOMPARE(cli.records({QStringLiteral("--since"),
                              QDate::currentDate().addDays(1).toString(Qt::ISODate)})
                     .size(),
                 0);
        QVERIFY(cli.records({QStringLiteral("--since"),
                             QDate::currentDate().addDays(-1).toString(Qt::ISODate)})
                    .size() > 5);
        QCOMPARE(cli.admin(args("audit list --since yesterday")).exitCode, 2);
        const QJsonObject imp = cli.records(args("--event import")).at(0).toObject();
        QCOMPARE(imp[QLatin1String("patientsBefore")][0][QLatin1String("id")].toString(),
                 QStringLiteral("X9"));
        QCOMPARE(imp[QLatin1String("mediaType")].toString(), QStringLiteral("cd"));
        QCOMPARE(imp[QLatin1String("hash")].toString().size(), 64);
        QVERIFY(imp[QLatin1String("localTime")].toString().contains(QLatin1Char('T')));
        const ProcessResult text = cli.admin(args("audit list --event import"));
        QVERIFY(text.outText().contains(QLatin1String("patients-before=X9^^^OTHERHOSP")));
        QVERIFY(text.outText().contains(QLatin1String("medium=cd:OUTSIDE01")));
    }

    // Tampering with the file using the sqlite3 tool, the way someone would.
    void verifyFindsChangedDeletedAndReorderedRecords_data() {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<int>("firstBad");
        QTest::newRow("changed") << QStringList{QStringLiteral(
                                        "UPDATE audit_log SET user_name = 'mallory' WHERE seq = 4")}
                                 << 4;
        QTest::newRow("deleted") << QStringList{QStringLiteral(
                                        "DELETE FROM audit_log WHERE seq = 4")}
                                 << 5;
        QTest::newRow("reordered")
            << QStringList{QStringLiteral("UPDATE audit_log SET seq = 1000 WHERE seq = 3"),
                           QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 5"),
                           QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = 1000")}
            << 3;
    }

    void verifyFindsChangedDeletedAndReorderedRecords() {
        QFETCH(QStringList, sql);
        QFETCH(int, firstBad);
        Cli cli;
        QVERIFY(cli.setUp());
        ProcessResult r = cli.admin(args("audit verify"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.outText().contains(QLatin1String("intact")));

        // The triggers keep the log append-only against a plain edit...
        r = sqlite3(cli.dataDir(), sql.constFirst());
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.errText().contains(QLatin1String("append-only")));
        // ...so a tamperer drops them first.
        QCOMPARE(sqlite3(cli.dataDir(), pdi::test::switchOffAuditTriggers()).exitCode, 0);
        for (const QString& statement : sql)
            QCOMPARE(sqlite3(cli.dataDir(), statement).exitCode, 0);

        r = cli.admin(args("audit verify"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(QStringLiteral("record %1").arg(firstBad)),
                 qPrintable(r.outText()));
        r = cli.admin(args("audit verify --json"));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject v = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(v[QLatin1String("intact")].toBool(), false);
        QCOMPARE(v[QLatin1String("firstBadRecord")].toInt(), firstBad);
    }

    void exportWritesOneDicomMessagePerRecord() {
        Cli cli;
        QVERIFY(cli.setUp());
        {
            pdi::Result<pdi::Station> station = pdi::Station::open(cli.dataDir());
            QVERIFY(station.ok());
            pdi::AuditEvent e;
            e.type = pdi::AuditEventType::Export;
            e.actor = {QStringLiteral("desk"), QStringLiteral("desk"), QStringLiteral("frontdesk"),
                       QStringLiteral("WS")};
            e.patients = {{QStringLiteral("P1"), QString(), QStringLiteral("YAMADA^TARO")}};
            e.mediumId = QStringLiteral("PDI0001");
            e.mediaType = pdi::MediaType::Usb;
            QVERIFY(station->audit().record(e).ok());
        }
        QTemporaryDir out;
        // The listing's own logout and the export command's login come on top.
        const int count = cli.records().size() + 2;
        ProcessResult r = cli.admin({QStringLiteral("audit"), QStringLiteral("export"),
                                     QStringLiteral("--format"), QStringLiteral("dicom"),
                                     QStringLiteral("--out"), out.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QStringList files =
            QDir(out.path()).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), count);
        QMap<QString, int> eventIds;
        bool exportWithUsb = false;
        for (const QString& name : files) {
            QFile f(out.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray xml = f.readAll();
            QXmlStreamReader reader(xml);
            QString eventId;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == QLatin1String("EventID"))
                    eventId = reader.attributes().value(QLatin1String("csd-code")).toString();
            }
            QVERIFY2(!reader.hasError(), qPrintable(name + reader.errorString()));
            eventIds[eventId]++;
            if (eventId == QLatin1String("110106"))
                exportWithUsb =
                    xml.contains("csd-code=\"110154\"") && xml.contains("csd-code=\"110030\"");
        }
        QVERIFY(eventIds.value(QStringLiteral("110114")) >= 3); // logins
        QVERIFY(eventIds.value(QStringLiteral("110113")) >= 3); // user changes
        QCOMPARE(eventIds.value(QStringLiteral("110106")), 1);
        QVERIFY(exportWithUsb);
        QCOMPARE(cli.admin(args("audit export --format csv --out /tmp/x")).exitCode, 2);
    }

    void noPasswordInClearUnderTheDataDirectory() {
        Cli cli;
        QVERIFY(cli.setUp());
        QCOMPARE(
            cli.as(QStringLiteral("desk"), QStringLiteral("Wrong-Guess-4711"), args("user list"))
                .exitCode,
            4);
        QCOMPARE(
            cli.admin(args("user passwd tech --password-stdin"), "Quartz-Changed-0815\n").exitCode,
            0);
        QCOMPARE(cli.as(QStringLiteral("tech"), QStringLiteral("Quartz-Changed-0815"),
                        args("config list"))
                     .exitCode,
                 5);
        QCOMPARE(cli.admin(args("audit verify")).exitCode, 0);
        const QByteArray all = cli.allBytes();
        QVERIFY(!all.isEmpty());
        for (const QString& p :
             {AdminPassword, DeskPassword, TechPassword, QStringLiteral("Wrong-Guess-4711"),
              QStringLiteral("Quartz-Changed-0815")})
            QVERIFY2(!all.contains(p.toUtf8()), qPrintable(p));
    }

    // The repository is down while work goes on; the queue keeps every message, and once it is
    // back `pdi audit flush` delivers them exactly once.
    void syslogOverTlsAcrossAnOutage() {
        QTemporaryDir certDir;
        pdi::test::TestCertificates certs;
        QString error;
        QVERIFY2(pdi::test::TestCertificates::create(certDir.path(), certs, error),
                 qPrintable(error));
        Cli cli;
        QVERIFY(cli.setUp());

        pdi::test::SyslogReceiver probe;
        QVERIFY2(probe.start(pdi::test::SyslogReceiver::Transport::Tls, 0, &certs),
                 qPrintable(probe.error()));
        const int port = probe.port();
        probe.stop();

        for (const QStringList& s :
             {QStringList{QStringLiteral("audit.syslog.host"), QStringLiteral("127.0.0.1")},
              QStringList{QStringLiteral("audit.syslog.port"), QString::number(port)},
              QStringList{QStringLiteral("audit.syslog.caFile"), certs.caCert},
              QStringList{QStringLiteral("audit.syslog.certFile"), certs.clientCert},
              QStringList{QStringLiteral("audit.syslog.keyFile"), certs.clientKey}}) {
            const ProcessResult r =
                cli.admin(QStringList{QStringLiteral("config"), QStringLiteral("set")} + s);
            QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        }
        ProcessResult r = cli.admin(args("config set audit.syslog.enabled true"));
        QCOMPARE(r.exitCode, 0); // the repository being down does not fail the command...
        QVERIFY(r.errText().contains(QLatin1String("queued"))); // ...but says so
        const qint64 firstForwarded =
            cli.records(args("--event settings-change")).last()[QLatin1String("seq")].toInteger();

        QCOMPARE(
            cli.as(QStringLiteral("desk"), QStringLiteral("wrong"), args("user list")).exitCode, 4);
        QCOMPARE(cli.as(QStringLiteral("desk"), DeskPassword, args("config list")).exitCode, 5);
        r = cli.admin(args("audit flush"));
        QCOMPARE(r.exitCode, 3);

        pdi::test::SyslogReceiver receiver;
        QVERIFY2(receiver.start(pdi::test::SyslogReceiver::Transport::Tls, port, &certs),
                 qPrintable(receiver.error()));
        r = cli.admin(args("audit flush"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY2(receiver.waitForConnectionClosed(), qPrintable(receiver.error()));
        const QList<QByteArray> messages = receiver.messages();

        // Every record from the one that turned forwarding on to the flush command's login (the
        // last login but one: the last is the listing's own).
        QList<qint64> logins;
        for (const QJsonValue& rec : cli.records(args("--event login")))
            logins << rec[QLatin1String("seq")].toInteger();
        QVERIFY(logins.size() >= 2);
        const qint64 flushLogin = logins.at(logins.size() - 2);
        QVERIFY(flushLogin > firstForwarded);
        QCOMPARE(qint64(messages.size()), flushLogin - firstForwarded + 1);
        QSet<QByteArray> distinct;
        for (const QByteArray& m : messages) {
            QVERIFY(m.contains("<AuditMessage>"));
            QVERIFY(m.endsWith("</AuditMessage>"));
            distinct.insert(m);
        }
        QCOMPARE(distinct.size(), messages.size());
        QVERIFY(messages.constFirst().contains(
            "csd-code=\"110129\"")); // audit.* is security configuration
        bool sawFailedLogin = false;
        bool sawRefusal = false;
        for (const QByteArray& m : messages) {
            sawFailedLogin = sawFailedLogin ||
                             (m.contains("110114") && m.contains("EventOutcomeIndicator=\"4\""));
            sawRefusal = sawRefusal || m.contains("csd-code=\"110132\"");
        }
        QVERIFY(sawFailedLogin);
        QVERIFY(sawRefusal);
    }
};

QTEST_GUILESS_MAIN(CliAccountsTest)
#include "tst_cli_accounts.moc"
