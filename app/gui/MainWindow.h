#pragma once

#include "WorkspaceContext.h"

#include <QMainWindow>
#include <QVector>

class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;

namespace pdi {

class AuditWorkspace;
class CheckWorkspace;
class DriveWatcher;
class ImportWorkspace;
class JobsWorkspace;
class SessionGuard;
class SettingsWorkspace;
class WriteWorkspace;

// The application window for one signed-in person: one tab per workspace the role allows, who is
// signed in at which station in the status bar, Sign out, and the idle sign-out. The window
// lives exactly as long as the session; signing out throws it away with every workspace in it.
//
// A new workspace is a QWidget that takes the WorkspaceContext (station and session) and is added
// in the constructor under the permission that lets a person use it:
//
//   if (context_.session.can(Permission::Import))
//       addWorkspace(new ImportWorkspace(context_, drives_, tabs_), QT_TR_NOOP("Import"));
//
// Workspaces that need the inserted media connect to driveWatcher(); one that shows data that
// others change gets refresh() called when its tab is shown (see showWorkspace()). A workspace
// whose job must not be cut short (the Write workspace's writingChanged, the Import workspace's
// importingChanged) holds the idle sign-out while the job runs, and signing out or closing is
// refused meanwhile (isWriting(), isImporting()).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    const WorkspaceContext& context() const { return context_; }
    // Null when the role does not allow the workspace.
    CheckWorkspace* checkWorkspace() const { return check_; }
    WriteWorkspace* writeWorkspace() const { return write_; }
    ImportWorkspace* importWorkspace() const { return import_; }
    JobsWorkspace* jobsWorkspace() const { return jobs_; }
    AuditWorkspace* auditWorkspace() const { return audit_; }
    SettingsWorkspace* settingsWorkspace() const { return settings_; }
    QTabWidget* workspaces() const { return tabs_; }
    // The tab titles in order, as shown.
    QStringList workspaceTitles() const;
    void showWorkspace(QWidget* workspace);
    // A medium is being written: signing out or closing would cut it short.
    bool isWriting() const;
    // Outside objects are being sent to the PACS or the local archive.
    bool isImporting() const;

    SessionGuard* sessionGuard() const { return guard_; }
    DriveWatcher* driveWatcher() const { return drives_; }

Q_SIGNALS:
    // reason goes into the logout record: "user" (Sign out), "idle".
    void signOutRequested(const QString& reason);
    // The person closed the window: sign out and end the application.
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void addWorkspace(QWidget* workspace, const char* title);
    void retranslate();
    void applySettings();
    void workspaceShown(int index);
    bool refuseWhileBusy();
    void clearBusyMessage();

    WorkspaceContext context_;
    QTabWidget* tabs_;
    QVector<QPair<QWidget*, const char*>> titles_;
    CheckWorkspace* check_ = nullptr;
    WriteWorkspace* write_ = nullptr;
    ImportWorkspace* import_ = nullptr;
    JobsWorkspace* jobs_ = nullptr;
    AuditWorkspace* audit_ = nullptr;
    SettingsWorkspace* settings_ = nullptr;
    SessionGuard* guard_;
    DriveWatcher* drives_;
    QMenu* stationMenu_;
    QAction* signOutAction_;
    QAction* quitAction_;
    QLabel* who_;
    QPushButton* signOut_;
    QString busyMessage_; // "wait until ..." while a write or import runs
};

} // namespace pdi
