#include "DirectoryForm.h"

#include "BackgroundTask.h"
#include "FocusOrder.h"
#include "account/DirectoryClient.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pdi {

DirectoryForm::DirectoryForm(const WorkspaceContext& context, QWidget* parent)
    : SettingsForm(context, parent) {
    setObjectName(QStringLiteral("directoryForm"));
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    url_ = lineEdit("directoryUrl");
    caFile_ = fileEdit("directoryCaFile", &caBrowse_, QStringLiteral("*.pem *.crt"));
    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("directoryBindMode"));
    mode_->addItem(QString(), QStringLiteral("person"));
    mode_->addItem(QString(), QStringLiteral("search"));
    personTemplate_ = lineEdit("directoryPersonTemplate");
    serviceDn_ = lineEdit("directoryServiceDn");
    passwordFile_ = fileEdit("directoryServicePasswordFile", &passwordBrowse_, QString());
    searchBase_ = lineEdit("directorySearchBase");
    searchFilter_ = lineEdit("directorySearchFilter");
    for (Role role : Roles::all())
        groups_.insert(role, lineEdit(DirectorySettings::groupKey(role)));
    requiredGroup_ = lineEdit("directoryRequiredGroup");
    timeout_ = new QSpinBox(this);
    groupsHeading_ = new QLabel(this);
    groupsHeading_->setWordWrap(true);
    test_ = new QPushButton(this);
    test_->setObjectName(QStringLiteral("testDirectory"));
    testResult_ = new QLabel(this);
    testResult_->setObjectName(QStringLiteral("testResult"));
    testResult_->setWordWrap(true);
    testResult_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    bind(DirectorySettings::Url, url_);
    bind(DirectorySettings::CaFile, caFile_);
    bind(DirectorySettings::BindMode, mode_);
    bind(DirectorySettings::PersonTemplate, personTemplate_);
    bind(DirectorySettings::ServiceDn, serviceDn_);
    bind(DirectorySettings::ServicePasswordFile, passwordFile_);
    bind(DirectorySettings::SearchBase, searchBase_);
    bind(DirectorySettings::SearchFilter, searchFilter_);
    for (Role role : Roles::all())
        bind(DirectorySettings::groupKey(role), groups_.value(role));
    bind(DirectorySettings::RequiredGroup, requiredGroup_);
    bind(DirectorySettings::TimeoutSeconds, timeout_);

    // Every field has its label as buddy: a refusal names the field as the person reads it.
    auto* form = new QFormLayout;
    auto row = [this, form](QWidget* field, QPushButton* browse = nullptr) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        labels_.insert(field, label);
        if (!browse) {
            form->addRow(label, field);
            return;
        }
        auto* line = new QHBoxLayout;
        line->addWidget(field, 1);
        line->addWidget(browse);
        form->addRow(label, line);
    };
    row(url_);
    row(caFile_, caBrowse_);
    row(mode_);
    row(personTemplate_);
    row(serviceDn_);
    row(passwordFile_, passwordBrowse_);
    row(searchBase_);
    row(searchFilter_);
    form->addRow(groupsHeading_);
    for (Role role : Roles::all())
        row(groups_.value(role));
    row(requiredGroup_);
    row(timeout_);
    // The test beside Save: on a small screen both stay in sight below the fields.
    auto* actions = new QHBoxLayout;
    actions->addWidget(test_);
    actions->addWidget(buttonRow(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(messageLabel());
    layout->addWidget(testResult_);
    layout->addStretch();

    connect(mode_, qOverload<int>(&QComboBox::currentIndexChanged), this, &DirectoryForm::showMode);
    connect(test_, &QPushButton::clicked, this, &DirectoryForm::testConnection);
    retranslate();
    load();
    FocusOrder::followLayout(this);
}

QLineEdit* DirectoryForm::lineEdit(const char* objectName) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

QLineEdit* DirectoryForm::fileEdit(const char* objectName, QPushButton** browse,
                                   const QString& filter) {
    QLineEdit* edit = lineEdit(objectName);
    *browse = new QPushButton(this);
    connect(*browse, &QPushButton::clicked, this, [this, edit, filter] {
        QPointer<DirectoryForm> self(this);
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a file"), edit->text(),
            filter.isEmpty() ? tr("All files (*)")
                             : tr("PEM files (%1);;All files (*)").arg(filter));
        if (self && !file.isEmpty())
            edit->setText(file);
    });
    return edit;
}

