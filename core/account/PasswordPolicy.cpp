#include "PasswordPolicy.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <pwquality.h>

#include <memory>

namespace pdi {

namespace {

bool hasControlCharacters(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// The parts of a person's name long enough to matter ("Sato Ichiro" -> sato, ichiro).
QStringList nameParts(const QString& displayName) {
    static const QRegularExpression separators(QStringLiteral("[\\s.,_^-]+"));
    QStringList parts;
    for (const QString& part : displayName.split(separators, Qt::SkipEmptyParts)) {
        if (part.size() >= 3)
            parts << part;
    }
    return parts;
}

struct SettingsDeleter {
    void operator()(pwquality_settings_t* settings) const { pwquality_free_settings(settings); }
};

// cracklib reads its dictionary through static buffers: one check at a time per process.
QMutex g_qualityMutex;

} // namespace

Result<void> PasswordPolicy::check(const QString& password, const QString& userName,
                                   const QString& displayName) const {
    if (password.trimmed().isEmpty() || password.size() < minimumLength_)
        return Error::invalid(
            tr("The password must have at least %1 characters.").arg(minimumLength_));
    if (password.size() > MaximumLength)
        return Error::invalid(
            tr("The password must have at most %1 characters.").arg(MaximumLength));
    if (hasControlCharacters(password))
        return Error::invalid(tr("The password must not contain control characters."));
    if (userName.size() >= 3 && password.contains(userName, Qt::CaseInsensitive))
        return Error::invalid(tr("The password must not contain the login name."));
    for (const QString& part : nameParts(displayName)) {
        if (password.contains(part, Qt::CaseInsensitive))
            return Error::invalid(tr("The password must not contain the person's name."));
    }
    return checkQuality(password, userName);
}

Result<void> PasswordPolicy::checkQuality(const QString& password, const QString& userName) const {
    std::unique_ptr<pwquality_settings_t, SettingsDeleter> settings(pwquality_default_settings());
    if (!settings)
        return Error::storage(tr("The password check could not start (out of memory)."));
    // Length is judged above in characters; libpwquality counts bytes, which would let a short
    // Japanese password through. Its smallest minimum keeps its own length rule out of the way.
    pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, 6);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_DICT_CHECK, 1);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_USER_CHECK, 1);

    const QByteArray utf8 = password.toUtf8();
    const QByteArray user = userName.toUtf8();
    void* aux = nullptr;
    int score = 0;
    char buffer[PWQ_MAX_ERROR_MESSAGE_LEN];
    QString detail;
    {
        QMutexLocker locker(&g_qualityMutex);
        score = pwquality_check(settings.get(), utf8.constData(), nullptr,
                                user.isEmpty() ? nullptr : user.constData(), &aux);
        if (score < 0)
            detail = QString::fromLocal8Bit(
                pwquality_strerror(buffer, sizeof buffer, score, aux)); // frees aux
    }
    if (score >= 0)
        return {};
    switch (score) {
    case PWQ_ERROR_CRACKLIB_CHECK:
        return Error::invalid(tr("The password is too easy to guess: it is a dictionary word or a "
                                 "simple pattern. Use a longer phrase of unrelated words, digits "
                                 "and signs."));
    case PWQ_ERROR_PALINDROME:
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_SEQUENCE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
        return Error::invalid(tr("The password is too easy to guess: it repeats or mirrors "
                                 "characters. Use a longer phrase of unrelated words, digits and "
                                 "signs."));
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK:
        return Error::invalid(tr("The password must not contain the login name."));
    default:
        return Error::invalid(tr("The password is too easy to guess (%1).").arg(detail));
    }
}

} // namespace pdi
