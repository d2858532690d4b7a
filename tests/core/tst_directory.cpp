// Directory sign-in against a real OpenLDAP slapd started by the test (DirectoryServer): bind as
// the person and search-then-bind, roles from groups, the required group, accounts switched off
// in the directory, lockout, a directory that is down, StartTLS with the wrong CA, filter
// injection and break-glass.
#include "DirectoryServer.h"
#include "StationFixture.h"
#include "TestSupport.h"
#include "account/DirectoryClient.h"
#include "account/DirectorySettings.h"
#include "account/LdapNames.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

#include <thread>
#include <vector>

using namespace pdi;
using namespace pdi::test;

namespace {

const QString Person = QStringLiteral("person");
const QString Search = QStringLiteral("search");

struct Row {
    QString source;
    QString role;
    QString displayName;
    QString passwordHash;
    int failures = -1;
    bool locked = false;
};

std::optional<Row> row(Station& station, const QString& name) {
    QSqlQuery q(station.database().connection());
    q.prepare(QStringLiteral("SELECT source, role, display_name, password_hash, failed_logins, "
                             "locked FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toString(), q.value(4).toInt(),    q.value(5).toBool()};
}

// The error's message for QVERIFY2, which evaluates it even when the result is fine.
template <typename R> QByteArray why(const R& result) {
    return result ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class DirectoryTest : public QObject {
    Q_OBJECT

    DirectoryServer ldap_;

    // Directory sign-in set up on the fixture's station the way an administrator does it.
    void configure(StationFixture& f, const QString& mode, const QString& url = QString(),
                   const QString& ca = QString()) {
        SettingStore store(f.station().database(), DirectorySettings::catalog());
        const QMap<QString, QString> values{
            {DirectorySettings::Url, url.isEmpty() ? ldap_.url() : url},
            {DirectorySettings::CaFile, ca.isEmpty() ? ldap_.caFile() : ca},
            {DirectorySettings::BindMode, mode},
            {DirectorySettings::PersonTemplate, QStringLiteral("uid=%1,ou=people,") + ldap_.Base},
            {DirectorySettings::ServiceDn, DirectoryServer::ServiceDn},
            {DirectorySettings::ServicePasswordFile, ldap_.servicePasswordFile()},
            {DirectorySettings::SearchBase, DirectoryServer::Base},
            {DirectorySettings::AdminGroup, DirectoryServer::groupDn(QStringLiteral("pdi-admins"))},
            {DirectorySettings::TechnologistGroup,
             DirectoryServer::groupDn(QStringLiteral("pdi-technologists"))},
            {DirectorySettings::FrontDeskGroup,
             DirectoryServer::groupDn(QStringLiteral("pdi-frontdesk"))},
            {DirectorySettings::ReceptionGroup,
             DirectoryServer::groupDn(QStringLiteral("pdi-reception"))},
            {DirectorySettings::RequiredGroup,
             DirectoryServer::groupDn(QStringLiteral("pdi-users"))},
            {DirectorySettings::TimeoutSeconds, QStringLiteral("3")},
        };
        for (auto it = values.begin(); it != values.end(); ++it) {
            auto set = store.set(f.admin(), it.key(), it.value());
            QVERIFY2(set, qPrintable(it.key() + QStringLiteral(": ") + why(set)));
        }
    }

    DirectoryConfig config(StationFixture& f) {
        return DirectorySettings(f.station().database()).config();
    }

    Result<Session> login(StationFixture& f, const QString& uid, const QString& password = {}) {
        return f.station().authenticator().login(
            uid, password.isEmpty() ? DirectoryServer::password(uid) : password);
    }

    QString lastReason(StationFixture& f) {
        const QVector<AuditRecord> failed = f.records(AuditEventType::LoginFailed);
        return failed.isEmpty()
                   ? QString()
                   : failed.last().event.details.value(QLatin1String("reason")).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(ldap_.start(), qPrintable(ldap_.error())); }

    void escapesWhatPeopleType() {
        QCOMPARE(LdapNames::filterValue(QStringLiteral("*)(uid=*")),
                 QStringLiteral("\\2A\\29\\28uid=\\2A"));
        QCOMPARE(LdapNames::filterValue(QStringLiteral("a\\b")), QStringLiteral("a\\5Cb"));
        // Bytes beyond ASCII are escaped too (RFC 4515 allows any octet); the server matches
        // the same value.
        QCOMPARE(LdapNames::filterValue(QStringLiteral("田中")),
                 QStringLiteral("\\E7\\94\\B0\\E4\\B8\\AD"));
        QCOMPARE(LdapNames::dnValue(QStringLiteral("a,ou=x+y")), QStringLiteral("a\\,ou\\=x\\+y"));
        QCOMPARE(LdapNames::dnValue(QStringLiteral("#lead ")), QStringLiteral("\\#lead\\ "));
        QCOMPARE(LdapNames::dnValue(QStringLiteral(" a#")), QStringLiteral("\\ a#"));
        QVERIFY(LdapNames::sameDn(QStringLiteral("CN=PDI-Admins, OU=Groups,DC=hospital,dc=test"),
                                  QStringLiteral("cn=pdi-admins,ou=groups,dc=hospital,dc=test")));
        QVERIFY(!LdapNames::sameDn(QStringLiteral("cn=pdi-admins,dc=test"),
                                   QStringLiteral("cn=pdi-admin,dc=test")));
        QVERIFY(!LdapNames::isDn(QStringLiteral("not a dn")));
    }

    void settingsAreChecked() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        SettingStore store(f.station().database(), DirectorySettings::catalog());
        QVERIFY(!store.set(f.admin(), DirectorySettings::Url, QStringLiteral("http://dc1")));
        QVERIFY(store.set(f.admin(), DirectorySettings::Url,
                          QStringLiteral("ldaps://dc1.hospital.local")));
        QVERIFY(
            !store.set(f.admin(), DirectorySettings::PersonTemplate, QStringLiteral("uid=x,dc=a")));
        QVERIFY(store.set(f.admin(), DirectorySettings::PersonTemplate,
                          QStringLiteral("%1@hospital.local")));
        QVERIFY(!store.set(f.admin(), DirectorySettings::SearchFilter, QStringLiteral("uid=%1")));
        QVERIFY(!store.set(f.admin(), DirectorySettings::AdminGroup, QStringLiteral("admins")));
        // The service account's password file: refused while others can read it, in words.
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/pw");
        QFile pw(file);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("secret\n");
        pw.close();
        pw.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        auto refused = store.set(f.admin(), DirectorySettings::ServicePasswordFile, file);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("readable by its owner only")),
                 qPrintable(refused.error().message));
        pw.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(store.set(f.admin(), DirectorySettings::ServicePasswordFile, file));
    }

    void bindAsPersonMakesTheAccount() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Person);
        QVERIFY(!row(f.station(), QStringLiteral("alice")));
        Result<Session> alice = login(f, QStringLiteral("alice"));
        QVERIFY2(alice, why(alice).constData());
        QCOMPARE(alice->role(), Role::Admin);
        QCOMPARE(alice->displayName(), QStringLiteral("田中 アリス"));
        const std::optional<Row> r = row(f.station(), QStringLiteral("alice"));
        QVERIFY(r);
        QCOMPARE(r->source, QStringLiteral("directory"));
        QCOMPARE(r->passwordHash, QString()); // no password kept here
        QCOMPARE(r->role, QStringLiteral("admin"));
        const QVector<AuditRecord> changes = f.records(AuditEventType::UserChange);
        QCOMPARE(changes.last().event.target, QStringLiteral("alice"));
        QCOMPARE(changes.last().event.details.value(QLatin1String("change")).toString(),
                 QStringLiteral("add"));
        const QVector<AuditRecord> logins = f.records(AuditEventType::Login);
        QCOMPARE(logins.last().event.actor.userName, QStringLiteral("alice"));
        QCOMPARE(logins.last().event.details.value(QLatin1String("source")).toString(),
                 QStringLiteral("directory"));
        // The account list says where it comes from.
        Result<Account> listed = f.station().accounts().find(f.admin(), QStringLiteral("alice"));
        QVERIFY(listed);
        QCOMPARE(listed->source, AccountSource::Directory);
        // Its password is the directory's: nothing to change here, and no role to set by hand.
        QVERIFY(!f.station().accounts().changePassword(f.admin(), QStringLiteral("alice"),
                                                       QStringLiteral("Another-Pass-99")));
        QVERIFY(
            !f.station().accounts().setRole(f.admin(), QStringLiteral("alice"), Role::Reception));
        // A second sign-in finds the row; the empty password never proves anything.
        QVERIFY(login(f, QStringLiteral("alice")));
        QVERIFY(!f.station().authenticator().login(QStringLiteral("alice"), QString()));
    }

    void searchThenBindOverLdaps() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Search, ldap_.tlsUrl());
        Result<Session> bob = login(f, QStringLiteral("bob"));
        QVERIFY2(bob, why(bob).constData());
        QCOMPARE(bob->role(), Role::Technologist);
        // A posixGroup (memberUid) gives its role too.
        Result<Session> erin = login(f, QStringLiteral("erin"));
        QVERIFY2(erin, why(erin).constData());
        QCOMPARE(erin->role(), Role::FrontDesk);
        QVERIFY(!login(f, QStringLiteral("bob"), QStringLiteral("Wrong-Password-1")));
        QCOMPARE(lastReason(f), QStringLiteral("wrong-password"));
        Result<QString> tested = DirectoryClient(config(f)).testConnection();
        QVERIFY2(tested, why(tested).constData());
        QVERIFY(tested->contains(QLatin1String("service account")));
    }

    void rolesFollowTheGroupsAtEachSignIn() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Search);
        QCOMPARE(login(f, QStringLiteral("bob"))->role(), Role::Technologist);
        QVERIFY(ldap_.addMember(QStringLiteral("pdi-admins"), QStringLiteral("bob")));
        Result<Session> again = login(f, QStringLiteral("bob"));
        QVERIFY(ldap_.removeMember(QStringLiteral("pdi-admins"), QStringLiteral("bob")));
        QVERIFY2(again, why(again).constData());
        QCOMPARE(again->role(), Role::Admin); // the role with most permissions wins
        QCOMPARE(row(f.station(), QStringLiteral("bob"))->role, QStringLiteral("admin"));
        const AuditRecord change = f.records(AuditEventType::UserChange).last();
        QCOMPARE(change.event.details.value(QLatin1String("change")).toString(),
                 QStringLiteral("role"));
        QCOMPARE(login(f, QStringLiteral("bob"))->role(), Role::Technologist);
    }

    void requiredGroupAndRoleMapping() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Person);
        // carol: a role (reception) but not in the required group.
        Result<Session> carol = login(f, QStringLiteral("carol"));
        QVERIFY(!carol);
        QVERIFY2(carol.error().message.contains(QLatin1String("not in the group")),
                 qPrintable(carol.error().message));
        QCOMPARE(lastReason(f), QStringLiteral("directory-not-in-required-group"));
        QVERIFY(!row(f.station(), QStringLiteral("carol"))); // no row for a refused person
        // dave: in the required group, but no group gives a role.
        Result<Session> dave = login(f, QStringLiteral("dave"));
        QVERIFY(!dave);
        QVERIFY2(dave.error().message.contains(QLatin1String("gives you a role")),
                 qPrintable(dave.error().message));
        QCOMPARE(lastReason(f), QStringLiteral("directory-no-role"));
    }

    void removedOrDisabledInTheDirectoryStopsTheNextSignIn() {
        for (const QString& mode : {Person, Search}) {
            StationFixture f;
            QVERIFY2(f.ok(), qPrintable(f.error()));
            configure(f, mode);
            QVERIFY(login(f, QStringLiteral("bob")));
            QVERIFY(ldap_.removeMember(QStringLiteral("pdi-users"), QStringLiteral("bob")));
            Result<Session> removed = login(f, QStringLiteral("bob"));
            QVERIFY(ldap_.addMember(QStringLiteral("pdi-users"), QStringLiteral("bob")));
            QVERIFY(!removed);
            QCOMPARE(removed.error().kind, Error::Kind::Authentication);

            QVERIFY(ldap_.setLocked(QStringLiteral("bob"), true));
            Result<Session> locked = login(f, QStringLiteral("bob"));
            QVERIFY(ldap_.setLocked(QStringLiteral("bob"), false));
            QVERIFY(!locked);
            QVERIFY2(locked.error().message.contains(QLatin1String("in the hospital directory")),
                     qPrintable(locked.error().message));
            QVERIFY(lastReason(f).startsWith(QLatin1String("directory-")));
            // Refusals that prove the password right (or nothing) are not counted.
            QCOMPARE(row(f.station(), QStringLiteral("bob"))->failures, 0);
            QVERIFY(login(f, QStringLiteral("bob")));
        }
    }

    void wrongPasswordsLockADirectoryAccount() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Person);
        QVERIFY(login(f, QStringLiteral("alice")));
        for (int i = 0; i < 5; ++i) {
            Result<Session> wrong =
                login(f, QStringLiteral("alice"), QStringLiteral("Guess-%1").arg(i));
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().kind, Error::Kind::Authentication);
        }
        QVERIFY(row(f.station(), QStringLiteral("alice"))->locked);
        QVERIFY(!f.records(AuditEventType::SecurityAlert).isEmpty());
        // Locked here: the right directory password does not open it.
        QVERIFY(!login(f, QStringLiteral("alice")));
        QVERIFY(f.station().accounts().unlock(f.admin(), QStringLiteral("alice")));
        QVERIFY(login(f, QStringLiteral("alice")));
        // Disabled here stays disabled, whatever the directory says.
        QVERIFY(f.station().accounts().disable(f.admin(), QStringLiteral("alice")));
        QVERIFY(!login(f, QStringLiteral("alice")));
        QCOMPARE(lastReason(f), QStringLiteral("disabled"));
    }

    // Twenty wrong passwords at once for a directory account, each from its own thread: they
    // are counted before the directory is asked, so the directory sees exactly
    // login.maxFailures binds of them, and the account is locked here.
    void parallelWrongPasswordsStopAtTheLimit() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Person);
        QVERIFY(login(f, QStringLiteral("alice")));
        const QString bind = QStringLiteral("BIND dn=\"%1\"")
                                 .arg(DirectoryServer::personDn(QStringLiteral("alice")));
        const int before = ldap_.log().count(bind);
        const Database db = f.station().database();
        std::vector<std::thread> threads;
        std::vector<int> kinds(20, -1);
        for (int i = 0; i < 20; ++i) {
            threads.emplace_back([&db, &kinds, i] {
                const Result<Session> r = Authenticator(db).login(
                    QStringLiteral("alice"), QStringLiteral("Guess-%1").arg(i));
                kinds[size_t(i)] = r.ok() ? 0 : int(r.error().kind);
                db.releaseThreadConnection();
            });
        }
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(std::count(kinds.begin(), kinds.end(), int(Error::Kind::Authentication)), 20);
        QTRY_COMPARE(ldap_.log().count(bind) - before, 5);
        const std::optional<Row> r = row(f.station(), QStringLiteral("alice"));
        QVERIFY(r->locked);
        QCOMPARE(r->failures, 5);
        QVERIFY(!login(f, QStringLiteral("alice")));
    }

    void directoryDownIsAnErrorNotAWrongPassword() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Person);
        QVERIFY(login(f, QStringLiteral("alice")));
        ldap_.stop();
        for (int i = 0; i < 7; ++i) {
            Result<Session> down = login(f, QStringLiteral("alice"));
            QVERIFY(!down);
            QCOMPARE(down.error().kind, Error::Kind::Network);
            QVERIFY2(down.error().message.contains(QLatin1String("cannot be reached")),
                     qPrintable(down.error().message));
        }
        QVERIFY2(ldap_.restart(), qPrintable(ldap_.error()));
        const std::optional<Row> r = row(f.station(), QStringLiteral("alice"));
        QCOMPARE(r->failures, 0);
        QVERIFY(!r->locked);
        QCOMPARE(lastReason(f), QStringLiteral("directory-unreachable"));
        QVERIFY(login(f, QStringLiteral("alice")));
    }

    void startTlsWithTheWrongCaIsRefused() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Person, ldap_.url(), ldap_.otherCaFile());
        Result<Session> refused = login(f, QStringLiteral("alice"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Network);
        QVERIFY2(refused.error().message.contains(QLatin1String("StartTLS")),
                 qPrintable(refused.error().message));
        QVERIFY(!DirectoryClient(config(f)).testConnection());
        // ldaps:// with the wrong CA is refused as well.
        configure(f, Person, ldap_.tlsUrl(), ldap_.otherCaFile());
        QVERIFY(!login(f, QStringLiteral("alice")));
        QVERIFY(!row(f.station(), QStringLiteral("alice")));
    }

    void filterInjectionFails() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Search);
        const DirectoryClient client(config(f));
        const QString alicePassword = DirectoryServer::password(QStringLiteral("alice"));
        // Unescaped, each of these filters would find alice, and her password would sign in.
        for (const QString& name : {QStringLiteral("*)(uid=*"), QStringLiteral("alice)(uid=*"),
                                    QStringLiteral("ali*"), QStringLiteral("*")}) {
            const DirectoryAnswer a = client.signIn(name, alicePassword);
            QVERIFY2(a.outcome == DirectoryAnswer::Outcome::WrongPassword, qPrintable(name));
            QVERIFY(!login(f, name, alicePassword));
        }
        // In a DN template the name is escaped as a DN value.
        configure(f, Person);
        const DirectoryAnswer dn = DirectoryClient(config(f)).signIn(
            QStringLiteral("alice,ou=people,dc=hospital,dc=test"), alicePassword);
        QVERIFY(dn.outcome == DirectoryAnswer::Outcome::WrongPassword);
        QVERIFY(DirectoryClient(config(f)).signIn(QStringLiteral("alice"), alicePassword).outcome ==
                DirectoryAnswer::Outcome::SignedIn);
    }

    void localSignInIsBreakGlass() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        // Without a directory, a local sign-in is the normal way.
        QVERIFY(f.records(AuditEventType::SecurityAlert).isEmpty());
        configure(f, Person);
        Result<Session> admin = f.station().authenticator().login(StationFixture::AdminName,
                                                                  StationFixture::AdminPassword);
        QVERIFY2(admin, why(admin).constData());
        const QVector<AuditRecord> alerts = f.records(AuditEventType::SecurityAlert);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.last().event.alert, SecurityAlert::BreakGlass);
        QCOMPARE(alerts.last().event.target, StationFixture::AdminName);
        const AuditRecord login = f.records(AuditEventType::Login).last();
        QVERIFY(login.event.details.value(QLatin1String("breakGlass")).toBool());
        // It works while the directory is down: that is what it is for.
        ldap_.stop();
        QVERIFY(f.station().authenticator().login(StationFixture::AdminName,
                                                  StationFixture::AdminPassword));
        QVERIFY2(ldap_.restart(), qPrintable(ldap_.error()));
    }

    void directoryAccountWithoutDirectory() {
        StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        configure(f, Person);
        QVERIFY(login(f, QStringLiteral("alice")));
        SettingStore store(f.station().database(), DirectorySettings::catalog());
        QVERIFY(store.set(f.admin(), DirectorySettings::Url, QString()));
        Result<Session> off = login(f, QStringLiteral("alice"));
        QVERIFY(!off);
        QVERIFY2(off.error().message.contains(QLatin1String("not set up")),
                 qPrintable(off.error().message));
        QCOMPARE(row(f.station(), QStringLiteral("alice"))->failures, 0);
    }
};

QTEST_GUILESS_MAIN(DirectoryTest)
#include "tst_directory.moc"
