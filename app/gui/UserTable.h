#pragma once

#include "WorkspaceContext.h"
#include "account/AccountStore.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pdi {

class BackgroundTask;

// The station's accounts for an administrator: add, change role, reset a password, disable or
// enable, unlock after too many failed sign-ins. Every change goes through AccountStore with the
// administrator's session, so the library checks the permission, keeps the last administrator
// and records the change. Hashing a new password runs off the GUI thread.
class UserTable : public QWidget {
    Q_OBJECT
public:
    explicit UserTable(const WorkspaceContext& context, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return table_; }
    QString message() const;
    bool isBusy() const { return task_ != nullptr; }

    // What the buttons do after their dialogs; results show in the message line.
    void addAccount(const NewAccount& account);
    void resetPassword(const QString& name, const QString& password);
    void setRole(const QString& name, Role role);
    void setDisabled(const QString& name, bool disabled);
    void unlock(const QString& name);

Q_SIGNALS:
    // A change was made or refused; message() says which.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showAccounts();
    void selectionChanged();
    QString selectedName() const;
    std::optional<Account> selected() const;
    void report(const Result<void>& result, const QString& success);
    void openAddDialog();
    void openPasswordDialog();
    void openRoleDialog();

    WorkspaceContext context_;
    QLabel* intro_;
    QTableWidget* table_;
    QPushButton* add_;
    QPushButton* role_;
    QPushButton* password_;
    QPushButton* disable_;
    QPushButton* unlock_;
    QLabel* message_;
    QVector<Account> accounts_;
    BackgroundTask* task_ = nullptr;
};

// A new account: login name, the person's name, role and the first password, typed twice.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    AccountDialog(const Station& station, QWidget* parent = nullptr);
    NewAccount account() const;
    void accept() override;

private:
    Station station_;
    QLineEdit* name_;
    QLineEdit* displayName_;
    QComboBox* role_;
    QLineEdit* password_;
    QLineEdit* repeat_;
    QLabel* message_;
};

// A new password for an account, typed twice.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    PasswordDialog(const Station& station, const QString& account, QWidget* parent = nullptr);
    QString password() const;
    void accept() override;

private:
    Station station_;
    QString account_;
    QLineEdit* password_;
    QLineEdit* repeat_;
    QLabel* message_;
};

} // namespace pdi
