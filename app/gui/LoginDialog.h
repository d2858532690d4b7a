#pragma once

#include "account/Session.h"
#include "station/Station.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pdi {

class BackgroundTask;

// Signing in at the station. The password check (PBKDF2, about a quarter of a second) runs off
// the GUI thread; a refusal is shown in the dialog with the library's sentence (wrong name or
// password, disabled, locked), and the library records it and counts it towards the lock.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(const Station& station, QWidget* parent = nullptr);

    void setUserName(const QString& name);
    // What the Sign in button does.
    void submit();

    bool isBusy() const { return task_ != nullptr; }
    // The refusal shown, empty when none.
    QString message() const;
    void showMessage(const QString& text);
    // After signedIn(): the person now signed in.
    const std::optional<Session>& session() const { return session_; }

Q_SIGNALS:
    void signedIn();
    void refused(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);

    Station station_;
    QLabel* heading_;
    QLabel* where_;
    QLabel* userLabel_;
    QLabel* passwordLabel_;
    QLineEdit* user_;
    QLineEdit* password_;
    QLabel* message_;
    QPushButton* signIn_;
    QPushButton* quit_;
    BackgroundTask* task_ = nullptr;
    std::optional<Session> session_;
};

} // namespace pdi
