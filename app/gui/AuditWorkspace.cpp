#include "AuditWorkspace.h"

#include "AuditDetailText.h"
#include "BackgroundTask.h"
#include "FocusOrder.h"
#include "ListWithDetail.h"
#include "audit/AuditExport.h"
#include "dicom/PersonName.h"
#include "node/DicomNode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

QString eventText(AuditEventType type) {
    switch (type) {
    case AuditEventType::Login:
        return AuditWorkspace::tr("Sign-in");
    case AuditEventType::LoginFailed:
        return AuditWorkspace::tr("Sign-in refused");
    case AuditEventType::Logout:
        return AuditWorkspace::tr("Sign-out");
    case AuditEventType::Check:
        return AuditWorkspace::tr("Medium checked");
    case AuditEventType::Export:
        return AuditWorkspace::tr("Medium written");
    case AuditEventType::Import:
        return AuditWorkspace::tr("Import");
    case AuditEventType::ReconcileDecision:
        return AuditWorkspace::tr("Patient matched");
    case AuditEventType::Transfer:
        return AuditWorkspace::tr("Sent to PACS");
    case AuditEventType::SettingsChange:
        return AuditWorkspace::tr("Setting changed");
    case AuditEventType::UserChange:
        return AuditWorkspace::tr("Account changed");
    case AuditEventType::NodeChange:
        return AuditWorkspace::tr("Node changed");
    case AuditEventType::SecurityAlert:
        return AuditWorkspace::tr("Security alert");
    case AuditEventType::AuditAnchor:
        return AuditWorkspace::tr("Audit trail anchored");
    }
    return QString();
}

QString alertText(SecurityAlert alert) {
    switch (alert) {
    case SecurityAlert::RestrictedFunction:
        return AuditWorkspace::tr("refused action");
    case SecurityAlert::AccountLocked:
        return AuditWorkspace::tr("account locked");
    case SecurityAlert::MediumContent:
        return AuditWorkspace::tr("hazardous content on a medium");
    case SecurityAlert::BreakGlass:
        return AuditWorkspace::tr("administrator unlocked by the computer's owner");
    case SecurityAlert::None:
        break;
    }
    return QString();
}

QString outcomeText(AuditOutcome outcome) {
    switch (outcome) {
    case AuditOutcome::Success:
        return AuditWorkspace::tr("success");
    case AuditOutcome::MinorFailure:
        return AuditWorkspace::tr("minor failure");
    case AuditOutcome::SeriousFailure:
        return AuditWorkspace::tr("serious failure");
    case AuditOutcome::MajorFailure:
        return AuditWorkspace::tr("major failure");
    }
    return QString();
}

QString patientsText(const QVector<AuditPatient>& patients) {
    QStringList out;
    for (const AuditPatient& p : patients)
        out << (p.name.isEmpty()
                    ? p.id
                    : QStringLiteral("%1 %2").arg(p.id, PersonName::fromDicom(p.name).display()));
    return out.join(QLatin1String("; "));
}

} // namespace

