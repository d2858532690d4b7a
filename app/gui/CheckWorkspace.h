#pragma once

#include "DriveWatcher.h"
#include "WorkspaceContext.h"
#include "report/MediumChecker.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <optional>

class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pdi {

class FindingList;
class JobRunner;
class MediumSummary;

// Reception's view: put a disc or USB stick in (it opens by itself), drop a folder or file, or
// open one, and see at a glance whose it is, where it came from and what warnings it carries,
// each warning with its sentence. The check runs off the GUI thread with progress and Cancel;
// a finished check is recorded in the audit trail under the person signed in. The report prints
// or saves as PDF.
class CheckWorkspace : public QWidget {
    Q_OBJECT
public:
    // drives may be null (no drive list).
    CheckWorkspace(const WorkspaceContext& context, DriveWatcher* drives,
                   QWidget* parent = nullptr);
    ~CheckWorkspace() override;

    // mediaType: what the drive is, for the audit record; guessed from the location when unset.
    void openMedium(const QString& location, std::optional<MediaType> mediaType = std::nullopt);
    void cancel();
    // Until the outcome is shown, not only while the worker runs: a Cancel pressed after the
    // worker ended but before its result arrived still discards it.
    bool isChecking() const { return state_ == State::Checking || state_ == State::Cancelling; }
    const CheckReport* report() const { return hasReport_ ? &report_ : nullptr; }

    // What Save as PDF writes after the file dialog.
    Result<void> saveReportPdf(const QString& path) const;
    // Saves the report and says so beside the buttons, in its own line: the status line above
    // the report (conformant or not) stays as it is.
    void exportReportPdf(const QString& path);
    QString exportNote() const;
    // The status line (result, errors, what happened last), for tests and screenshots.
    QString statusText() const;

    // What is on screen is the quick look (the medium's directory and one object per patient)
    // while every file is still being checked, or after that check was stopped.
    bool showsQuickLook() const { return hasReport_ && quickLook_; }

Q_SIGNALS:
    // The quick look is on screen and the full check starts.
    void quickLookShown();
    void checkFinished();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslate();
    void chooseFolder();
    void chooseFile();
    void checkSelectedDrive();
    void showDrives();
    void driveArrived(const Drive& drive);
    void startCheck(bool quick);
    void showQuickLook(Result<CheckedMedium> outcome);
    void showOutcome(Result<CheckedMedium> outcome);
    void showReport();
    void showProgress(qint64 done, qint64 total);
    void clearReport();
    void printReport();
    void chooseReportPdf();
    void updateStatus();

    WorkspaceContext context_;
    QPointer<DriveWatcher> drives_;

    QPushButton* folderButton_;
    QPushButton* fileButton_;
    QPushButton* cancelButton_;
    QPushButton* printButton_;
    QPushButton* pdfButton_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* exportNote_;
    QGroupBox* drivesBox_;
    QListWidget* driveList_;
    QPushButton* driveButton_;
    QLabel* dropHint_;

    MediumSummary* summary_;
    QLabel* contentsTitle_;
    QTreeWidget* contents_;
    QLabel* findingsTitle_;
    FindingList* findings_;

    JobRunner* runner_;
    QString location_;
    MediaType mediaType_ = MediaType::Other;
    bool mediaTypeKnown_ = false;
    CheckReport report_;
    bool hasReport_ = false;
    bool quickLook_ = false; // report_ is the quick look, not the full check
    QDateTime checkedAt_;
    // What the status line says, kept as a state so it can be said again in another language.
    enum class State { Idle, Checking, Cancelling, Cancelled, Failed, Done };
    State state_ = State::Idle;
    QString failure_;      // State::Failed: the checker's sentence
    QString auditError_;   // the check could not be recorded
    QString arrivedLabel_; // a medium that opened by itself
};

} // namespace pdi
