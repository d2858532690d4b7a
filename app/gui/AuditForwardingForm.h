#pragma once

#include "SettingsForm.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pdi {

class BackgroundTask;

// Forwarding the audit trail to an Audit Record Repository by syslog (TLS or UDP), and sending
// what is queued now, which also tries the connection with the saved settings.
class AuditForwardingForm : public SettingsForm {
    Q_OBJECT
public:
    explicit AuditForwardingForm(const WorkspaceContext& context, QWidget* parent = nullptr);

    void sendQueued();
    bool isSending() const { return sending_ != nullptr; }

Q_SIGNALS:
    void sent();

protected:
    void retranslate() override;
    QStringList saveOrder(const QStringList& keys) const override;
    void loaded() override { showQueue(); }

private:
    QLineEdit* fileEdit(const char* objectName, QPushButton** browse);
    void showQueue();

    QCheckBox* enabled_;
    QComboBox* transport_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* caFile_;
    QLineEdit* certFile_;
    QLineEdit* keyFile_;
    QSpinBox* timeout_;
    QPushButton* caBrowse_;
    QPushButton* certBrowse_;
    QPushButton* keyBrowse_;
    QLabel* transportLabel_;
    QLabel* hostLabel_;
    QLabel* portLabel_;
    QLabel* caLabel_;
    QLabel* certLabel_;
    QLabel* keyLabel_;
    QLabel* timeoutLabel_;
    QLabel* hint_;
    QLabel* queue_;
    QPushButton* send_;
    QLabel* sendResult_;
    BackgroundTask* sending_ = nullptr;
};

} // namespace pdi