AuditWorkspace::AuditWorkspace(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , context_(context) {
    setObjectName(QStringLiteral("auditWorkspace"));
    sinceLabel_ = new QLabel(this);
    sinceOn_ = new QCheckBox(this);
    since_ = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    since_->setObjectName(QStringLiteral("since"));
    since_->setCalendarPopup(true);
    since_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    since_->setEnabled(false);
    userLabel_ = new QLabel(this);
    user_ = new QLineEdit(this);
    user_->setObjectName(QStringLiteral("user"));
    patientLabel_ = new QLabel(this);
    patient_ = new QLineEdit(this);
    patient_->setObjectName(QStringLiteral("patient"));
    eventLabel_ = new QLabel(this);
    event_ = new QComboBox(this);
    event_->setObjectName(QStringLiteral("event"));
    event_->addItem(QString(), QString());
    for (AuditEventType t : allAuditEventTypes())
        event_->addItem(QString(), auditEventName(t));
    search_ = new QPushButton(this);
    search_->setObjectName(QStringLiteral("search"));
    search_->setDefault(true);
    chain_ = new QLabel(this);
    chain_->setObjectName(QStringLiteral("chainStatus"));
    chain_->setWordWrap(true);
    chain_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("records"));
    table_->setColumnCount(9);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring 5,000 rows would stall the window.
    table_->horizontalHeader()->setResizeContentsPrecision(100);
    table_->setWordWrap(false);
    count_ = new QLabel(this);
    export_ = new QPushButton(this);
    send_ = new QPushButton(this);
    send_->setObjectName(QStringLiteral("sendQueued"));
    queue_ = new QLabel(this);
    queue_->setObjectName(QStringLiteral("queue"));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    // The selected record in words, whole: the list's columns only have room for a summary.
    const ListWithDetail listed =
        ListWithDetail::make(this, table_, QStringLiteral("recordDetail"), 3);
    detail_ = listed.detail;
    QSplitter* lists = listed.splitter;

    auto* filters = new QGridLayout;
    auto* sinceRow = new QHBoxLayout;
    sinceRow->addWidget(sinceOn_);
    sinceRow->addWidget(since_, 1);
    filters->addWidget(sinceLabel_, 0, 0);
    filters->addLayout(sinceRow, 0, 1);
    filters->addWidget(userLabel_, 0, 2);
    filters->addWidget(user_, 0, 3);
    filters->addWidget(patientLabel_, 1, 0);
    filters->addWidget(patient_, 1, 1);
    filters->addWidget(eventLabel_, 1, 2);
    filters->addWidget(event_, 1, 3);
    filters->addWidget(search_, 0, 4, 2, 1);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(count_);
    bottom->addStretch();
    bottom->addWidget(queue_);
    bottom->addWidget(send_);
    bottom->addWidget(export_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(chain_);
    layout->addWidget(lists, 1);
    layout->addLayout(bottom);
    layout->addWidget(status_);

    connect(sinceOn_, &QCheckBox::toggled, since_, &QDateEdit::setEnabled);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &AuditWorkspace::showSelected);
    connect(search_, &QPushButton::clicked, this, &AuditWorkspace::refresh);
    connect(user_, &QLineEdit::returnPressed, this, &AuditWorkspace::refresh);
    connect(patient_, &QLineEdit::returnPressed, this, &AuditWorkspace::refresh);
    connect(export_, &QPushButton::clicked, this, &AuditWorkspace::chooseExportFolder);
    connect(send_, &QPushButton::clicked, this, &AuditWorkspace::sendQueued);
    retranslate();
    refresh();
    FocusOrder::followLayout(this);
}

void AuditWorkspace::retranslate() {
    sinceLabel_->setText(tr("Since:"));
    sinceOn_->setToolTip(tr("Only records from this date on"));
    userLabel_->setText(tr("User:"));
    user_->setPlaceholderText(tr("login name"));
    patientLabel_->setText(tr("Patient ID:"));
    patient_->setPlaceholderText(tr("before or after import"));
    eventLabel_->setText(tr("Event:"));
    event_->setItemText(0, tr("All events"));
    for (int i = 0; i < allAuditEventTypes().size(); ++i)
        event_->setItemText(i + 1, eventText(allAuditEventTypes().at(i)));
    search_->setText(tr("Search"));
    table_->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Role"), tr("Station"),
                                       tr("Event"), tr("Outcome"), tr("Patients"), tr("Medium"),
                                       tr("Details")});
    export_->setText(tr("Export DICOM XML..."));
    send_->setText(tr("Send queued messages now"));
    showRecords(records_);
    showVerification();
    showQueue();
}

void AuditWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AuditWorkspace::isBusy() const {
    return listing_ || verifying_ || exporting_ || sending_;
}

QString AuditWorkspace::chainStatus() const {
    return chain_->text();
}

QString AuditWorkspace::statusText() const {
    return status_->text();
}

AuditQuery AuditWorkspace::query() const {
    AuditQuery q;
    if (sinceOn_->isChecked())
        q.since = since_->date().startOfDay().toUTC();
    q.user = user_->text().trimmed();
    q.patientId = patient_->text().trimmed();
    q.event = auditEventFromName(event_->currentData().toString());
    q.limit = MaxRecords;
    return q;
}

