#pragma once

#include "WorkspaceContext.h"
#include "job/JobRecord.h"

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pdi {

class BackgroundTask;

// The writes and imports of every station that shares the database, newest first (JobList):
// where each ran, whose it was, when, who started it, where it stands and, for an import that
// stopped short, how to continue it at this station. Filters: unfinished only, this station or
// all, writes or imports. Read again whenever the tab is shown; reading runs off the GUI thread.
class JobsWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit JobsWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    void refresh();
    bool isBusy() const;
    QTableWidget* table() const { return table_; }
    const QVector<JobRecord>& jobs() const { return jobs_; }
    QString statusText() const;
    // The selected job in words (below the list), with what continues it.
    QString detailText() const;
    // For a person: what to do about a job; empty when there is nothing to do.
    QString nextStep(const JobRecord& job) const;

    static constexpr int MaxJobs = 500;

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Column {
        StationColumn,
        KindColumn,
        PatientColumn,
        StartedColumn,
        ByColumn,
        StatusColumn,
        ProgressColumn,
        ColumnCount
    };

    void retranslate();
    void showJobs();
    void showSelected();
    QString stationText(const JobRecord& job) const;
    // whole: every form of the names (below the list); else the first (in the list).
    QString patientText(const JobRecord& job, bool whole) const;

    WorkspaceContext context_;
    QCheckBox* unfinishedOnly_;
    QLabel* scopeLabel_;
    QComboBox* scope_;
    QLabel* kindLabel_;
    QComboBox* kind_;
    QPushButton* refresh_;
    QTableWidget* table_;
    QLabel* status_;
    QLabel* detail_;

    BackgroundTask* listing_ = nullptr;
    bool again_ = false; // a filter changed while reading: read once more
    QVector<JobRecord> jobs_;
    QString error_;
};

} // namespace pdi
