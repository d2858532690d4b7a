#include "LoginDialog.h"

#include "BackgroundTask.h"
#include "FocusOrder.h"
#include "account/DirectorySettings.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdi {

LoginDialog::LoginDialog(const Station& station, QWidget* parent)
    : QDialog(parent)
    , station_(station) {
    setObjectName(QStringLiteral("loginDialog"));
    heading_ = new QLabel(this);
    QFont big = heading_->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading_->setFont(big);
    where_ = new QLabel(this);
    where_->setWordWrap(true);
    user_ = new QLineEdit(this);
    user_->setObjectName(QStringLiteral("user"));
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    userLabel_ = new QLabel(this);
    userLabel_->setBuddy(user_);
    passwordLabel_ = new QLabel(this);
    passwordLabel_->setBuddy(password_);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    message_->setVisible(false);
    signIn_ = new QPushButton(this);
    signIn_->setObjectName(QStringLiteral("signIn"));
    signIn_->setDefault(true);
    quit_ = new QPushButton(this);
    quit_->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(userLabel_, user_);
    form->addRow(passwordLabel_, password_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(quit_);
    buttons->addWidget(signIn_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(where_);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(420);

    connect(signIn_, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(quit_, &QPushButton::clicked, this, &LoginDialog::reject);
    retranslate();
    FocusOrder::followLayout(this);
}

void LoginDialog::retranslate() {
    setWindowTitle(tr("Sign in - PDI Station"));
    heading_->setText(tr("PDI Station"));
    const Settings settings = station_.settings();
    const QString institution = settings.institution().name;
    QString where = institution.isEmpty()
                        ? tr("Station %1").arg(settings.stationName())
                        : tr("%1, station %2").arg(institution, settings.stationName());
    if (DirectorySettings(station_.database()).enabled())
        where += QLatin1Char('\n') + tr("Sign in with your hospital login name and password.");
    where_->setText(where);
    userLabel_->setText(tr("&Login name:"));
    passwordLabel_->setText(tr("&Password:"));
    signIn_->setText(isBusy() ? tr("Signing in...") : tr("&Sign in"));
    quit_->setText(tr("&Quit"));
}

void LoginDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::setUserName(const QString& name) {
    user_->setText(name);
    password_->setFocus();
}

QString LoginDialog::message() const {
    return message_->isVisible() ? message_->text() : QString();
}

void LoginDialog::showMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

void LoginDialog::setBusy(bool busy) {
    user_->setEnabled(!busy);
    password_->setEnabled(!busy);
    signIn_->setEnabled(!busy);
    retranslate();
}

void LoginDialog::submit() {
    if (isBusy())
        return;
    const QString name = user_->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Type your login name."));
        user_->setFocus();
        return;
    }
    showMessage(QString());
    const Authenticator authenticator = station_.authenticator();
    const QString password = password_->text();
    task_ = BackgroundTask::run(
        this, station_.database(),
        [authenticator, name, password] { return authenticator.login(name, password); },
        [this](Result<Session> result) {
            task_ = nullptr;
            setBusy(false);
            if (!result) {
                password_->clear();
                password_->setFocus();
                showMessage(result.error().message);
                Q_EMIT refused(result.error().message);
                return;
            }
            password_->clear();
            session_ = *result;
            accept();
            Q_EMIT signedIn();
        });
    setBusy(true);
}

} // namespace pdi
