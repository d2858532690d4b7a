#include "MainWindow.h"

#include "AuditWorkspace.h"
#include "CheckWorkspace.h"
#include "DriveWatcher.h"
#include "SessionGuard.h"
#include "SettingsWorkspace.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

namespace pdi {

MainWindow::MainWindow(const WorkspaceContext& context, QWidget* parent)
    : QMainWindow(parent)
    , context_(context) {
    setObjectName(QStringLiteral("mainWindow"));
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    setCentralWidget(tabs_);

    guard_ = new SessionGuard(this);
    connect(guard_, &SessionGuard::expired, this,
            [this] { Q_EMIT signOutRequested(QStringLiteral("idle")); });
    drives_ = new DriveWatcher(this);

    const Session& session = context_.session;
    if (session.can(Permission::Check)) {
        check_ = new CheckWorkspace(context_, drives_, tabs_);
        addWorkspace(check_, QT_TR_NOOP("Check"));
    }
    if (session.can(Permission::ReadAudit)) {
        audit_ = new AuditWorkspace(context_, tabs_);
        addWorkspace(audit_, QT_TR_NOOP("Audit"));
    }
    if (session.can(Permission::ManageSettings) || session.can(Permission::ManageAccounts)) {
        settings_ = new SettingsWorkspace(context_, tabs_);
        addWorkspace(settings_, QT_TR_NOOP("Settings"));
        connect(settings_, &SettingsWorkspace::settingsChanged, this, &MainWindow::applySettings);
    }
    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::workspaceShown);

    stationMenu_ = menuBar()->addMenu(QString());
    signOutAction_ = stationMenu_->addAction(QString());
    signOutAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(signOutAction_, &QAction::triggered, this,
            [this] { Q_EMIT signOutRequested(QStringLiteral("user")); });
    stationMenu_->addSeparator();
    quitAction_ = stationMenu_->addAction(QString());
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &MainWindow::close);

    who_ = new QLabel(this);
    who_->setObjectName(QStringLiteral("signedInAs"));
    signOut_ = new QPushButton(this);
    signOut_->setObjectName(QStringLiteral("signOut"));
    connect(signOut_, &QPushButton::clicked, signOutAction_, &QAction::trigger);
    statusBar()->addPermanentWidget(who_);
    statusBar()->addPermanentWidget(signOut_);

    applySettings();
    drives_->start();
    resize(1180, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(QWidget* workspace, const char* title) {
    titles_.append({workspace, title});
    tabs_->addTab(workspace, tr(title));
}

QStringList MainWindow::workspaceTitles() const {
    QStringList out;
    for (int i = 0; i < tabs_->count(); ++i)
        out << tabs_->tabText(i);
    return out;
}

void MainWindow::showWorkspace(QWidget* workspace) {
    tabs_->setCurrentWidget(workspace);
}

void MainWindow::workspaceShown(int index) {
    if (audit_ && tabs_->widget(index) == audit_)
        audit_->refresh();
}

void MainWindow::applySettings() {
    guard_->setIdleMinutes(context_.station.settings().idleLogoutMinutes());
    retranslate();
}

void MainWindow::retranslate() {
    const Settings settings = context_.station.settings();
    const QString institution = settings.institution().name;
    setWindowTitle(institution.isEmpty() ? tr("PDI Station")
                                         : tr("PDI Station - %1").arg(institution));
    for (int i = 0; i < titles_.size(); ++i)
        tabs_->setTabText(tabs_->indexOf(titles_[i].first), tr(titles_[i].second));
    const Session& s = context_.session;
    who_->setText(tr("Signed in: %1 (%2)   Station: %3")
                      .arg(s.displayName(), Roles::displayName(s.role()), s.station()));
    stationMenu_->setTitle(tr("&Station"));
    signOutAction_->setText(tr("Sign &out"));
    quitAction_->setText(tr("&Quit"));
    signOut_->setText(tr("Sign out"));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    event->accept();
    Q_EMIT closeRequested();
}

} // namespace pdi
