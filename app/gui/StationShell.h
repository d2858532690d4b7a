#pragma once

#include "account/Session.h"
#include "station/Station.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace pdi {

class FirstRunWizard;
class LoginDialog;
class MainWindow;

// The application's life at a station: the first-run wizard while no account exists, then the
// login dialog, one main window per sign-in, and back to the login dialog at sign-out (by the
// person, or after the idle time). Sign-in and sign-out are recorded by the library; closing the
// login dialog or the main window ends the application (finished()).
class StationShell : public QObject {
    Q_OBJECT
public:
    explicit StationShell(const Station& station, QObject* parent = nullptr);
    // Records the logout ("exit") of a person still signed in.
    ~StationShell() override;

    // Applies the station's language, then shows the wizard or the login dialog. Ok, or the
    // reason the station cannot be used (its database cannot be read).
    Result<void> start();

    FirstRunWizard* firstRunWizard() const;
    LoginDialog* loginDialog() const;
    MainWindow* mainWindow() const;
    const std::optional<Session>& session() const { return session_; }

    // Closes everything of the session and shows the login dialog. reason as in the logout
    // record: "user", "idle", "exit".
    void signOut(const QString& reason);

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void finished();

private:
    void showFirstRun();
    void showLogin(const QString& userName = QString(), const QString& notice = QString());
    void openMainWindow(const Session& session);
    void closeModalDialogs();

    Station station_;
    QPointer<FirstRunWizard> wizard_;
    QPointer<LoginDialog> login_;
    QPointer<MainWindow> main_;
    std::optional<Session> session_;
};

} // namespace pdi
