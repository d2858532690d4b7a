#pragma once

#include "WorkspaceContext.h"
#include "audit/AuditVerifier.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pdi {

class BackgroundTask;

// The administrator's view of the audit trail: the records with filters (since a date, user,
// patient ID, event), whether the hash chain is intact (or the first record that does not fit,
// in red), export as DICOM audit messages, and sending the queue to the Audit Record Repository.
// Reading, verifying, exporting and sending run off the GUI thread: a trail of years is large.
class AuditWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit AuditWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    // Lists the records that match the filters and verifies the chain again.
    void refresh();
    // Writes the listed records' DICOM audit messages into folder.
    void exportTo(const QString& folder);
    void sendQueued();

    bool isBusy() const;
    QTableWidget* table() const { return table_; }
    QString chainStatus() const;
    QString statusText() const;
    // The selected record in words (the view below the list); empty when none is selected.
    QString recordText(qint64 seq) const;

    static constexpr int MaxRecords = 5000;

Q_SIGNALS:
    void refreshed();
    void exported();
    void sent();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    AuditQuery query() const;
    void showRecords(const QVector<AuditRecord>& records);
    void showSelected();
    void showVerification();
    void showQueue();
    void chooseExportFolder();

    WorkspaceContext context_;
    QLabel* sinceLabel_;
    QCheckBox* sinceOn_;
    QDateEdit* since_;
    QLabel* userLabel_;
    QLineEdit* user_;
    QLabel* patientLabel_;
    QLineEdit* patient_;
    QLabel* eventLabel_;
    QComboBox* event_;
    QPushButton* search_;
    QLabel* chain_;
    QTableWidget* table_;
    QLabel* count_;
    QPushButton* export_;
    QPushButton* send_;
    QLabel* queue_;
    QLabel* status_;
    QLabel* detail_;

    BackgroundTask* listing_ = nullptr;
    BackgroundTask* verifying_ = nullptr;
    BackgroundTask* exporting_ = nullptr;
    BackgroundTask* sending_ = nullptr;
    QVector<AuditRecord> records_;
    std::optional<Result<AuditVerification>> verification_;
};

} // namespace pdi
