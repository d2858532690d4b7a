#include "DirectoryServer.h"

#include "DicomServers.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <sys/prctl.h>

namespace pdi::test {

namespace {

const QString Slapd = QStringLiteral("/usr/sbin/slapd");
const QString Slapadd = QStringLiteral("/usr/sbin/slapadd");

bool writeFile(const QString& path, const QByteArray& content, QString& error,
               QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.close();
    f.setPermissions(permissions);
    return true;
}

QString person(const QString& uid, const QString& cn, const QString& displayName) {
    return QStringLiteral("dn: %1\nobjectClass: inetOrgPerson\nuid: %2\ncn: %3\nsn: %3\n"
                          "displayName: %4\nuserPassword: %5\n\n")
        .arg(DirectoryServer::personDn(uid), uid, cn, displayName, DirectoryServer::password(uid));
}

QString group(const QString& cn, const QStringList& members) {
    QString out = QStringLiteral("dn: %1\nobjectClass: groupOfNames\ncn: %2\n")
                      .arg(DirectoryServer::groupDn(cn), cn);
    for (const QString& m : members)
        out += QStringLiteral("member: %1\n").arg(DirectoryServer::personDn(m));
    return out + QLatin1Char('\n');
}

QString entries() {
    const QString& base = DirectoryServer::Base;
    QString ldif = QStringLiteral("dn: %1\nobjectClass: dcObject\nobjectClass: organization\n"
                                  "o: Test Hospital\ndc: hospital\n\n")
                       .arg(base);
    for (const char* ou : {"people", "groups", "services", "policies"})
        ldif += QStringLiteral("dn: ou=%1,%2\nobjectClass: organizationalUnit\nou: %1\n\n")
                    .arg(QLatin1String(ou), base);
    // The password-policy overlay applies lockout (pwdAccountLockedTime) only with a policy.
    ldif += QStringLiteral("dn: cn=default,ou=policies,%1\nobjectClass: device\n"
                           "objectClass: pwdPolicy\ncn: default\npwdAttribute: userPassword\n"
                           "pwdLockout: TRUE\n\n")
                .arg(base);
    ldif += QStringLiteral("dn: %1\nobjectClass: applicationProcess\n"
                           "objectClass: simpleSecurityObject\ncn: pdi-service\n"
                           "userPassword: %2\n\n")
                .arg(DirectoryServer::ServiceDn, DirectoryServer::ServicePassword);
    ldif += person(QStringLiteral("alice"), QStringLiteral("Alice Tanaka"),
                   QStringLiteral("田中 アリス"));
    ldif +=
        person(QStringLiteral("bob"), QStringLiteral("Bob Suzuki"), QStringLiteral("鈴木 ボブ"));
    ldif +=
        person(QStringLiteral("carol"), QStringLiteral("Carol Ito"), QStringLiteral("Carol Ito"));
    ldif +=
        person(QStringLiteral("dave"), QStringLiteral("Dave Sato"), QStringLiteral("Dave Sato"));
    ldif +=
        person(QStringLiteral("erin"), QStringLiteral("Erin Kato"), QStringLiteral("Erin Kato"));
    ldif += group(QStringLiteral("pdi-admins"), {QStringLiteral("alice")});
    ldif += group(QStringLiteral("pdi-technologists"), {QStringLiteral("bob")});
    ldif += group(QStringLiteral("pdi-reception"), {QStringLiteral("carol")});
    ldif += group(QStringLiteral("pdi-users"), {QStringLiteral("alice"), QStringLiteral("bob"),
                                                QStringLiteral("dave"), QStringLiteral("erin")});
    ldif += QStringLiteral("dn: %1\nobjectClass: posixGroup\ncn: pdi-frontdesk\n"
                           "gidNumber: 5001\nmemberUid: erin\n\n")
                .arg(DirectoryServer::groupDn(QStringLiteral("pdi-frontdesk")));
    return ldif;
}

} // namespace

DirectoryServer::~DirectoryServer() {
    stop();
}

bool DirectoryServer::writeConfiguration() {
    const QString d = dir_.path();
    const QString schema = QStringLiteral("/etc/ldap/schema/");
    QString conf;
    for (const char* s : {"core", "cosine", "inetorgperson", "nis"})
        conf += QStringLiteral("include %1%2.schema\n").arg(schema, QLatin1String(s));
    conf +=
        QStringLiteral("modulepath /usr/lib/ldap\nmoduleload back_mdb.la\nmoduleload ppolicy.la\n"
                       "pidfile %1/slapd.pid\nargsfile %1/slapd.args\n"
                       "TLSCACertificateFile %2\nTLSCertificateFile %3\nTLSCertificateKeyFile %4\n"
                       "database mdb\nsuffix \"%5\"\nrootdn \"%6\"\nrootpw %7\ndirectory %1/db\n"
                       "maxsize 10485760\n"
                       "overlay ppolicy\nppolicy_default \"cn=default,ou=policies,%5\"\n"
                       // Tell a locked account apart in the bind's password-policy response.
                       "ppolicy_use_lockout\n"
                       "access to attrs=userPassword by self write by anonymous auth by * none\n"
                       "access to * by * read\n")
            .arg(d, certificates_.caCert, certificates_.serverCert, certificates_.serverKey, Base,
                 RootDn, RootPassword);
    if (!QDir().mkpath(d + QStringLiteral("/db")) ||
        !writeFile(d + QStringLiteral("/slapd.conf"), conf.toUtf8(), error_) ||
        !writeFile(d + QStringLiteral("/entries.ldif"), entries().toUtf8(), error_) ||
        !writeFile(servicePasswordFile(), ServicePassword.toUtf8() + '\n', error_))
        return false;
    const ProcessResult added =
        run(Slapadd, {QStringLiteral("-f"), d + QStringLiteral("/slapd.conf"), QStringLiteral("-l"),
                      d + QStringLiteral("/entries.ldif")});
    if (added.exitCode != 0) {
        error_ = QStringLiteral("slapadd failed: %1").arg(added.errText());
        return false;
    }
    return true;
}

bool DirectoryServer::start() {
    if (!dir_.isValid()) {
        error_ = QStringLiteral("no temporary folder");
        return false;
    }
    if (!QFile::exists(Slapd)) {
        error_ = QStringLiteral("slapd is not installed (Debian packages slapd, ldap-utils)");
        return false;
    }
    QString certError;
    if (!TestCertificates::create(dir_.path() + QStringLiteral("/tls"), certificates_, certError)) {
        error_ = certError;
        return false;
    }
    if (!writeConfiguration())
        return false;
    port_ = freePort();
    tlsPort_ = freePort();
    while (tlsPort_ == port_)
        tlsPort_ = freePort();
    return launch();
}

bool DirectoryServer::launch() {
    process_ = std::make_unique<QProcess>();
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process_->setProcessChannelMode(QProcess::MergedChannels);
    // Into a file: a pipe nobody reads while the test waits would fill up and stop slapd.
    process_->setStandardOutputFile(dir_.path() + QStringLiteral("/slapd.log"), QIODevice::Append);
    // -d keeps slapd in the foreground (a child of the test); 256 logs connections and results.
    process_->start(Slapd, {QStringLiteral("-d"), QStringLiteral("256"), QStringLiteral("-f"),
                            dir_.path() + QStringLiteral("/slapd.conf"), QStringLiteral("-h"),
                            url() + QStringLiteral("/ ") + tlsUrl() + QStringLiteral("/")});
    if (!process_->waitForStarted(30000) || !waitForPort(port_, process_.get()) ||
        !waitForPort(tlsPort_, process_.get())) {
        error_ = QStringLiteral("slapd did not start: %1").arg(log());
        return false;
    }
    return true;
}

bool DirectoryServer::restart() {
    stop();
    return launch();
}

void DirectoryServer::stop() {
    if (process_ && process_->state() != QProcess::NotRunning) {
        process_->terminate();
        if (!process_->waitForFinished(30000))
            process_->kill();
        process_->waitForFinished(30000);
    }
}

QString DirectoryServer::log() const {
    QFile f(dir_.path() + QStringLiteral("/slapd.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool DirectoryServer::modify(const QString& ldif) {
    const ProcessResult r = run(QStringLiteral("ldapmodify"),
                                {QStringLiteral("-x"), QStringLiteral("-H"), url(),
                                 QStringLiteral("-D"), RootDn, QStringLiteral("-w"), RootPassword},
                                ldif.toUtf8());
    if (r.exitCode != 0) {
        error_ = QStringLiteral("ldapmodify failed: %1 %2").arg(r.errText(), r.outText());
        return false;
    }
    return true;
}

bool DirectoryServer::addMember(const QString& group, const QString& uid) {
    return modify(QStringLiteral("dn: %1\nchangetype: modify\nadd: member\nmember: %2\n")
                      .arg(groupDn(group), personDn(uid)));
}

bool DirectoryServer::removeMember(const QString& group, const QString& uid) {
    return modify(QStringLiteral("dn: %1\nchangetype: modify\ndelete: member\nmember: %2\n")
                      .arg(groupDn(group), personDn(uid)));
}

bool DirectoryServer::setLocked(const QString& uid, bool locked) {
    return modify(locked ? QStringLiteral("dn: %1\nchangetype: modify\nadd: pwdAccountLockedTime\n"
                                          "pwdAccountLockedTime: 000001010000Z\n")
                               .arg(personDn(uid))
                         : QStringLiteral("dn: %1\nchangetype: modify\n"
                                          "delete: pwdAccountLockedTime\n")
                               .arg(personDn(uid)));
}

} // namespace pdi::test
