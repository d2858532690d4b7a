// pdi and directory sign-in end to end: the real binary, a real data directory and a real slapd
// (DirectoryServer). The administrator sets the directory up with `pdi config set`, a directory
// person signs in with PDI_USER and their directory password, and `pdi user list` says where each
// account signs in.
#include "DirectoryServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using pdi::test::DirectoryServer;
using pdi::test::ProcessResult;

namespace {

const QString AdminPassword = QStringLiteral("Harbour-Lights-27");

} // namespace

class CliDirectoryTest : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    DirectoryServer ldap_;

    ProcessResult as(const QString& user, const QString& password, const QStringList& args) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), tmp_.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("PDI_USER"), user);
        env.insert(QStringLiteral("PDI_PASSWORD"), password);
        return pdi::test::runPdi(args, QByteArray(), env);
    }
    ProcessResult admin(const QStringList& args) {
        return as(QStringLiteral("admin"), AdminPassword, args);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(ldap_.start(), qPrintable(ldap_.error()));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), tmp_.path() + QStringLiteral("/data"));
        const ProcessResult first = pdi::test::runPdi(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
             QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
            AdminPassword.toUtf8() + '\n', env);
        QVERIFY2(first.exitCode == 0, qPrintable(first.errText()));
        const QList<QStringList> settings{
            {QStringLiteral("directory.url"), ldap_.url()},
            {QStringLiteral("directory.caFile"), ldap_.caFile()},
            {QStringLiteral("directory.bindMode"), QStringLiteral("search")},
            {QStringLiteral("directory.serviceDn"), DirectoryServer::ServiceDn},
            {QStringLiteral("directory.servicePasswordFile"), ldap_.servicePasswordFile()},
            {QStringLiteral("directory.searchBase"), DirectoryServer::Base},
            {QStringLiteral("directory.group.admin"),
             DirectoryServer::groupDn(QStringLiteral("pdi-admins"))},
            {QStringLiteral("directory.group.technologist"),
             DirectoryServer::groupDn(QStringLiteral("pdi-technologists"))},
            {QStringLiteral("directory.timeoutSeconds"), QStringLiteral("3")}};
        for (const QStringList& kv : settings) {
            const ProcessResult set =
                admin(QStringList{QStringLiteral("config"), QStringLiteral("set")} + kv);
            QVERIFY2(set.exitCode == 0, qPrintable(kv.first() + QLatin1Char(' ') + set.errText()));
        }
    }

    void directoryPersonSignsInAndTheListSaysFromWhere() {
        const QString password = DirectoryServer::password(QStringLiteral("alice"));
        const ProcessResult list =
            as(QStringLiteral("alice"), password, {QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.errText()));
        // The row was made by alice's own sign-in, before she listed the accounts.
        QStringList lines = list.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto line = [&lines](const QString& name) {
            for (const QString& l : lines) {
                if (l.startsWith(name + QLatin1Char(' ')))
                    return l;
            }
            return QString();
        };
        QVERIFY2(line(QStringLiteral("alice")).contains(QLatin1String(" directory ")),
                 qPrintable(list.outText()));
        QVERIFY2(line(QStringLiteral("admin")).contains(QLatin1String(" local ")),
                 qPrintable(list.outText()));
        const ProcessResult json =
            as(QStringLiteral("alice"), password,
               {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        int directory = 0;
        for (const QJsonValue& a :
             QJsonDocument::fromJson(json.out).object().value(QLatin1String("accounts")).toArray())
            directory += a.toObject().value(QLatin1String("source")).toString() ==
                         QLatin1String("directory");
        QCOMPARE(directory, 1);
        // The directory's password and role cannot be changed here.
        const ProcessResult role = admin({QStringLiteral("user"), QStringLiteral("role"),
                                          QStringLiteral("alice"), QStringLiteral("reception")});
        QCOMPARE(role.exitCode, 1);
        QVERIFY2(role.errText().contains(QLatin1String("directory")), qPrintable(role.errText()));
    }

    void wrongPasswordAndDirectoryDown() {
        const ProcessResult wrong = as(QStringLiteral("bob"), QStringLiteral("Not-His-1"),
                                       {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(wrong.exitCode, 4);
        // bob is a technologist: signed in, but the command needs an administrator.
        const ProcessResult bob =
            as(QStringLiteral("bob"), DirectoryServer::password(QStringLiteral("bob")),
               {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(bob.exitCode, 5);
        ldap_.stop();
        const ProcessResult down =
            as(QStringLiteral("bob"), DirectoryServer::password(QStringLiteral("bob")),
               {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(down.exitCode, 3);
        QVERIFY2(down.errText().contains(QLatin1String("cannot be reached")),
                 qPrintable(down.errText()));
        // The local administrator still signs in (break-glass, on the record).
        const ProcessResult local =
            admin({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--event"),
                   QStringLiteral("security-alert"), QStringLiteral("--json")});
        QCOMPARE(local.exitCode, 0);
        QVERIFY(local.outText().contains(QLatin1String("break-glass")));
        QVERIFY2(ldap_.restart(), qPrintable(ldap_.error()));
    }
};

QTEST_GUILESS_MAIN(CliDirectoryTest)
#include "tst_cli_directory.moc"
