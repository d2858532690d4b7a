#include "StationForm.h"

#include "FocusOrder.h"
#include "LanguageBox.h"
#include "UiLanguage.h"
#include "settings/ImportSettings.h"
#include "settings/SiteSettings.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
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
    overrideApproval_ = new QCheckBox(this);
    overrideApproval_->setObjectName(QStringLiteral("overrideApproval"));
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color:#616161;"));

    networkBox_ = new QGroupBox(this);
    aeTitle_ = new QLineEdit(networkBox_);
    aeTitle_->setObjectName(QStringLiteral("stationAeTitle"));
    aeTitle_->setMaxLength(16);
    dicomPort_ = new QSpinBox(networkBox_);
    dicomPort_->setObjectName(QStringLiteral("stationDicomPort"));
    timeout_ = new QSpinBox(networkBox_);
    timeout_->setObjectName(QStringLiteral("networkTimeout"));
    worklistDays_ = new QSpinBox(networkBox_);
    worklistDays_->setObjectName(QStringLiteral("worklistDays"));
    commitTimeout_ = new QSpinBox(networkBox_);
    commitTimeout_->setObjectName(QStringLiteral("commitTimeout"));
    aeTitleLabel_ = new QLabel(networkBox_);
    dicomPortLabel_ = new QLabel(networkBox_);
    timeoutLabel_ = new QLabel(networkBox_);
    worklistLabel_ = new QLabel(networkBox_);
    commitLabel_ = new QLabel(networkBox_);
    aeTitleLabel_->setBuddy(aeTitle_);
    dicomPortLabel_->setBuddy(dicomPort_);
    timeoutLabel_->setBuddy(timeout_);
    worklistLabel_->setBuddy(worklistDays_);
    commitLabel_->setBuddy(commitTimeout_);
    auto* network = new QFormLayout(networkBox_);
    network->addRow(aeTitleLabel_, aeTitle_);
    network->addRow(dicomPortLabel_, dicomPort_);
    network->addRow(timeoutLabel_, timeout_);
    network->addRow(worklistLabel_, worklistDays_);
    network->addRow(commitLabel_, commitTimeout_);

    bind(Settings::StationName, station_);
    bind(Settings::UiLanguage, language_);
    bind(Settings::IdleLogoutMinutes, idle_);
    bind(Settings::MaxLoginFailures, failures_);
    bind(Settings::MinPasswordLength, passwordLength_);
    bind(ImportSettings::StationAeTitle, aeTitle_);
    bind(ImportSettings::StationDicomPort, dicomPort_);
    bind(ImportSettings::NetworkTimeoutSeconds, timeout_);
    bind(ImportSettings::WorklistDays, worklistDays_);
    bind(ImportSettings::CommitTimeoutSeconds, commitTimeout_);
    bind(ImportSettings::OverrideApproval, overrideApproval_);

    databaseBox_ = new QGroupBox(this);
    database_ = new QLabel(databaseBox_);
    database_->setObjectName(QStringLiteral("databaseInUse"));
    database_->setWordWrap(true);
    database_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(databaseBox_))->addWidget(database_);

    auto* form = new QFormLayout;
    form->addRow(stationLabel_, station_);
    form->addRow(languageLabel_, language_);
    form->addRow(idleLabel_, idle_);
    form->addRow(failuresLabel_, failures_);
    form->addRow(passwordLabel_, passwordLength_);
    form->addRow(overrideApproval_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint_);
    layout->addWidget(networkBox_);
    layout->addWidget(databaseBox_);
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
    FocusOrder::followLayout(this);
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
    overrideApproval_->setText(tr("A second person approves an import under a local patient who "
                                  "contradicts the medium"));
    hint_->setText(tr("The station name identifies this computer in the audit trail. A locked "
                      "account stays locked until an administrator unlocks it under Users."));
    networkBox_->setTitle(tr("DICOM network (PACS and worklist: Settings, DICOM nodes)"));
    aeTitleLabel_->setText(tr("Station &AE title:"));
    dicomPortLabel_->setText(tr("&Port for storage commitment results:"));
    dicomPort_->setSpecialValueText(tr("none"));
    timeoutLabel_->setText(tr("&Wait for a node:"));
    timeout_->setSuffix(tr(" s"));
    worklistLabel_->setText(tr("Work&list orders within:"));
    worklistDays_->setSuffix(tr(" days of today"));
    commitLabel_->setText(tr("Wait for storage &commitment:"));
    commitTimeout_->setSuffix(tr(" s"));
    const QPair<QWidget*, const char*> described[] = {
        {aeTitle_, ImportSettings::StationAeTitle},
        {dicomPort_, ImportSettings::StationDicomPort},
        {timeout_, ImportSettings::NetworkTimeoutSeconds},
        {worklistDays_, ImportSettings::WorklistDays},
        {commitTimeout_, ImportSettings::CommitTimeoutSeconds},
        {overrideApproval_, ImportSettings::OverrideApproval}};
    for (const auto& [widget, key] : described) {
        if (const SettingDefinition* d = SiteSettings::catalog().find(QString::fromLatin1(key)))
            widget->setToolTip(d->describe());
    }
    databaseBox_->setTitle(tr("Station database"));
    database_->setText(databaseText());
}

QString StationForm::databaseText() const {
    const Database& db = context_.station.database();
    if (!db.location().isShared())
        return tr("This station keeps its records on its own, in the file pdistation.db of its "
                  "data folder. Several stations can share one PostgreSQL database instead; an "
                  "administrator sets that up on each computer (see the administrator's guide, "
                  "\"Several stations\").");
    QStringList names;
    if (Result<QVector<StationEntry>> stations = context_.station.stations().all()) {
        for (const StationEntry& s : std::as_const(*stations))
            names << s.name;
    }
    return tr("Shared: %1. Stations using it: %2. The station name, language, AE title, port "
              "and files named here are this station's own; every other setting applies to all "
              "stations.")
        .arg(db.location().description(), names.join(QLatin1String(", ")));
}

} // namespace pdi
