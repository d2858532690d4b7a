#pragma once

#include "station/FirstRun.h"

#include <QWizard>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace pdi {

class BackgroundTask;
class LanguageBox;

// The first start of a new station (no account yet): the language, the first administrator
// (password twice, the station's minimum length) and the institution as it will appear on
// labels and README.TXT. Finishing hands everything to FirstRun::apply, off the GUI thread;
// what the library refuses is shown on the page and nothing is half done.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { LanguagePage, AdministratorPage, InstitutionPage };

    explicit FirstRunWizard(const Station& station, QWidget* parent = nullptr);

    FirstRunSetup setup() const;
    bool isBusy() const { return task_ != nullptr; }
    QString message() const; // the error shown on the current page, empty when none

    void accept() override;

Q_SIGNALS:
    // The administrator exists and can sign in. notice: what could not be finished (a setting
    // the library refused after the account was made), for the login dialog to show.
    void completed(const QString& administrator, const QString& notice);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Station station_;
    BackgroundTask* task_ = nullptr;
};

namespace firstrun {

// Each page shows what the library said about its fields in a line of red text.
class Page : public QWizardPage {
    Q_OBJECT
public:
    explicit Page(QWidget* parent = nullptr);
    void showMessage(const QString& text);
    QString message() const;
    virtual void retranslate() = 0;

protected:
    void changeEvent(QEvent* event) override;
    QLabel* message_;
};

class LanguagePage : public Page {
    Q_OBJECT
public:
    explicit LanguagePage(QWidget* parent = nullptr);
    QString language() const;
    void retranslate() override;

private:
    QLabel* intro_;
    QLabel* languageLabel_;
    LanguageBox* language_;
};

class AdministratorPage : public Page {
    Q_OBJECT
public:
    AdministratorPage(const Station& station, QWidget* parent = nullptr);
    NewAccount account() const;
    bool validatePage() override;
    void retranslate() override;

private:
    Station station_;
    QLabel* intro_;
    QLabel* nameLabel_;
    QLabel* displayNameLabel_;
    QLabel* passwordLabel_;
    QLabel* repeatLabel_;
    QLineEdit* name_;
    QLineEdit* displayName_;
    QLineEdit* password_;
    QLineEdit* repeat_;
};

class InstitutionPage : public Page {
    Q_OBJECT
public:
    InstitutionPage(const Station& station, QWidget* parent = nullptr);
    Institution institution() const;
    QString stationName() const;
    void retranslate() override;

private:
    QLabel* intro_;
    QLabel* nameLabel_;
    QLabel* departmentLabel_;
    QLabel* phoneLabel_;
    QLabel* addressLabel_;
    QLabel* stationLabel_;
    QLineEdit* name_;
    QLineEdit* department_;
    QLineEdit* phone_;
    QLineEdit* address_;
    QLineEdit* station_;
};

} // namespace firstrun

} // namespace pdi
