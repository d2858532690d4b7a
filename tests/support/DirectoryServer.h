#pragma once

#include "SyslogReceiver.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pdi::test {

// A real OpenLDAP slapd (Debian packages slapd and ldap-utils) with a generated slapd.conf, an
// mdb database, a test CA and a server certificate for 127.0.0.1, all in a temporary folder,
// listening on two free loopback ports: ldap:// (StartTLS) and ldaps://. It runs as the current
// user (root in CI) and is killed when the object goes. The password-policy overlay is loaded so
// that an account can be locked (pwdAccountLockedTime) as a directory administrator does.
//
// The directory under dc=hospital,dc=test (all passwords are "<Name>-Directory-1", e.g.
// Alice-Directory-1):
//   people:  alice (admins, users), bob (technologists, users), carol (reception only),
//            dave (users only), erin (frontdesk as a posixGroup memberUid, users)
//   groups:  cn=pdi-admins, cn=pdi-technologists, cn=pdi-reception, cn=pdi-users
//            (groupOfNames), cn=pdi-frontdesk (posixGroup)
//   service: cn=pdi-service,ou=services with ServicePassword
class DirectoryServer {
public:
    static inline const QString Base = QStringLiteral("dc=hospital,dc=test");
    static inline const QString RootDn = QStringLiteral("cn=root,dc=hospital,dc=test");
    static inline const QString RootPassword = QStringLiteral("Root-Directory-1");
    static inline const QString ServiceDn =
        QStringLiteral("cn=pdi-service,ou=services,dc=hospital,dc=test");
    static inline const QString ServicePassword = QStringLiteral("Service-Directory-1");

    static QString personDn(const QString& uid) {
        return QStringLiteral("uid=%1,ou=people,%2").arg(uid, Base);
    }
    static QString groupDn(const QString& cn) {
        return QStringLiteral("cn=%1,ou=groups,%2").arg(cn, Base);
    }
    static QString password(const QString& uid) {
        return uid.left(1).toUpper() + uid.mid(1) + QStringLiteral("-Directory-1");
    }

    ~DirectoryServer();
    bool start();
    // Starts again on the same ports and database (after stop()).
    bool restart();
    void stop();

    QString url() const { return QStringLiteral("ldap://127.0.0.1:%1").arg(port_); }
    QString tlsUrl() const { return QStringLiteral("ldaps://127.0.0.1:%1").arg(tlsPort_); }
    QString caFile() const { return certificates_.caCert; }
    QString otherCaFile() const { return certificates_.otherCaCert; }
    // A file with the service account's password, mode 600.
    QString servicePasswordFile() const { return dir_.path() + QStringLiteral("/service.pw"); }
    QString error() const { return error_; }
    QString log() const; // what slapd logged (connections, operations and results)
    // The running slapd's process id (0 when none): benchmarks read its CPU time.
    qint64 processId() const { return process_ ? process_->processId() : 0; }

    // ldapmodify as the directory's root with this LDIF (changetype records).
    bool modify(const QString& ldif);
    bool addMember(const QString& group, const QString& uid);
    bool removeMember(const QString& group, const QString& uid);
    // Locks the account the way an administrator does with the password-policy overlay
    // (pwdAccountLockedTime 000001010000Z: until unlocked), or unlocks it.
    bool setLocked(const QString& uid, bool locked);

private:
    bool writeConfiguration();
    bool launch();

    QTemporaryDir dir_;
    TestCertificates certificates_;
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
    int tlsPort_ = 0;
    QString error_;
};

} // namespace pdi::test
