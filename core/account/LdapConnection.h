#pragma once

#include "DirectorySettings.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QVector>

typedef struct ldap LDAP;

namespace pdi {

// One entry a search found: its DN and the attributes asked for (values as UTF-8 text).
struct LdapEntry {
    QString dn;
    QMap<QString, QStringList> attributes; // attribute names in lower case

    QString first(const QString& attribute) const {
        return attributes.value(attribute.toLower()).value(0);
    }
};

// How a simple bind ended, as far as a person's sign-in is concerned.
struct LdapBind {
    enum class Outcome {
        Bound,
        InvalidCredentials, // wrong DN or password: the person's mistake, counted as such
        AccountUnusable,    // the directory says disabled, locked or expired (reason says which)
        Failed,             // anything else: the server, the network, the configuration
    };
    Outcome outcome = Outcome::Failed;
    QString reason; // AccountUnusable: disabled, locked, expired; Failed: the server's words
};

// One connection to the directory through Debian's OpenLDAP client library (libldap): LDAPv3,
// the time-outs of the configuration, StartTLS required on ldap://, the configured CA, no
// referrals followed. Not shared between threads; one per sign-in.
class LdapConnection {
    Q_DECLARE_TR_FUNCTIONS(pdi::DirectoryClient)

public:
    explicit LdapConnection(DirectoryConfig config)
        : config_(std::move(config)) {}
    ~LdapConnection();
    LdapConnection(const LdapConnection&) = delete;
    LdapConnection& operator=(const LdapConnection&) = delete;

    // Sets up the handle and, on ldap://, negotiates StartTLS (which is when the connection is
    // made). The error is a Network error that says what failed, for a person.
    Result<void> open();
    // A simple bind (RFC 4513 5.1.3) asking for the password-policy response control, so that a
    // locked account is told apart from a wrong password where the server says so. An empty
    // password is refused here: it would be an unauthenticated bind, which servers accept.
    LdapBind bind(const QString& dn, const QString& password);
    // A subtree search (or base, for one entry); at most sizeLimit entries.
    Result<QVector<LdapEntry>> search(const QString& base, bool subtree, const QString& filter,
                                      const QStringList& attributes, int sizeLimit = 0);

    // What "cannot reach" says to a person, with libldap's words for the detail.
    Error unreachable(int code) const;

private:
    Error failure(int code, const QString& doing) const;
    QString diagnostic() const;

    DirectoryConfig config_;
    LDAP* ld_ = nullptr;
};

} // namespace pdi
