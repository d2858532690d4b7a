#pragma once

#include "DriveWatcher.h"
#include "WorkspaceContext.h"
#include "job/WriteJob.h"
#include "layout/MediumBuilder.h"

#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace pdi {

class JobRunner;

class BackgroundTask;
class ContentTree;
class LabelPreview;
class PatientChoice;
class SourceList;
class TargetChooser;
class WriteConfirmation;
class WriteResultView;

// The front desk's view: one patient's studies onto a referral medium. From left to right the
// steps: sources (folders, files, an inserted medium), whose medium it is, what goes on it (with
// the decisions video, thin-slice and AI-derived series need), where it goes and on what, and the
// label as the receiver will see it. Every change plans the medium again (the planner reads no
// file), so refusals and the fill gauge are always current. Write asks for a confirmation, then
// runs the same write job as `pdi write` off the GUI thread with the sources already read: stage,
// write, read back and compare, record the job and the Export audit record. While it runs the
// idle sign-out waits (writingChanged); Cancel leaves nothing that looks finished.
class WriteWorkspace : public QWidget {
    Q_OBJECT
public:
    // drives may be null (no offer of inserted media).
    WriteWorkspace(const WorkspaceContext& context, DriveWatcher* drives,
                   QWidget* parent = nullptr);
    ~WriteWorkspace() override;

    SourceList* sources() const { return sources_; }
    PatientChoice* patients() const { return patients_; }
    ContentTree* content() const { return content_; }
    TargetChooser* target() const { return target_; }
    LabelPreview* label() const { return label_; }
    WriteResultView* result() const { return result_; }

    const ExportPlan& plan() const { return plan_; }
    // What the workspace says about the plan: what to do next, or that it is ready.
    QString planMessage() const;
    bool canWrite() const;
    // Write: opens the confirmation; its Write button starts the job.
    void requestWrite();
    // The confirmation while it is open.
    WriteConfirmation* confirmation() const;
    void cancelWrite();
    bool isWriting() const { return writing_; }
    QString currentStep() const;
    // The last write's outcome; none when it was stopped before it started (refused, not
    // allowed: the result view says why).
    const std::optional<WriteOutcome>& outcome() const { return outcome_; }

    // Settings may have changed (institution on the label, AI products, thresholds).
    void refresh();

Q_SIGNALS:
    void planChanged();
    void writingChanged(bool writing);
    void stepChanged(const QString& step);
    void writeFinished();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslate();
    void sourcesChanged();
    void patientChosen();
    void updateInventory();
    void replan();
    void showPlan();
    void updateWriteButton();
    WriteRequest currentRequest() const;
    void startWrite(const WriteRequest& request);
    void writeDone(Result<WriteOutcome> outcome);
    void showProgress(qint64 done, qint64 total);
    void showStep(const QString& step);
    void setInputsEnabled(bool enabled);
    void forgetWritten();
    void fitPatientList();

    WorkspaceContext context_;
    QPointer<DriveWatcher> drives_;
    CheckSettings checkSettings_;
    MediumIssuer issuer_;
    ExportPlan plan_;
    ExportOptions options_;
    int planGeneration_ = 0;
    bool writing_ = false;
    bool labelShowsWritten_ = false; // until the plan changes
    JobRunner* runner_;
    QPointer<WriteConfirmation> confirmation_;
    std::optional<WriteOutcome> outcome_;

    SourceList* sources_;
    QScrollArea* patientScroll_;
    PatientChoice* patients_;
    ContentTree* content_;
    TargetChooser* target_;
    LabelPreview* label_;
    WriteResultView* result_;
    QGroupBox* sourcesBox_;
    QGroupBox* patientBox_;
    QGroupBox* contentBox_;
    QGroupBox* targetBox_;
    QGroupBox* labelBox_;
    QLabel* planMessage_;
    QLabel* leftOutTitle_;
    QListWidget* leftOut_;
    QPushButton* writeButton_;
    QPushButton* cancelButton_;
    QProgressBar* progressBar_;
    QLabel* stepLabel_;
};

} // namespace pdi
