#pragma once

#include "SettingsForm.h"

#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pdi {

class BackgroundTask;

// Directory sign-in: the hospital directory (LDAP, Active Directory) people sign in with, how a
// person is found there, which group gives which role, and a test of the connection. The test
// saves the page first and runs off the GUI thread (the directory may take its time-out to
// answer); the library says what it found or what failed.
class DirectoryForm : public SettingsForm {
    Q_OBJECT
public:
    explicit DirectoryForm(const WorkspaceContext& context, QWidget* parent = nullptr);

    void testConnection();
    bool isTesting() const { return testing_ != nullptr; }
    QString testResult() const;

Q_SIGNALS:
    void tested();

protected:
    void retranslate() override;
    void loaded() override { showMode(); }

private:
    QLineEdit* lineEdit(const char* objectName);
    QLineEdit* fileEdit(const char* objectName, QPushButton** browse, const QString& filter);
    void showMode();

    QLineEdit* url_;
    QLineEdit* caFile_;
    QPushButton* caBrowse_;
    QComboBox* mode_;
    QLineEdit* personTemplate_;
    QLineEdit* serviceDn_;
    QLineEdit* passwordFile_;
    QPushButton* passwordBrowse_;
    QLineEdit* searchBase_;
    QLineEdit* searchFilter_;
    QMap<Role, QLineEdit*> groups_;
    QLineEdit* requiredGroup_;
    QSpinBox* timeout_;
    QMap<QWidget*, QLabel*> labels_;
    QLabel* intro_;
    QLabel* groupsHeading_;
    QPushButton* test_;
    QLabel* testResult_;
    BackgroundTask* testing_ = nullptr;
};

} // namespace pdi
