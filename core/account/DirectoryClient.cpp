#include "DirectoryClient.h"

#include "LdapConnection.h"
#include "LdapNames.h"

#include <QFile>

namespace pdi {

namespace {

// What is read from a person's entry: the name, the groups, and what some directories use to
// switch an account off.
const QStringList PersonAttributes{
    QStringLiteral("displayName"),        QStringLiteral("cn"),
    QStringLiteral("memberOf"),           QStringLiteral("pwdAccountLockedTime"),
    QStringLiteral("userAccountControl"), QStringLiteral("nsAccountLock"),
};

// "1.1": no attributes (RFC 4511 4.5.1.8), only the DNs.
const QStringList NoAttributes{QStringLiteral("1.1")};

DirectoryAnswer unavailable(const QString& problem) {
    DirectoryAnswer a;
    a.outcome = DirectoryAnswer::Outcome::Unavailable;
    a.problem = problem;
    return a;
}

DirectoryAnswer answer(DirectoryAnswer::Outcome outcome, const QString& reason = QString()) {
    DirectoryAnswer a;
    a.outcome = outcome;
    a.reason = reason;
    return a;
}

// The person's bind as an answer; nullopt when bound.
std::optional<DirectoryAnswer> refused(const LdapBind& bind) {
    switch (bind.outcome) {
    case LdapBind::Outcome::Bound:
        return std::nullopt;
    case LdapBind::Outcome::InvalidCredentials:
        return answer(DirectoryAnswer::Outcome::WrongPassword);
    case LdapBind::Outcome::AccountUnusable:
        return answer(DirectoryAnswer::Outcome::Unusable, bind.reason);
    case LdapBind::Outcome::Failed:
        break;
    }
    return unavailable(bind.reason);
}

// How the entry itself says the account is off: Active Directory's userAccountControl flag
// ACCOUNTDISABLE (0x2), 389 Directory Server's and FreeIPA's nsAccountLock, and OpenLDAP's
// password policy lock "000001010000Z" (locked until an administrator unlocks it; a lock with a
// duration is the server's to judge at the bind).
QString switchedOff(const LdapEntry& entry) {
    bool ok = false;
    const qlonglong control = entry.first(QStringLiteral("userAccountControl")).toLongLong(&ok);
    if (ok && (control & 0x2))
        return QStringLiteral("disabled");
    if (entry.first(QStringLiteral("nsAccountLock"))
            .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("disabled");
    if (entry.first(QStringLiteral("pwdAccountLockedTime")) == QLatin1String("000001010000Z"))
        return QStringLiteral("disabled");
    return QString();
}

// The groups of the person: memberOf on their entry (Active Directory, OpenLDAP's memberof
// overlay), and the groups under the search base that list them (groupOfNames,
// groupOfUniqueNames, posixGroup).
Result<QStringList> groupsOf(LdapConnection& ldap, const DirectoryConfig& config,
                             const LdapEntry& entry, const QString& name) {
    QStringList groups = entry.attributes.value(QStringLiteral("memberof"));
    if (config.searchBase.isEmpty())
        return groups;
    const QString dn = LdapNames::filterValue(entry.dn);
    const QString filter = QStringLiteral("(|(member=%1)(uniqueMember=%1)(memberUid=%2))")
                               .arg(dn, LdapNames::filterValue(name));
    Result<QVector<LdapEntry>> found = ldap.search(config.searchBase, true, filter, NoAttributes);
    if (!found)
        return found.error();
    for (const LdapEntry& g : *found) {
        const bool known = std::any_of(groups.cbegin(), groups.cend(), [&g](const QString& h) {
            return LdapNames::sameDn(g.dn, h);
        });
        if (!known)
            groups << g.dn;
    }
    return groups;
}

DirectoryAnswer signedIn(LdapConnection& ldap, const DirectoryConfig& config,
                         const LdapEntry& entry, const QString& name) {
    Result<QStringList> groups = groupsOf(ldap, config, entry, name);
    if (!groups)
        return unavailable(groups.error().message);
    DirectoryAnswer a = answer(DirectoryAnswer::Outcome::SignedIn);
    a.person.dn = entry.dn;
    a.person.displayName = entry.first(QStringLiteral("displayName"));
    if (a.person.displayName.isEmpty())
        a.person.displayName = entry.first(QStringLiteral("cn"));
    a.person.groups = *groups;
    return a;
}

} // namespace

QString DirectoryClient::incompleteBecause() const {
    if (!config_.enabled())
        return tr("No directory server is set.");
    if (config_.bindMode == DirectoryConfig::BindMode::Search) {
        if (config_.serviceDn.isEmpty() || config_.servicePasswordFile.isEmpty())
            return tr("The service account (its name and its password file) is not set.");
        if (config_.searchBase.isEmpty())
            return tr("The search base is not set.");
    } else {
        if (config_.personTemplate.isEmpty())
            return tr("The template that makes the person's directory name is not set.");
        if (!config_.personTemplateIsDn() && config_.searchBase.isEmpty())
            return tr("With a user principal name the search base must be set, to find the "
                      "person's entry.");
    }
    if (config_.roleGroups.isEmpty())
        return tr("No directory group is assigned to a role, so nobody could sign in.");
    return QString();
}

Result<QString> DirectoryClient::servicePassword() const {
    const QString what = tr("The service account's password file");
    if (auto checked = DirectorySettings::checkPrivateFile(what, config_.servicePasswordFile);
        !checked)
        return checked.error();
    QFile f(config_.servicePasswordFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(
            tr("%1 %2 cannot be read: %3").arg(what, f.fileName(), f.errorString()));
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::invalid(tr("%1 %2 is empty.").arg(what, f.fileName()));
    return QString::fromUtf8(line);
}

DirectoryAnswer DirectoryClient::signIn(const QString& name, const QString& password) const {
    if (const QString missing = incompleteBecause(); !missing.isEmpty())
        return unavailable(
            tr("Sign-in through the hospital directory is not fully set up: %1").arg(missing));
    LdapConnection ldap(config_);
    if (auto opened = ldap.open(); !opened)
        return unavailable(opened.error().message);
    const QString filter = LdapNames::fill(config_.searchFilter, LdapNames::filterValue(name));

    if (config_.bindMode == DirectoryConfig::BindMode::Search) {
        Result<QString> secret = servicePassword();
        if (!secret)
            return unavailable(secret.error().message);
        const LdapBind service = ldap.bind(config_.serviceDn, *secret);
        if (service.outcome != LdapBind::Outcome::Bound)
            return unavailable(service.outcome == LdapBind::Outcome::Failed
                                   ? service.reason
                                   : tr("The directory refused the service account %1: its "
                                        "name or password is wrong, or it is disabled.")
                                         .arg(config_.serviceDn));
        // Two entries for one login name would make the sign-in ambiguous: ask for two to see.
        Result<QVector<LdapEntry>> found =
            ldap.search(config_.searchBase, true, filter, PersonAttributes, 2);
        if (!found)
            return unavailable(found.error().message);
        if (found->size() != 1)
            return answer(DirectoryAnswer::Outcome::WrongPassword);
        const LdapEntry entry = found->first();
        if (const QString off = switchedOff(entry); !off.isEmpty())
            return answer(DirectoryAnswer::Outcome::Unusable, off);
        // The groups are read with the service account, which may read what the person cannot.
        DirectoryAnswer a = signedIn(ldap, config_, entry, name);
        if (a.outcome != DirectoryAnswer::Outcome::SignedIn)
            return a;
        if (auto no = refused(ldap.bind(entry.dn, password)))
            return *no;
        return a;
    }

    const QString bindName = config_.personTemplateIsDn()
                                 ? LdapNames::fill(config_.personTemplate, LdapNames::dnValue(name))
                                 : LdapNames::fill(config_.personTemplate, name);
    if (auto no = refused(ldap.bind(bindName, password)))
        return *no;
    Result<QVector<LdapEntry>> found =
        config_.personTemplateIsDn()
            ? ldap.search(bindName, false, QStringLiteral("(objectClass=*)"), PersonAttributes)
            : ldap.search(config_.searchBase, true, filter, PersonAttributes, 2);
    if (!found)
        return unavailable(found.error().message);
    if (found->size() != 1)
        return unavailable(tr("The directory accepted the password of %1 but shows no single "
                              "entry for it; check the search base and filter.")
                               .arg(bindName));
    if (const QString off = switchedOff(found->first()); !off.isEmpty())
        return answer(DirectoryAnswer::Outcome::Unusable, off);
    return signedIn(ldap, config_, found->first(), name);
}

Result<QString> DirectoryClient::testConnection() const {
    if (const QString missing = incompleteBecause(); !missing.isEmpty())
        return Error::invalid(missing);
    LdapConnection ldap(config_);
    if (auto opened = ldap.open(); !opened)
        return opened.error();
    // The root DSE (RFC 4512 5.1) answers anonymous reads: the connection is made here.
    if (auto root = ldap.search(QString(), false, QStringLiteral("(objectClass=*)"),
                                {QStringLiteral("supportedLDAPVersion")});
        !root)
        return root.error();
    QStringList said{config_.startTls()
                         ? tr("Connected to %1 and encrypted it with StartTLS.").arg(config_.url)
                         : tr("Connected to %1 over TLS.").arg(config_.url)};
    if (config_.bindMode == DirectoryConfig::BindMode::Search) {
        Result<QString> secret = servicePassword();
        if (!secret)
            return secret.error();
        const LdapBind service = ldap.bind(config_.serviceDn, *secret);
        if (service.outcome == LdapBind::Outcome::Failed)
            return Error::network(service.reason);
        if (service.outcome != LdapBind::Outcome::Bound)
            return Error::authentication(tr("The directory refused the service account %1: its "
                                            "name or password is wrong, or it is disabled.")
                                             .arg(config_.serviceDn));
        said << tr("The service account signed in.");
    }
    if (!config_.searchBase.isEmpty()) {
        Result<QVector<LdapEntry>> base =
            ldap.search(config_.searchBase, false, QStringLiteral("(objectClass=*)"), NoAttributes);
        if (!base)
            return base.error();
        if (base->isEmpty())
            return Error::notFound(
                tr("The directory has no entry %1 (the search base).").arg(config_.searchBase));
        said << tr("The search base %1 exists.").arg(config_.searchBase);
    }
    return said.join(QLatin1Char(' '));
}

} // namespace pdi