void AuditWorkspace::refresh() {
    if (listing_ || verifying_)
        return;
    const AuditTrail audit = context_.station.audit();
    const AuditVerifier verifier = context_.station.verifier();
    const Session session = context_.session;
    const AuditQuery q = query();
    search_->setEnabled(false);
    chain_->setText(tr("Verifying the audit trail ..."));
    chain_->setStyleSheet(QString());
    listing_ = BackgroundTask::run(
        this, context_.station.database(), [audit, session, q] { return audit.list(session, q); },
        [this](Result<QVector<AuditRecord>> records) {
            listing_ = nullptr;
            search_->setEnabled(!verifying_);
            if (!records) {
                status_->setText(records.error().message);
                records_.clear();
            } else {
                status_->clear();
                records_ = *records;
            }
            showRecords(records_);
            if (!isBusy())
                Q_EMIT refreshed();
        });
    verifying_ = BackgroundTask::run(
        this, context_.station.database(), [verifier, session] { return verifier.verify(session); },
        [this](Result<AuditVerification> verification) {
            verifying_ = nullptr;
            search_->setEnabled(!listing_);
            verification_ = std::move(verification);
            showVerification();
            if (!isBusy())
                Q_EMIT refreshed();
        });
    showQueue();
}

void AuditWorkspace::showSelected() {
    const QList<QTableWidgetItem*> selected = table_->selectedItems();
    const qint64 seq =
        selected.isEmpty() ? -1 : selected.constFirst()->data(Qt::UserRole).toLongLong();
    detail_->setText(recordText(seq));
}

QString AuditWorkspace::recordText(qint64 seq) const {
    for (const AuditRecord& r : records_) {
        if (r.seq != seq)
            continue;
        const AuditEvent& e = r.event;
        int row = -1;
        for (int i = 0; i < table_->rowCount() && row < 0; ++i) {
            if (table_->item(i, 0) && table_->item(i, 0)->data(Qt::UserRole).toLongLong() == seq)
                row = i;
        }
        QStringList lines;
        for (int c = 0; c < table_->columnCount() - 1; ++c) {
            const QTableWidgetItem* item = row >= 0 ? table_->item(row, c) : nullptr;
            if (item && !item->text().isEmpty())
                lines << QStringLiteral("%1: %2").arg(table_->horizontalHeaderItem(c)->text(),
                                                      item->text());
        }
        if (!e.target.isEmpty())
            lines << tr("Concerns: %1").arg(DicomNode::readableName(e.target));
        lines << AuditDetailText::lines(e);
        lines << tr("Record %1").arg(r.seq);
        return lines.join(QLatin1Char('\n'));
    }
    return QString();
}

void AuditWorkspace::showRecords(const QVector<AuditRecord>& records) {
    detail_->clear();
    table_->setRowCount(0);
    table_->setRowCount(records.size());
    // Newest first: the auditor usually looks for what just happened.
    for (int i = 0; i < records.size(); ++i) {
        const AuditRecord& r = records.at(records.size() - 1 - i);
        const AuditEvent& e = r.event;
        QString event = eventText(e.type);
        if (e.alert != SecurityAlert::None)
            event += QStringLiteral(" (%1)").arg(alertText(e.alert));
        const QString medium = AuditDetailText::medium(e);
        const bool cancelled = e.details.value(QLatin1String("cancelled")).toBool();
        QString patients = patientsText(e.patients);
        if (!e.patientsBefore.isEmpty())
            patients = tr("%1 (on the medium: %2)").arg(patients, patientsText(e.patientsBefore));
        const QDateTime local = r.time.toOffsetFromUtc(r.utcOffsetSeconds);
        const QStringList cells{
            local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            e.actor.displayName.isEmpty()
                ? e.actor.userName
                : QStringLiteral("%1 (%2)").arg(e.actor.userName, e.actor.displayName),
            e.actor.role.isEmpty()
                ? QString()
                : Roles::displayName(Roles::fromName(e.actor.role).value_or(Role::Reception)),
            e.actor.station,
            event,
            cancelled ? tr("cancelled") : outcomeText(e.outcome),
            patients,
            medium,
            AuditDetailText::summary(e)};
        // A person's Cancel is not a failure of the station: it is neither red nor "failure".
        const bool bad = (e.outcome != AuditOutcome::Success && !cancelled) ||
                         e.type == AuditEventType::SecurityAlert;
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (bad)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            item->setData(Qt::UserRole, r.seq);
            table_->setItem(i, c, item);
        }
    }
    table_->resizeColumnsToContents();
    for (int c = 0; c < table_->columnCount() - 1; ++c)
        table_->setColumnWidth(c, qMin(table_->columnWidth(c), 260));
    count_->setText(records.size() >= MaxRecords
                        ? tr("The newest %n record(s); narrow the search to see older ones.",
                             nullptr, int(records.size()))
                        : tr("%n record(s)", nullptr, int(records.size())));
    export_->setEnabled(!records.isEmpty());
}

