// The cost of a sign-in: a local account (PBKDF2-HMAC-SHA256, 600,000 iterations) against a
// directory account on a real slapd on loopback (DirectoryServer: StartTLS or ldaps, bind, one
// search for the entry, one for the groups; the search mode adds the service account's bind and
// a search). Each sign-in is the whole Authenticator::login: the attempt counted, the password
// checked, the row and the audit records written.
//   pdi_bench_signin [RUNS]
#include "DirectoryServer.h"
#include "StationFixture.h"
#include "account/DirectorySettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <unistd.h>

using namespace pdi;
using namespace pdi::test;

namespace {

struct Timing {
    double wallMs = 0;   // median
    double cpuMs = 0;    // median, this process
    double serverMs = 0; // slapd's CPU per sign-in (mean: its clock ticks are 10 ms)
};

// CPU time (user + system) of another process, from /proc (clock ticks).
double processCpuMs(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / sysconf(_SC_CLK_TCK);
}

double cpuNow() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(QVector<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

Timing measure(Station& station, const QString& name, const QString& password, int runs,
               qint64 server, QString& error) {
    QVector<double> wall;
    QVector<double> cpu;
    double serverStart = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        const double c = cpuNow();
        t.start();
        Result<Session> s = station.authenticator().login(name, password);
        const double w = t.nsecsElapsed() / 1e6;
        const double used = cpuNow() - c;
        if (!s) {
            error = s.error().message;
            return {};
        }
        if (i == 0) // the first one warms caches (TLS library, SQLite pages)
            serverStart = processCpuMs(server);
        else {
            wall << w;
            cpu << used;
        }
    }
    return {median(wall), median(cpu), (processCpuMs(server) - serverStart) / runs};
}

bool configure(StationFixture& f, const DirectoryServer& ldap, const QString& mode,
               QString& error) {
    SettingStore store(f.station().database(), DirectorySettings::catalog());
    const QList<std::pair<const char*, QString>> values{
        {DirectorySettings::Url, mode == QLatin1String("search") ? ldap.tlsUrl() : ldap.url()},
        {DirectorySettings::CaFile, ldap.caFile()},
        {DirectorySettings::BindMode, mode},
        {DirectorySettings::PersonTemplate, QStringLiteral("uid=%1,ou=people,") + ldap.Base},
        {DirectorySettings::ServiceDn, DirectoryServer::ServiceDn},
        {DirectorySettings::ServicePasswordFile, ldap.servicePasswordFile()},
        {DirectorySettings::SearchBase, DirectoryServer::Base},
        {DirectorySettings::AdminGroup, DirectoryServer::groupDn(QStringLiteral("pdi-admins"))},
        {DirectorySettings::RequiredGroup, DirectoryServer::groupDn(QStringLiteral("pdi-users"))}};
    for (const auto& [key, value] : values) {
        if (auto set = store.set(f.admin(), QString::fromLatin1(key), value); !set) {
            error = set.error().message;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    QTextStream out(stdout);
    DirectoryServer ldap;
    StationFixture f;
    QString error;
    if (!ldap.start() || !f.ok()) {
        out << "cannot start: " << ldap.error() << f.error() << '\n';
        return 1;
    }
    const qint64 slapd = ldap.processId();
    const Timing local = measure(f.station(), StationFixture::AdminName,
                                 StationFixture::AdminPassword, runs, 0, error);
    Timing person;
    Timing search;
    const QString alice = QStringLiteral("alice");
    if (error.isEmpty() && configure(f, ldap, QStringLiteral("person"), error))
        person = measure(f.station(), alice, DirectoryServer::password(alice), runs, slapd, error);
    if (error.isEmpty() && configure(f, ldap, QStringLiteral("search"), error))
        search = measure(f.station(), alice, DirectoryServer::password(alice), runs, slapd, error);
    if (!error.isEmpty()) {
        out << "sign-in failed: " << error << '\n';
        return 1;
    }
    out << "sign-in (median of " << runs
        << ")                        wall ms   CPU ms (pdi)   CPU ms (slapd)\n";
    const auto line = [&out](const char* what, const Timing& t) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QString::fromLatin1(what), -48)
                   .arg(t.wallMs, 8, 'f', 1)
                   .arg(t.cpuMs, 8, 'f', 1)
                   .arg(t.serverMs, 14, 'f', 1);
    };
    line("local (PBKDF2-SHA256, 600,000 iterations)", local);
    line("directory, bind as person (ldap:// + StartTLS)", person);
    line("directory, search then bind (ldaps://)", search);
    out << QStringLiteral("ratio directory/local, wall: person %1, search %2\n")
               .arg(person.wallMs / local.wallMs, 0, 'f', 2)
               .arg(search.wallMs / local.wallMs, 0, 'f', 2);
    return 0;
}
