#include "StationForm.h"

#include "LanguageBox.h"
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pdi {

StationForm::StationForm(const WorkspaceContext& context, QWidget* parent)
    : SettingsForm(context, parent) {
    setObjectName(QStringLiteral("stationForm"));
    station_ = new QLineEdit(this);
    station_->setObjectName(QStringLiteral("stationName"));
    language_ = new LanguageBox(this);
    language_->setObjectName(QStringLiteral("language"));
    idle_ = new QSpinBox(this);
    idle_->setObjectName(QStringLiteral("idleLogoutMinutes"));
    failures_ = new QSpinBox(this);
    failures_->setObjectName(QStringLiteral("maxLoginFailures"));
    passwordLength_ = new QSpinBox(this);
    passwordLength_->setObjectName(QStringLiteral("minPasswordLength"));
    stationLabel_ = new QLabel(this);
    languageLabel_ = new QLabel(this);
    idleLabel_ = new QLabel(this);
    failuresLabel_ = new QLabel(this);
    passwordLabel_ = new QLabel(this);
    stationLabel_->setBuddy(station_);
    languageLabel_->setBuddy(language_);
    idleLabel_->setBuddy(idle_);
    failuresLabel_->setBuddy(failures_);
    passwordLabel_->setBuddy(passwordLength_);
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color:#616161;"));

    bind(Settings::StationName, station_);
    bind(Settings::UiLanguage, language_);
    bind(Settings::IdleLogoutMinutes, idle_);
    bind(Settings::MaxLoginFailures, failures_);
    bind(Settings::MinPasswordLength, passwordLength_);

    auto* form = new QFormLayout;
    form->addRow(stationLabel_, station_);
    form->addRow(languageLabel_, language_);
    form->addRow(idleLabel_, idle_);
    form->addRow(failuresLabel_, failures_);
    form->addRow(passwordLabel_, passwordLength_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint_);
    layout->addWidget(buttonRow());
    layout->addWidget(messageLabel());
    layout->addStretch();

    // The language is shown at once after saving: every window retranslates itself.
    connect(this, &SettingsForm::saved, this, [this](const QStringList& keys) {
        if (keys.contains(QString::fromLatin1(Settings::UiLanguage)))
            UiLanguage::apply(context_.station.settings().uiLanguage());
    });
    retranslate();
    load();
}

void StationForm::retranslate() {
    SettingsForm::retranslate();
    stationLabel_->setText(tr("&Station name:"));
    languageLabel_->setText(tr("&Language:"));
    idleLabel_->setText(tr("Sign out after &idle time:"));
    idle_->setSuffix(tr(" min"));
    idle_->setSpecialValueText(tr("never"));
    failuresLabel_->setText(tr("Lock an account after &failed sign-ins:"));
    passwordLabel_->setText(tr("&Minimum password length:"));
    hint_->setText(tr("The station name identifies this computer in the audit trail. A locked "
                      "account stays locked until an administrator unlocks it under Users."));
}

} // namespace pdi
