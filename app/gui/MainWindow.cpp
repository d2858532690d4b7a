#include "MainWindow.h"

#include "AuditWorkspace.h"
#include "CheckWorkspace.h"
#include "DriveWatcher.h"
#include "ImportWorkspace.h"
#include "SessionGuard.h"
#include "SettingsWorkspace.h"
#include "WriteWorkspace.h"

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
    if (session.can(Permission::Write)) {
        write_ = new WriteWorkspace(context_, drives_, tabs_);
        addWorkspace(write_, QT_TR_NOOP("Write"));
        // A write or burn cut short by the idle sign-out would spoil the disc.
        connect(write_, &WriteWorkspace::writingChanged, guard_, [this](bool writing) {
            if (writing)
                guard_->hold();
            else
                guard_->release();
        });
        // Writing is what the front desk is here for.
        if (session.role() == Role::FrontDesk)
            tabs_->setCurrentWidget(write_);
    }
    if (session.can(Permission::Import)) {
        import_ = new ImportWorkspace(context_, drives_, tabs_);
        addWorkspace(import_, QT_TR_NOOP("Import"));
        // An import cut short can be resumed, but the person who started it answers for it:
        // it is not ended by an idle sign-out either.
        connect(import_, &ImportWorkspace::importingChanged, guard_, [this](bool importing) {
            if (importing)
                guard_->hold();
            else
                guard_->release();
        });
        // Importing outside media is the technologist's work here.
        if (session.role() == Role::Technologist)
            tabs_->setCurrentWidget(import_);
    }
    if (session.can(Permission::ReadAudit)) {
        audit_ = new AuditWorkspace(context_, tabs_);
        addWorkspace(audit_, QT_TR_NOOP("Audit"));
    }
    if (session.can(Permission::ManageSettings) || session.can(Permission::ManageAccounts) ||
        session.can(Permission::ManageNodes)) {
        settings_ = new SettingsWorkspace(context_, tabs_);
        addWorkspace(settings_, QT_TR_NOOP("Settings"));
        connect(settings_, &SettingsWorkspace::settingsChanged, this, &MainWindow::applySettings);
    }
    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::workspaceShown);

    stationMenu_ = menuBar()->addMenu(QString());
    signOutAction_ = stationMenu_->addAction(QString());
    signOutAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(signOutAction_, &QAction::triggered, this, [this] {
        if (!refuseWhileBusy())
            Q_EMIT signOutRequested(QStringLiteral("user"));
    });
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
    // Nodes may have been added or removed in Settings.
    if (import_ && tabs_->widget(index) == import_)
        import_->refresh();
}

bool MainWindow::isWriting() const {
    return write_ && write_->isWriting();
}

bool MainWindow::isImporting() const {
    return import_ && import_->isImporting();
}

bool MainWindow::refuseWhileBusy() {
    if (isWriting()) {
        showWorkspace(write_);
        statusBar()->showMessage(
            tr("A medium is being written. Wait until it is finished, or cancel it first."), 10000);
        return true;
    }
    if (isImporting()) {
        showWorkspace(import_);
        statusBar()->showMessage(
            tr("Objects are being imported. Wait until the import is finished, or cancel it "
               "first."),
            10000);
        return true;
    }
    return false;
}

void MainWindow::applySettings() {
    guard_->setIdleMinutes(context_.station.settings().idleLogoutMinutes());
    if (write_)
        write_->refresh();
    if (import_)
        import_->refresh();
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
    if (refuseWhileBusy()) {
        event->ignore();
        return;
    }
    event->accept();
    Q_EMIT closeRequested();
}

} // namespace pdi