void AuditWorkspace::showVerification() {
    if (!verification_) {
        chain_->clear();
        return;
    }
    if (!*verification_) {
        chain_->setText(verification_->error().message);
        chain_->setStyleSheet(QStringLiteral("color:#b71c1c;font-weight:bold;"));
        return;
    }
    const AuditVerification& v = **verification_;
    if (v.intact) {
        QString text = tr("Audit trail intact: %n record(s), last hash %1", nullptr, int(v.records))
                           .arg(v.headHash.isEmpty() ? QStringLiteral("-") : v.headHash);
        // One chain for every station that shares the database: who added how much of it.
        if (v.stationRecords.size() > 1 || context_.station.database().location().isShared()) {
            QStringList per;
            for (auto it = v.stationRecords.constBegin(); it != v.stationRecords.constEnd(); ++it)
                per << tr("%1: %n record(s)", nullptr, int(it.value()))
                           .arg(it.key().isEmpty() ? tr("(no station)") : it.key());
            text += QLatin1Char('\n') + tr("By station: %1").arg(per.join(QLatin1String("; ")));
        }
        if (v.anchorsChecked > 0)
            text += QLatin1Char('\n') + tr("It matches %n anchor(s) kept outside the database.",
                                           nullptr, v.anchorsChecked);
        if (!v.anchorWarning.isEmpty())
            text += QLatin1Char('\n') + v.anchorWarning;
        chain_->setText(text);
        chain_->setStyleSheet(v.anchorWarning.isEmpty() ? QStringLiteral("color:#1b5e20;")
                                                        : QStringLiteral("color:#8d5a00;"));
    } else {
        chain_->setText(
            tr("Audit trail BROKEN at record %1: %2").arg(v.firstBadSeq).arg(v.problem));
        chain_->setStyleSheet(QStringLiteral("color:#b71c1c;font-weight:bold;"));
    }
}

void AuditWorkspace::showQueue() {
    const int queued = context_.station.syslog().queued();
    const bool enabled = context_.station.settings().syslog().enabled;
    queue_->setText(enabled ? tr("%n message(s) queued for the audit repository", nullptr, queued)
                            : tr("Forwarding to an audit repository is off"));
    send_->setEnabled(enabled && !sending_);
}

void AuditWorkspace::chooseExportFolder() {
    QPointer<AuditWorkspace> self(this);
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export the listed records as DICOM XML"));
    if (self && !folder.isEmpty())
        exportTo(folder);
}

void AuditWorkspace::exportTo(const QString& folder) {
    if (exporting_ || records_.isEmpty())
        return;
    const QVector<AuditRecord> records = records_;
    const AuditSource source = AuditSource::fromSettings(context_.station.settings());
    export_->setEnabled(false);
    status_->setText(tr("Exporting %n record(s) ...", nullptr, int(records.size())));
    exporting_ = BackgroundTask::run(
        this, context_.station.database(),
        [records, source, folder] { return AuditExport::writeDicomXml(records, source, folder); },
        [this, folder](Result<int> written) {
            exporting_ = nullptr;
            export_->setEnabled(!records_.isEmpty());
            status_->setText(
                written ? tr("%n audit message(s) written to %1", nullptr, *written).arg(folder)
                        : written.error().message);
            Q_EMIT exported();
        });
}

void AuditWorkspace::sendQueued() {
    if (sending_)
        return;
    const SyslogSender sender = context_.station.syslog();
    send_->setEnabled(false);
    status_->setText(tr("Sending queued audit messages ..."));
    sending_ = BackgroundTask::run(
        this, context_.station.database(), [sender] { return sender.flush(); },
        [this](SyslogDelivery d) {
            sending_ = nullptr;
            if (d.off)
                status_->setText(tr("Forwarding to an audit repository is off; turn it on in "
                                    "Settings."));
            else if (d.busy)
                status_->setText(tr("Another PDI Station program is sending the queue right now."));
            else if (d.error)
                status_->setText(tr("%n message(s) sent; the rest stay queued: %1", nullptr, d.sent)
                                     .arg(d.error->message));
            else
                status_->setText(tr("%n audit message(s) sent.", nullptr, d.sent));
            showQueue();
            Q_EMIT sent();
        });
}

} // namespace pdi
