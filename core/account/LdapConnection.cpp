#include "LdapConnection.h"

#include <QRegularExpression>

#include <ldap.h>

#include <memory>

namespace pdi {

namespace {

timeval timeout(const DirectoryConfig& config) {
    return timeval{config.timeoutSeconds, 0};
}

// Codes that mean the server was never reached or stopped answering.
bool isUnreachable(int code) {
    return code == LDAP_SERVER_DOWN || code == LDAP_TIMEOUT || code == LDAP_CONNECT_ERROR ||
           code == LDAP_TIMELIMIT_EXCEEDED;
}

// Active Directory explains a refused bind in its diagnostic text ("... data 533, ..."):
// 533 disabled, 775 locked, 532 and 701 expired, 773 must change the password.
QString activeDirectoryReason(const QString& diagnostic) {
    static const QRegularExpression data(QStringLiteral("\\bdata ([0-9a-f]{3}),"));
    const QString code = data.match(diagnostic).captured(1);
    if (code == QLatin1String("533"))
        return QStringLiteral("disabled");
    if (code == QLatin1String("775"))
        return QStringLiteral("locked");
    if (code == QLatin1String("532") || code == QLatin1String("701") ||
        code == QLatin1String("773"))
        return QStringLiteral("expired");
    return QString();
}

// What the password-policy response control (draft-behera-ldap-password-policy) says about the
// account, or empty.
QString passwordPolicyReason(LDAP* ld, LDAPControl** controls) {
    LDAPControl* response =
        controls ? ldap_control_find(LDAP_CONTROL_PASSWORDPOLICYRESPONSE, controls, nullptr)
                 : nullptr;
    if (!response)
        return QString();
    ber_int_t expire = -1;
    ber_int_t grace = -1;
    LDAPPasswordPolicyError error = PP_noError;
    if (ldap_parse_passwordpolicy_control(ld, response, &expire, &grace, &error) != LDAP_SUCCESS)
        return QString();
    switch (error) {
    case PP_accountLocked:
        return QStringLiteral("locked");
    case PP_passwordExpired:
    case PP_changeAfterReset:
        return QStringLiteral("expired");
    default:
        return QString();
    }
}

} // namespace

LdapConnection::~LdapConnection() {
    if (ld_)
        ldap_unbind_ext_s(ld_, nullptr, nullptr);
}

QString LdapConnection::diagnostic() const {
    char* text = nullptr;
    if (!ld_ || ldap_get_option(ld_, LDAP_OPT_DIAGNOSTIC_MESSAGE, &text) != LDAP_OPT_SUCCESS ||
        !text)
        return QString();
    const QString out = QString::fromUtf8(text);
    ldap_memfree(text);
    return out;
}

Error LdapConnection::unreachable(int code) const {
    QString detail = QString::fromUtf8(ldap_err2string(code));
    if (const QString more = diagnostic(); !more.isEmpty() && more != detail)
        detail += QStringLiteral(": ") + more;
    return Error::network(tr("The hospital directory at %1 cannot be reached (%2). Accounts of "
                             "the directory cannot sign in until it answers again.")
                              .arg(config_.url, detail));
}

Error LdapConnection::failure(int code, const QString& doing) const {
    if (isUnreachable(code))
        return unreachable(code);
    QString detail = QString::fromUtf8(ldap_err2string(code));
    if (const QString more = diagnostic(); !more.isEmpty() && more != detail)
        detail += QStringLiteral(": ") + more;
    return Error::network(
        tr("The hospital directory at %1 refused %2 (%3).").arg(config_.url, doing, detail));
}

Result<void> LdapConnection::open() {
    if (ld_)
        return {};
    if (int rc = ldap_initialize(&ld_, config_.url.toUtf8().constData()); rc != LDAP_SUCCESS) {
        ld_ = nullptr;
        return Error::invalid(tr("The directory address %1 cannot be used (%2).")
                                  .arg(config_.url, QString::fromUtf8(ldap_err2string(rc))));
    }
    const int version = LDAP_VERSION3;
    const timeval wait = timeout(config_);
    const int demand = LDAP_OPT_X_TLS_DEMAND;
    const int client = 0;
    bool set = ldap_set_option(ld_, LDAP_OPT_PROTOCOL_VERSION, &version) == LDAP_OPT_SUCCESS &&
               ldap_set_option(ld_, LDAP_OPT_REFERRALS, LDAP_OPT_OFF) == LDAP_OPT_SUCCESS &&
               ldap_set_option(ld_, LDAP_OPT_NETWORK_TIMEOUT, &wait) == LDAP_OPT_SUCCESS &&
               ldap_set_option(ld_, LDAP_OPT_TIMEOUT, &wait) == LDAP_OPT_SUCCESS &&
               ldap_set_option(ld_, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand) == LDAP_OPT_SUCCESS;
    if (set && !config_.caFile.isEmpty())
        set = ldap_set_option(ld_, LDAP_OPT_X_TLS_CACERTFILE,
                              config_.caFile.toLocal8Bit().constData()) == LDAP_OPT_SUCCESS;
    // A TLS context of this handle's own, so that its CA file applies (libldap's global one
    // would be shared by every connection of the process).
    if (set)
        set = ldap_set_option(ld_, LDAP_OPT_X_TLS_NEWCTX, &client) == LDAP_OPT_SUCCESS;
    if (!set)
        return Error::invalid(
            tr("The secure connection to the hospital directory cannot be prepared; check that "
               "the CA certificate file %1 can be read.")
                .arg(config_.caFile.isEmpty() ? tr("(the system's CA store)") : config_.caFile));
    if (!config_.startTls())
        return {};
    const int rc = ldap_start_tls_s(ld_, nullptr, nullptr);
    if (rc == LDAP_SUCCESS)
        return {};
    if (rc == LDAP_SERVER_DOWN || rc == LDAP_TIMEOUT)
        return unreachable(rc);
    QString detail = QString::fromUtf8(ldap_err2string(rc));
    if (const QString more = diagnostic(); !more.isEmpty())
        detail += QStringLiteral(": ") + more;
    return Error::network(
        tr("The hospital directory at %1 did not set up an encrypted connection (StartTLS: %2). "
           "Its certificate may not be signed by the configured certificate authority or may "
           "not name the server. Nothing was sent without encryption.")
            .arg(config_.url, detail));
}

LdapBind LdapConnection::bind(const QString& dn, const QString& password) {
    LdapBind out;
    // An empty password would be an "unauthenticated bind" (RFC 4513 5.1.2), which many
    // servers answer with success: it proves nothing.
    if (password.isEmpty()) {
        out.outcome = LdapBind::Outcome::InvalidCredentials;
        return out;
    }
    if (auto opened = open(); !opened) {
        out.reason = opened.error().message;
        return out;
    }
    QByteArray secret = password.toUtf8();
    berval credentials{ber_len_t(secret.size()), secret.data()};
    LDAPControl* policy = nullptr;
    ldap_create_passwordpolicy_control(ld_, &policy);
    LDAPControl* controls[] = {policy, nullptr};
    int id = 0;
    int rc = ldap_sasl_bind(ld_, dn.toUtf8().constData(), LDAP_SASL_SIMPLE, &credentials,
                            policy ? controls : nullptr, nullptr, &id);
    if (policy)
        ldap_control_free(policy);
    secret.fill('\0');
    LDAPMessage* result = nullptr;
    timeval wait = timeout(config_);
    if (rc == LDAP_SUCCESS) {
        const int got = ldap_result(ld_, id, LDAP_MSG_ALL, &wait, &result);
        if (got <= 0) {
            if (result)
                ldap_msgfree(result);
            out.reason = unreachable(got == 0 ? LDAP_TIMEOUT : LDAP_SERVER_DOWN).message;
            return out;
        }
    } else {
        out.reason = failure(rc, tr("the sign-in")).message;
        return out;
    }
    int code = LDAP_OTHER;
    char* text = nullptr;
    LDAPControl** responses = nullptr;
    rc = ldap_parse_result(ld_, result, &code, nullptr, &text, nullptr, &responses, 1);
    const QString said = text ? QString::fromUtf8(text) : QString();
    const QString policyReason = passwordPolicyReason(ld_, responses);
    if (text)
        ldap_memfree(text);
    if (responses)
        ldap_controls_free(responses);
    if (rc != LDAP_SUCCESS) {
        out.reason = failure(rc, tr("the sign-in")).message;
        return out;
    }
    const QString unusable = !policyReason.isEmpty() ? policyReason : activeDirectoryReason(said);
    if (!unusable.isEmpty()) {
        out.outcome = LdapBind::Outcome::AccountUnusable;
        out.reason = unusable;
    } else if (code == LDAP_SUCCESS) {
        out.outcome = LdapBind::Outcome::Bound;
    } else if (code == LDAP_INVALID_CREDENTIALS || code == LDAP_INVALID_DN_SYNTAX) {
        out.outcome = LdapBind::Outcome::InvalidCredentials;
    } else {
        out.reason = failure(code, tr("the sign-in")).message;
    }
    return out;
}

Result<QVector<LdapEntry>> LdapConnection::search(const QString& base, bool subtree,
                                                  const QString& filter,
                                                  const QStringList& attributes, int sizeLimit) {
    if (auto opened = open(); !opened)
        return opened.error();
    QList<QByteArray> names;
    for (const QString& a : attributes)
        names << a.toUtf8();
    std::vector<char*> list;
    for (QByteArray& n : names)
        list.push_back(n.data());
    list.push_back(nullptr);
    timeval wait = timeout(config_);
    LDAPMessage* result = nullptr;
    const int rc = ldap_search_ext_s(
        ld_, base.toUtf8().constData(), subtree ? LDAP_SCOPE_SUBTREE : LDAP_SCOPE_BASE,
        filter.toUtf8().constData(), list.data(), 0, nullptr, nullptr, &wait, sizeLimit, &result);
    std::unique_ptr<LDAPMessage, int (*)(LDAPMessage*)> owned(result, ldap_msgfree);
    QVector<LdapEntry> entries;
    if (rc == LDAP_NO_SUCH_OBJECT && !subtree)
        return entries; // the one entry asked for is not there
    if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED)
        return failure(rc, tr("a search under %1").arg(base));
    for (LDAPMessage* e = ldap_first_entry(ld_, result); e; e = ldap_next_entry(ld_, e)) {
        LdapEntry entry;
        if (char* dn = ldap_get_dn(ld_, e)) {
            entry.dn = QString::fromUtf8(dn);
            ldap_memfree(dn);
        }
        BerElement* ber = nullptr;
        for (char* a = ldap_first_attribute(ld_, e, &ber); a;
             a = ldap_next_attribute(ld_, e, ber)) {
            QStringList values;
            if (berval** v = ldap_get_values_len(ld_, e, a)) {
                for (int i = 0; v[i]; ++i)
                    values << QString::fromUtf8(v[i]->bv_val, int(v[i]->bv_len));
                ldap_value_free_len(v);
            }
            entry.attributes.insert(QString::fromUtf8(a).toLower(), values);
            ldap_memfree(a);
        }
        if (ber)
            ber_free(ber, 0);
        entries << entry;
    }
    return entries;
}

} // namespace pdi
