#include "AuditForwardingForm.h"

#include "BackgroundTask.h"
#include "FocusOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pdi {

AuditForwardingForm::AuditForwardingForm(const WorkspaceContext& context, QWidget* parent)
    : SettingsForm(context, parent) {
    setObjectName(QStringLiteral("auditForwardingForm"));
    enabled_ = new QCheckBox(this);
    enabled_->setObjectName(QStringLiteral("syslogEnabled"));
    transport_ = new QComboBox(this);
    transport_->addItem(QString(), QStringLiteral("tls"));
    transport_->addItem(QString(), QStringLiteral("udp"));
    host_ = new QLineEdit(this);
    host_->setObjectName(QStringLiteral("syslogHost"));
    port_ = new QSpinBox(this);
    caFile_ = fileEdit("syslogCaFile", &caBrowse_);
    certFile_ = fileEdit("syslogCertFile", &certBrowse_);
    keyFile_ = fileEdit("syslogKeyFile", &keyBrowse_);
    timeout_ = new QSpinBox(this);
    transportLabel_ = new QLabel(this);
    hostLabel_ = new QLabel(this);
    portLabel_ = new QLabel(this);
    caLabel_ = new QLabel(this);
    certLabel_ = new QLabel(this);
    keyLabel_ = new QLabel(this);
    timeoutLabel_ = new QLabel(this);
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color:#616161;"));
    queue_ = new QLabel(this);
    send_ = new QPushButton(this);
    send_->setObjectName(QStringLiteral("sendQueued"));
    sendResult_ = new QLabel(this);
    sendResult_->setObjectName(QStringLiteral("sendResult"));
    sendResult_->setWordWrap(true);

    bind(Settings::SyslogEnabled, enabled_);
    bind(Settings::SyslogTransport, transport_);
    bind(Settings::SyslogHost, host_);
    bind(Settings::SyslogPort, port_);
    bind(Settings::SyslogCaFile, caFile_);
    bind(Settings::SyslogCertFile, certFile_);
    bind(Settings::SyslogKeyFile, keyFile_);
    bind(Settings::SyslogTimeoutSeconds, timeout_);

    auto withBrowse = [this](QLineEdit* edit, QPushButton* browse) {
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    auto* form = new QFormLayout;
    form->addRow(enabled_);
    form->addRow(transportLabel_, transport_);
    form->addRow(hostLabel_, host_);
    form->addRow(portLabel_, port_);
    form->addRow(caLabel_, withBrowse(caFile_, caBrowse_));
    form->addRow(certLabel_, withBrowse(certFile_, certBrowse_));
    form->addRow(keyLabel_, withBrowse(keyFile_, keyBrowse_));
    form->addRow(timeoutLabel_, timeout_);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(queue_);
    sendRow->addStretch();
    sendRow->addWidget(send_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint_);
    layout->addWidget(buttonRow());
    layout->addWidget(messageLabel());
    layout->addSpacing(12);
    layout->addLayout(sendRow);
    layout->addWidget(sendResult_);
    layout->addStretch();

    connect(send_, &QPushButton::clicked, this, &AuditForwardingForm::sendQueued);
    connect(this, &SettingsForm::saved, this, &AuditForwardingForm::showQueue);
    retranslate();
    load();
    FocusOrder::followLayout(this);
}

QLineEdit* AuditForwardingForm::fileEdit(const char* objectName, QPushButton** browse) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    *browse = new QPushButton(this);
    connect(*browse, &QPushButton::clicked, this, [this, edit] {
        QPointer<AuditForwardingForm> self(this);
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), edit->text(),
                                         tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (self && !file.isEmpty())
            edit->setText(file);
    });
    return edit;
}

QStringList AuditForwardingForm::saveOrder(const QStringList& keys) const {
    // Turning forwarding on needs the host saved first; turning it off must come before the
    // host is cleared.
    const QString enabled = QString::fromLatin1(Settings::SyslogEnabled);
    if (!keys.contains(enabled))
        return keys;
    QStringList ordered = keys;
    ordered.removeAll(enabled);
    if (enabled_->isChecked())
        ordered.append(enabled);
    else
        ordered.prepend(enabled);
    return ordered;
}

void AuditForwardingForm::retranslate() {
    SettingsForm::retranslate();
    enabled_->setText(tr("Send every audit record to an Audit Record Repository"));
    transport_->setItemText(0, tr("TLS (RFC 5425, confirmed delivery, recommended)"));
    transport_->setItemText(1, tr("UDP (RFC 5426, no delivery confirmation)"));
    transportLabel_->setText(tr("Transport:"));
    hostLabel_->setText(tr("Repository host:"));
    portLabel_->setText(tr("Port:"));
    port_->setSpecialValueText(tr("standard (6514 TLS, 514 UDP)"));
    caLabel_->setText(tr("CA certificates:"));
    certLabel_->setText(tr("Station certificate:"));
    keyLabel_->setText(tr("Station private key:"));
    timeoutLabel_->setText(tr("Time-out:"));
    timeout_->setSuffix(tr(" s"));
    for (QPushButton* b : {caBrowse_, certBrowse_, keyBrowse_})
        b->setText(tr("Browse..."));
    caFile_->setPlaceholderText(tr("empty: the system's CA store"));
    certFile_->setPlaceholderText(tr("empty: none"));
    keyFile_->setPlaceholderText(tr("empty: none"));
    hint_->setText(tr("Messages wait in a queue while the repository cannot be reached and are "
                      "sent with the next record or with the button below. Nothing is lost."));
    send_->setText(tr("Send queued messages now"));
    showQueue();
}

void AuditForwardingForm::showQueue() {
    queue_->setText(tr("%n message(s) queued", nullptr, context_.station.syslog().queued()));
    send_->setEnabled(!sending_ && context_.station.settings().syslog().enabled);
}

void AuditForwardingForm::sendQueued() {
    if (sending_)
        return;
    const SyslogSender sender = context_.station.syslog();
    send_->setEnabled(false);
    sendResult_->setText(tr("Sending ..."));
    sendResult_->setStyleSheet(QString());
    sending_ = BackgroundTask::run(
        this, context_.station.database(), [sender] { return sender.flush(); },
        [this](SyslogDelivery d) {
            sending_ = nullptr;
            bool problem = false;
            if (d.off) {
                sendResult_->setText(tr("Forwarding is off: turn it on and save first."));
            } else if (d.busy) {
                sendResult_->setText(
                    tr("Another PDI Station program is sending the queue right now."));
            } else if (d.error) {
                problem = true;
                sendResult_->setText(
                    tr("%n message(s) sent; the rest stay queued: %1", nullptr, d.sent)
                        .arg(d.error->message));
            } else {
                sendResult_->setText(tr("%n audit message(s) sent.", nullptr, d.sent));
            }
            sendResult_->setStyleSheet(problem ? QStringLiteral("color:#b71c1c;font-weight:bold;")
                                               : QStringLiteral("color:#1b5e20;"));
            showQueue();
            Q_EMIT sent();
        });
}

} // namespace pdi