void DirectoryForm::retranslate() {
    SettingsForm::retranslate();
    intro_->setText(
        tr("People sign in with their hospital password through the hospital directory (Active "
           "Directory or OpenLDAP); this station keeps no password for them. Their groups there "
           "give their role at every sign-in. The station's own accounts remain for emergencies; "
           "their sign-ins are recorded as break-glass while a directory is set."));
    labels_.value(url_)->setText(tr("Directory server:"));
    url_->setPlaceholderText(tr("ldaps://dc1.hospital.local; empty: no directory sign-in"));
    labels_.value(caFile_)->setText(tr("CA certificates:"));
    caFile_->setPlaceholderText(tr("empty: the system's CA store"));
    labels_.value(mode_)->setText(tr("Finding the person:"));
    mode_->setItemText(0, tr("Sign in with the person's own directory name"));
    mode_->setItemText(1, tr("Search with a service account, then sign in as the person"));
    labels_.value(personTemplate_)->setText(tr("Person's directory name:"));
    personTemplate_->setPlaceholderText(
        tr("%1@hospital.local or uid=%1,ou=people,dc=hospital,dc=local"));
    labels_.value(serviceDn_)->setText(tr("Service account:"));
    serviceDn_->setPlaceholderText(tr("cn=pdi-service,ou=services,dc=hospital,dc=local"));
    labels_.value(passwordFile_)->setText(tr("Service account's password file:"));
    passwordFile_->setPlaceholderText(tr("readable by this station's user only"));
    labels_.value(searchBase_)->setText(tr("Search base:"));
    searchBase_->setPlaceholderText(tr("dc=hospital,dc=local"));
    labels_.value(searchFilter_)->setText(tr("Search filter:"));
    groupsHeading_->setText(tr("Which directory group gives which role (a member of several gets "
                               "the one with the most permissions):"));
    for (Role role : Roles::all()) {
        labels_.value(groups_.value(role))->setText(tr("%1:").arg(Roles::displayName(role)));
        groups_.value(role)->setPlaceholderText(tr("cn=...,ou=groups,dc=hospital,dc=local"));
    }
    labels_.value(requiredGroup_)->setText(tr("Everyone must also be in:"));
    requiredGroup_->setPlaceholderText(tr("empty: no such group"));
    labels_.value(timeout_)->setText(tr("Time-out:"));
    timeout_->setSuffix(tr(" s"));
    caBrowse_->setText(tr("Browse..."));
    passwordBrowse_->setText(tr("Browse..."));
    test_->setText(tr("Save and test the connection"));
}

void DirectoryForm::showMode() {
    const bool search = mode_->currentData().toString() == QLatin1String("search");
    for (QWidget* w : {static_cast<QWidget*>(serviceDn_), static_cast<QWidget*>(passwordFile_),
                       static_cast<QWidget*>(passwordBrowse_)})
        w->setEnabled(search);
    personTemplate_->setEnabled(!search);
}

QString DirectoryForm::testResult() const {
    return testResult_->text();
}

void DirectoryForm::testConnection() {
    if (testing_ || !save())
        return;
    const DirectoryClient client(DirectorySettings(context_.station.database()).config());
    test_->setEnabled(false);
    testResult_->setStyleSheet(QString());
    testResult_->setText(tr("Connecting to the directory ..."));
    testing_ = BackgroundTask::run(
        this, context_.station.database(), [client] { return client.testConnection(); },
        [this](Result<QString> result) {
            testing_ = nullptr;
            test_->setEnabled(true);
            testResult_->setText(result ? *result : result.error().message);
            testResult_->setStyleSheet(result ? QStringLiteral("color:#1b5e20;")
                                              : QStringLiteral("color:#b71c1c;font-weight:bold;"));
            Q_EMIT tested();
        });
}

} // namespace pdi
