#pragma once

#include "result/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pdi {

// Judges a new password before it is stored: the administrator's minimum length
// (login.minPasswordLength, counted in characters), then libpwquality's checks: cracklib's
// dictionary and pattern test (password, 12345678, qwertyui), palindromes (aaaaaaaa), and
// similarity to the login name and to the person's name. Nothing here depends on the
// workstation's own /etc/security/pwquality.conf: every station judges alike.
class PasswordPolicy {
    Q_DECLARE_TR_FUNCTIONS(pdi::PasswordPolicy)

public:
    static constexpr int MaximumLength = 256;

    explicit PasswordPolicy(int minimumLength)
        : minimumLength_(minimumLength) {}

    // Ok, or an Invalid error that says what is wrong with the password (never the password).
    Result<void> check(const QString& password, const QString& userName,
                       const QString& displayName = QString()) const;

private:
    Result<void> checkQuality(const QString& password, const QString& userName) const;

    int minimumLength_;
};

} // namespace pdi
