#include "FirstRunWizard.h"

#include "BackgroundTask.h"
#include "FocusOrder.h"
#include "LanguageBox.h"
#include "UiLanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pdi {

namespace firstrun {

Page::Page(QWidget* parent)
    : QWizardPage(parent) {
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    message_->setVisible(false);
}

void Page::showMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

QString Page::message() const {
    return message_->isVisible() ? message_->text() : QString();
}

void Page::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* objectName) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

QLabel* wrapping(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

LanguagePage::LanguagePage(QWidget* parent)
    : Page(parent) {
    intro_ = wrapping(this);
    languageLabel_ = new QLabel(this);
    language_ = new LanguageBox(this);
    language_->setObjectName(QStringLiteral("language"));
    languageLabel_->setBuddy(language_);
    auto* form = new QFormLayout;
    form->addRow(languageLabel_, language_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(message_);
    // The choice shows at once, so the rest of the set-up is read in that language.
    connect(language_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { UiLanguage::apply(language()); });
    retranslate();
    FocusOrder::followLayout(this);
}

QString LanguagePage::language() const {
    return language_->language();
}

void LanguagePage::retranslate() {
    setTitle(tr("Welcome to PDI Station"));
    setSubTitle(tr("This station has no accounts yet. Three short steps set it up."));
    intro_->setText(
        tr("PDI Station writes referral media (CD, DVD, USB) for patients and checks and imports "
           "the media other hospitals send. Choose the language of the screens; it can be "
           "changed later in Settings."));
    languageLabel_->setText(tr("&Language:"));
}

AdministratorPage::AdministratorPage(const Station& station, QWidget* parent)
    : Page(parent)
    , station_(station) {
    intro_ = wrapping(this);
    name_ = lineEdit(this, "adminName");
    displayName_ = lineEdit(this, "adminDisplayName");
    password_ = lineEdit(this, "adminPassword");
    password_->setEchoMode(QLineEdit::Password);
    repeat_ = lineEdit(this, "adminPasswordRepeat");
    repeat_->setEchoMode(QLineEdit::Password);
    nameLabel_ = new QLabel(this);
    displayNameLabel_ = new QLabel(this);
    passwordLabel_ = new QLabel(this);
    repeatLabel_ = new QLabel(this);
    nameLabel_->setBuddy(name_);
    displayNameLabel_->setBuddy(displayName_);
    passwordLabel_->setBuddy(password_);
    repeatLabel_->setBuddy(repeat_);
    auto* form = new QFormLayout;
    form->addRow(nameLabel_, name_);
    form->addRow(displayNameLabel_, displayName_);
    form->addRow(passwordLabel_, password_);
    form->addRow(repeatLabel_, repeat_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(message_);
    retranslate();
    FocusOrder::followLayout(this);
}

NewAccount AdministratorPage::account() const {
    return NewAccount{name_->text().trimmed(), displayName_->text().trimmed(), Role::Admin,
                      password_->text()};
}

bool AdministratorPage::validatePage() {
    const NewAccount a = account();
    Result<void> valid = AccountStore::checkName(a.name);
    if (valid && password_->text() != repeat_->text())
        valid = Error::invalid(tr("The two passwords differ; type the same password twice."));
    if (valid)
        valid = station_.accounts().checkPassword(a.name, a.password, a.displayName);
    showMessage(valid ? QString() : valid.error().message);
    return valid.ok();
}

void AdministratorPage::retranslate() {
    setTitle(tr("The first administrator"));
    setSubTitle(tr("This account manages the other accounts and the settings."));
    intro_->setText(tr("Use your own account: every action is recorded under the name of the "
                       "person who signed in. Add accounts for the reception, the front desk "
                       "and the technologists afterwards in Settings. The password needs at "
                       "least %1 characters.")
                        .arg(station_.settings().minPasswordLength()));
    nameLabel_->setText(tr("Login &name:"));
    displayNameLabel_->setText(tr("&Full name:"));
    passwordLabel_->setText(tr("&Password:"));
    repeatLabel_->setText(tr("&Repeat password:"));
}

InstitutionPage::InstitutionPage(const Station& station, QWidget* parent)
    : Page(parent) {
    intro_ = wrapping(this);
    name_ = lineEdit(this, "institutionName");
    department_ = lineEdit(this, "institutionDepartment");
    phone_ = lineEdit(this, "institutionPhone");
    address_ = lineEdit(this, "institutionAddress");
    station_ = lineEdit(this, "stationName");
    const Settings settings = station.settings();
    const Institution current = settings.institution();
    name_->setText(current.name);
    department_->setText(current.department);
    phone_->setText(current.phone);
    address_->setText(current.address);
    station_->setText(settings.stationName());
    nameLabel_ = new QLabel(this);
    departmentLabel_ = new QLabel(this);
    phoneLabel_ = new QLabel(this);
    addressLabel_ = new QLabel(this);
    stationLabel_ = new QLabel(this);
    nameLabel_->setBuddy(name_);
    departmentLabel_->setBuddy(department_);
    phoneLabel_->setBuddy(phone_);
    addressLabel_->setBuddy(address_);
    stationLabel_->setBuddy(station_);
    auto* form = new QFormLayout;
    form->addRow(nameLabel_, name_);
    form->addRow(departmentLabel_, department_);
    form->addRow(phoneLabel_, phone_);
    form->addRow(addressLabel_, address_);
    form->addRow(stationLabel_, station_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(message_);
    retranslate();
    FocusOrder::followLayout(this);
}

Institution InstitutionPage::institution() const {
    return Institution{name_->text().trimmed(), department_->text().trimmed(),
                       phone_->text().trimmed(), address_->text().trimmed()};
}

QString InstitutionPage::stationName() const {
    return station_->text().trimmed();
}

void InstitutionPage::retranslate() {
    setTitle(tr("Your institution"));
    setSubTitle(tr("Written on every medium this station issues: the disc label, README.TXT and "
                   "the audit messages."));
    intro_->setText(tr("The receiving hospital reads these lines to know where a disc came "
                       "from and whom to call. The station name identifies this computer in "
                       "the audit trail."));
    nameLabel_->setText(tr("&Institution:"));
    departmentLabel_->setText(tr("&Department:"));
    phoneLabel_->setText(tr("&Telephone:"));
    addressLabel_->setText(tr("&Address:"));
    stationLabel_->setText(tr("&Station name:"));
}

} // namespace firstrun

FirstRunWizard::FirstRunWizard(const Station& station, QWidget* parent)
    : QWizard(parent)
    , station_(station) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    // The last page has Back: a typo in the administrator's name is fixed there, not after.
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(LanguagePage, new firstrun::LanguagePage(this));
    setPage(AdministratorPage, new firstrun::AdministratorPage(station, this));
    setPage(InstitutionPage, new firstrun::InstitutionPage(station, this));
    retranslate();
}

void FirstRunWizard::retranslate() {
    setWindowTitle(tr("Set up PDI Station"));
    setButtonText(QWizard::FinishButton, tr("&Set up"));
}

void FirstRunWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

FirstRunSetup FirstRunWizard::setup() const {
    FirstRunSetup s;
    s.language = static_cast<firstrun::LanguagePage*>(page(LanguagePage))->language();
    s.administrator = static_cast<firstrun::AdministratorPage*>(page(AdministratorPage))->account();
    auto* institution = static_cast<firstrun::InstitutionPage*>(page(InstitutionPage));
    s.institution = institution->institution();
    s.stationName = institution->stationName();
    return s;
}

QString FirstRunWizard::message() const {
    auto* p = qobject_cast<firstrun::Page*>(currentPage());
    return p ? p->message() : QString();
}

void FirstRunWizard::accept() {
    if (isBusy())
        return;
    auto* page = static_cast<firstrun::Page*>(currentPage());
    const FirstRunSetup s = setup();
    if (Result<void> valid = FirstRun::validate(station_, s); !valid) {
        page->showMessage(valid.error().message);
        return;
    }
    page->showMessage(QString());
    for (QWizard::WizardButton b :
         {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton, QWizard::CommitButton})
        button(b)->setEnabled(false);
    const Station station = station_;
    task_ = BackgroundTask::run(
        this, station_.database(), [station, s] { return FirstRun::apply(station, s); },
        [this, page, name = s.administrator.name](Result<void> done) {
            task_ = nullptr;
            for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::FinishButton,
                                            QWizard::CancelButton, QWizard::CommitButton})
                button(b)->setEnabled(true);
            if (!done) {
                page->showMessage(done.error().message);
                // The administrator may exist now; a second run would be refused, so the way
                // on is to sign in.
                if (Result<bool> needed = FirstRun::needed(station_); needed && !*needed) {
                    QDialog::accept();
                    Q_EMIT completed(name, done.error().message);
                }
                return;
            }
            QDialog::accept();
            Q_EMIT completed(name, QString());
        });
}

} // namespace pdi
