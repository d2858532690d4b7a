#pragma once

#include "DriveWatcher.h"
#include "WorkspaceContext.h"
#include "job/ImportJob.h"

#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace pdi {

class BackgroundTask;
class JobRunner;
class FindingList;
class ImportConfirmation;
class ImportContentTree;
class ImportResultView;
class LeftOutList;
class LocalIdentityForm;
class MediumSummary;
class ReconciliationTable;

// The technologist's view: an outside medium into the local PACS (or the local archive), as
// `pdi reconcile` and `pdi import` do it. Open the medium (a drive, a folder, an ISO image or a
// ZIP file, also by dropping it here); its check is shown as in the Check workspace, with the
// security warning when it carries programs. For the outside patient (one at a time; the others
// are imported separately) the sources are asked for local candidates, each with the reasons it
// matches and where it differs; the person picks one, types the local ID, or keeps the outside
// IDs. The studies and series to import are ticked, with everything left out listed with its
// reason. Import... plans and checks everything and asks for a confirmation; Send runs the job
// with progress and Cancel while the idle sign-out waits. The result says what was imported and
// what was left out; an incomplete import is resumed with Resume, also later from the job record.
//
// Every step that reads the medium, asks a server or writes runs off the GUI thread; one runs at
// a time, besides the lookup of a typed local ID.
class ImportWorkspace : public QWidget {
    Q_OBJECT
public:
    // drives may be null (no drive list).
    ImportWorkspace(const WorkspaceContext& context, DriveWatcher* drives,
                    QWidget* parent = nullptr);
    ~ImportWorkspace() override;

    void openMedium(const QString& location);
    // Stops whatever runs: reading the medium, asking the sources, preparing or sending.
    void cancel();
    bool isBusy() const;
    // Objects are being sent: signing out would cut the import short.
    bool isImporting() const { return importing_; }
    const ImportMedium* medium() const { return medium_ ? &*medium_ : nullptr; }

    // The outside patient being imported (an index into the medium's patients), and choosing
    // another, as a click in the list does.
    int patientIndex() const { return patientIndex_; }
    bool choosePatient(int index);

    MediumSummary* summary() const { return summary_; }
    ReconciliationTable* reconciliation() const { return table_; }
    LocalIdentityForm* identity() const { return identity_; }
    ImportContentTree* content() const { return content_; }
    LeftOutList* leftOut() const { return leftOut_; }
    ImportResultView* result() const { return result_; }

    QString destination() const;
    bool setDestination(const QString& node);
    // The status line at the top, and what the line beside Import... says to do next.
    QString statusText() const;
    QString nextStep() const;
    bool canPrepare() const;
    // Import...: plans on a worker thread, then opens the confirmation; its Send starts the job.
    void requestImport();
    ImportConfirmation* confirmation() const;
    // Continues the last import that did not finish (the Resume button).
    void resume();
    // Unfinished imports of this medium found in the job record, each with its Resume button.
    const QVector<UnfinishedImport>& unfinished() const { return unfinished_; }
    void resumeUnfinished(qint64 jobId);
    const std::optional<ImportOutcome>& outcome() const { return outcome_; }
    const std::optional<ImportPlan>& plan() const { return plan_; }
    QString currentStep() const;

    // Nodes or settings may have changed (destinations, AE title).
    void refresh();
    // A node answered its C-ECHO in Settings, or did not: one that did not is not offered first.
    void setEchoResult(const QString& node, bool answered);

Q_SIGNALS:
    // Opening the medium ended: shown, refused or cancelled.
    void mediumOpened();
    // The candidates of every outside patient are in (or the search was cancelled).
    void reconciled();
    // Import... ended: the confirmation is open, or the import was refused.
    void prepared();
    void importingChanged(bool importing);
    void importFinished();
    void stepChanged(const QString& step);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Reconciled {
        QVector<PatientReconciliation> patients;
        QVector<UnfinishedImport> unfinished;
        QString error;
    };
    struct Run {
        std::optional<ImportPlan> plan;
        std::optional<ImportOutcome> outcome;
        QString error;
    };
    enum class State { Idle, Opening, Opened, Failed, Cancelled };

    void retranslate();
    void chooseFolder();
    void chooseFile();
    void showDrives();
    void driveArrived(const Drive& drive);
    void mediumRead(Result<ImportMedium> medium);
    void startReconcile();
    void reconcileDone(Reconciled result);
    void showPatients();
    void showPatient();
    QString stationOf(const UnfinishedImport& unfinished) const;
    void showUnfinished();
    void updateSelection();
    void updateNextStep();
    void choiceChanged();
    void showResult();
    void updateStatus();
    void lookUp(const QString& localId, const QString& issuer);
    ImportRequest currentRequest(QString* problem = nullptr) const;
    void prepareDone(Result<ImportPlan> plan);
    void startSend(const ImportPlan& plan);
    void startRun(const ImportRequest& request);
    // Runs one import job on a worker thread with progress, Cancel and the result view.
    void launch(std::function<Run(ImportJob&, const JobProgress&)> work);
    static Run execute(ImportJob& job, ImportPlan plan, const JobProgress& report);
    void runDone(Run run);
    void startProgress(const QString& step);
    void stopProgress();
    void showProgress(qint64 done, qint64 total);
    void showStep(const QString& step);
    void setInputsEnabled(bool enabled);
    void fillDestinations();

    WorkspaceContext context_;
    QPointer<DriveWatcher> drives_;
    State state_ = State::Idle;
    QString location_;
    QString failure_;
    std::optional<ImportMedium> medium_;
    QVector<PatientReconciliation> reconciliations_;
    bool reconciling_ = false;
    int patientIndex_ = -1;
    int contentFor_ = -1; // the patient whose studies the tree shows
    QVector<UnfinishedImport> unfinished_;
    std::optional<ImportPlan> plan_;
    std::optional<ImportOutcome> outcome_;
    std::optional<ImportRequest> lastRequest_;
    int planned_ = 0; // objects the current ticks would send
    bool importing_ = false;
    bool imported_ = false;          // the current choice was just imported completely
    bool destinationChosen_ = false; // by the person, rather than the default
    JobRunner* runner_;
    QSet<QString> unanswered_; // nodes whose latest C-ECHO failed, not offered first
    QPointer<BackgroundTask> lookupTask_;
    std::shared_ptr<std::atomic<bool>> lookupCancel_;
    QPointer<ImportConfirmation> confirmation_;
    Drive offered_;

    QPushButton* folderButton_;
    QPushButton* fileButton_;
    QComboBox* driveBox_;
    QPushButton* driveButton_;
    QPushButton* cancelButton_;
    QProgressBar* progressBar_;
    QLabel* status_;
    QWidget* offer_;
    QLabel* offerText_;
    QPushButton* offerOpen_;
    QPushButton* offerDismiss_;
    QWidget* unfinishedBar_;
    QVBoxLayout* unfinishedLayout_;
    QGroupBox* mediumBox_;
    MediumSummary* summary_;
    QLabel* security_;
    QLabel* patientsTitle_;
    QListWidget* patients_;
    QLabel* findingsTitle_;
    FindingList* findings_;
    QGroupBox* localBox_;
    ReconciliationTable* table_;
    LocalIdentityForm* identity_;
    QGroupBox* contentBox_;
    ImportContentTree* content_;
    QLabel* leftOutTitle_;
    LeftOutList* leftOut_;
    ImportResultView* result_;
    QSplitter* vertical_;
    QLabel* nextStep_;
    QLabel* destinationLabel_;
    QComboBox* destination_;
    QPushButton* importButton_;
};

} // namespace pdi
