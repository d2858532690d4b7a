#include "MainWindow.h"

#include "AuditWorkspace.h"
#include "CheckWorkspace.h"
#include "DriveWatcher.h"
#include "ImportWorkspace.h"
#include "JobsWorkspace.h"
#include "NodeTable.h"
#include "SessionGuard.h"
#include "SettingsWorkspace.h"
#include "WriteWorkspace.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
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
            if (writing) {
                guard_->hold();
            } else {
                guard_->release();
                clearBusyMessage();
            }
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
            if (importing) {
                guard_->hold();
            } else {
                guard_->release();
                clearBusyMessage();
            }
        });
        // Importing outside media is the technologist's work here.
        if (session.role() == Role::Technologist)
            tabs_->setCurrentWidget(import_);
    }
    // The writes and imports of every station: whoever writes or imports looks there for what
    // another desk started or what stopped short.
    if (session.can(Permission::Write) || session.can(Permission::Import)) {
        jobs_ = new JobsWorkspace(context_, tabs_);
        addWorkspace(jobs_, QT_TR_NOOP("Jobs"));
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
    // A node added in Settings that does not answer its C-ECHO is not offered as the import
    // destination.
    if (settings_ && import_ && settings_->nodeTable())
        connect(settings_->nodeTable(), &NodeTable::echoFinished, import_,
                &ImportWorkspace::setEchoResult);
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
    // Room for the three columns of Write and Import, but never more than the screen: a
    // 1366x768 laptop with a taskbar, or 1920x1080 at 150 %, leaves about 1280x720.
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 720);
    resize(QSize(1366, 860).boundedTo(room));
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
    // Other stations start, end and resume jobs meanwhile.
    if (jobs_ && tabs_->widget(index) == jobs_)
        jobs_->refresh();
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
        busyMessage_ =
            tr("A medium is being written. Wait until it is finished, or cancel it first.");
    } else if (isImporting()) {
        showWorkspace(import_);
        busyMessage_ = tr("Objects are being imported. Wait until the import is finished, or "
                          "cancel it first.");
    } else {
        return false;
    }
    // Shown until the job ends, not for a fixed time: "wait" must not outlive what it waits for.
    statusBar()->showMessage(busyMessage_);
    return true;
}

void MainWindow::clearBusyMessage() {
    if (!busyMessage_.isEmpty() && statusBar()->currentMessage() == busyMessage_)
        statusBar()->clearMessage();
    busyMessage_.clear();
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
    // The desktop adds the application's name ("... — PDI Station"): the title is only what
    // tells this station's windows apart.
    setWindowTitle(institution);
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
