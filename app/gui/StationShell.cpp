#include "StationShell.h"

#include "FirstRunWizard.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "WorkspaceContext.h"

#include <QApplication>
#include <QDialog>

namespace pdi {

StationShell::StationShell(const Station& station, QObject* parent)
    : QObject(parent)
    , station_(station) {}

StationShell::~StationShell() {
    if (session_)
        (void)station_.authenticator().logout(*session_, QStringLiteral("exit"));
    delete main_;
    delete login_;
    delete wizard_;
}

FirstRunWizard* StationShell::firstRunWizard() const {
    return wizard_;
}

LoginDialog* StationShell::loginDialog() const {
    return login_;
}

MainWindow* StationShell::mainWindow() const {
    return main_;
}

Result<void> StationShell::start() {
    UiLanguage::apply(station_.settings().uiLanguage());
    Result<bool> needed = FirstRun::needed(station_);
    if (!needed)
        return needed.error();
    if (*needed)
        showFirstRun();
    else
        showLogin();
    return {};
}

void StationShell::showFirstRun() {
    wizard_ = new FirstRunWizard(station_);
    wizard_->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard_, &FirstRunWizard::completed, this,
            [this](const QString& administrator, const QString& notice) {
                showLogin(administrator, notice);
            });
    connect(wizard_, &QDialog::rejected, this, &StationShell::finished);
    wizard_->show();
}

void StationShell::showLogin(const QString& userName, const QString& notice) {
    if (!login_) {
        login_ = new LoginDialog(station_);
        connect(login_, &LoginDialog::signedIn, this, [this] {
            const std::optional<Session> session = login_->session();
            // Forgotten at once: a sign-out before the deferred delete must make a new dialog.
            LoginDialog* done = login_;
            login_ = nullptr;
            done->deleteLater();
            if (session)
                openMainWindow(*session);
        });
        connect(login_, &QDialog::rejected, this, &StationShell::finished);
    }
    if (!userName.isEmpty())
        login_->setUserName(userName);
    login_->showMessage(notice);
    login_->show();
    login_->raise();
    login_->activateWindow();
}

void StationShell::openMainWindow(const Session& session) {
    session_ = session;
    main_ = new MainWindow(WorkspaceContext{station_, session});
    connect(main_, &MainWindow::signOutRequested, this, &StationShell::signOut);
    connect(main_, &MainWindow::closeRequested, this, [this] {
        signOut(QStringLiteral("exit"));
        Q_EMIT finished();
    });
    main_->show();
    Q_EMIT signedIn();
}

void StationShell::closeModalDialogs() {
    // A file or print dialog may be open when the idle time runs out. Rejecting it ends its
    // event loop; the code that opened it finds the answer "cancelled".
    for (int guard = 0; guard < 16; ++guard) {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            break;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            break;
    }
}

void StationShell::signOut(const QString& reason) {
    if (!session_)
        return;
    closeModalDialogs();
    const Session session = *session_;
    session_.reset();
    // The window goes first, so that nothing of the session stays on the screen even for the
    // moment the record takes.
    if (main_) {
        main_->hide();
        main_->deleteLater();
        main_ = nullptr;
    }
    (void)station_.authenticator().logout(session, reason);
    // The head of the day, if not taken yet, with the sign-out that ends a day's work.
    (void)station_.anchoring().anchorIfDue();
    Q_EMIT signedOut();
    if (reason != QLatin1String("exit"))
        showLogin(reason == QLatin1String("idle") ? session.userName() : QString(),
                  reason == QLatin1String("idle")
                      ? tr("You were signed out after %n minute(s) without input.", nullptr,
                           station_.settings().idleLogoutMinutes())
                      : QString());
}

} // namespace pdi
