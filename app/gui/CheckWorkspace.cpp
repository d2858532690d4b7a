#include "CheckWorkspace.h"

#include "JobRunner.h"

#include "CheckReportDocument.h"
#include "FindingList.h"
#include "FocusOrder.h"
#include "MediumSummary.h"
#include "report/CheckAudit.h"
#include "report/DisplayText.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

QLabel* selectable(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CheckWorkspace::CheckWorkspace(const WorkspaceContext& context, DriveWatcher* drives,
                               QWidget* parent)
    : QWidget(parent)
    , context_(context)
    , drives_(drives) {
    setObjectName(QStringLiteral("checkWorkspace"));
    setAcceptDrops(true);

    folderButton_ = new QPushButton(this);
    fileButton_ = new QPushButton(this);
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancel"));
    cancelButton_->setEnabled(false);
    printButton_ = new QPushButton(this);
    printButton_->setEnabled(false);
    pdfButton_ = new QPushButton(this);
    pdfButton_->setObjectName(QStringLiteral("savePdf"));
    pdfButton_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("progress"));
    progress_->setVisible(false);
    status_ = selectable(this, "status");
    exportNote_ = selectable(this, "exportNote");
    exportNote_->setWordWrap(false);

    // Drives
    drivesBox_ = new QGroupBox(this);
    driveList_ = new QListWidget(drivesBox_);
    driveList_->setObjectName(QStringLiteral("drives"));
    driveList_->setWordWrap(true);
    driveList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    driveButton_ = new QPushButton(drivesBox_);
    driveButton_->setEnabled(false);
    dropHint_ = new QLabel(drivesBox_);
    dropHint_->setWordWrap(true);
    dropHint_->setStyleSheet(QStringLiteral("color:#616161;"));
    auto* drivesLayout = new QVBoxLayout(drivesBox_);
    drivesLayout->addWidget(driveList_, 1);
    drivesLayout->addWidget(driveButton_);
    drivesLayout->addWidget(dropHint_);

    // Whose medium
    summary_ = new MediumSummary(this);

    contentsTitle_ = new QLabel(this);
    contents_ = new QTreeWidget(this);
    contents_->setObjectName(QStringLiteral("contents"));
    contents_->header()->setStretchLastSection(false);
    findingsTitle_ = new QLabel(this);
    findings_ = new FindingList(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(folderButton_);
    buttons->addWidget(fileButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(progress_, 1);
    buttons->addStretch();
    buttons->addWidget(exportNote_);
    buttons->addWidget(printButton_);
    buttons->addWidget(pdfButton_);

    auto* lists = new QSplitter(Qt::Vertical, this);
    auto* contentsPane = new QWidget(lists);
    auto* contentsLayout = new QVBoxLayout(contentsPane);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addWidget(contentsTitle_);
    contentsLayout->addWidget(contents_);
    auto* findingsPane = new QWidget(lists);
    auto* findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(findingsTitle_);
    findingsLayout->addWidget(findings_, 1);
    lists->addWidget(contentsPane);
    lists->addWidget(findingsPane);

    auto* reportPane = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(reportPane);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(summary_);
    reportLayout->addWidget(lists, 1);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(drivesBox_);
    body->addWidget(reportPane);
    body->setStretchFactor(1, 1);
    body->setSizes({240, 900});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(body, 1);

    connect(folderButton_, &QPushButton::clicked, this, &CheckWorkspace::chooseFolder);
    connect(fileButton_, &QPushButton::clicked, this, &CheckWorkspace::chooseFile);
    connect(cancelButton_, &QPushButton::clicked, this, &CheckWorkspace::cancel);
    connect(printButton_, &QPushButton::clicked, this, &CheckWorkspace::printReport);
    connect(pdfButton_, &QPushButton::clicked, this, &CheckWorkspace::chooseReportPdf);
    connect(driveButton_, &QPushButton::clicked, this, &CheckWorkspace::checkSelectedDrive);
    connect(driveList_, &QListWidget::itemDoubleClicked, this, &CheckWorkspace::checkSelectedDrive);
    connect(driveList_, &QListWidget::currentRowChanged, this,
            [this](int row) { driveButton_->setEnabled(row >= 0 && !isChecking()); });
    runner_ = new JobRunner(this);
    connect(runner_, &JobRunner::progressed, this, &CheckWorkspace::showProgress);
    // Progress arrives from the checker's threads for every file; the bar is redrawn a few times
    // a second instead, so a 5,000-file medium does not flood the event queue.
    if (drives_) {
        connect(drives_, &DriveWatcher::drivesChanged, this, &CheckWorkspace::showDrives);
        connect(drives_, &DriveWatcher::driveArrived, this, &CheckWorkspace::driveArrived);
    }
    retranslate();
    showDrives();
    FocusOrder::followLayout(this);
}

CheckWorkspace::~CheckWorkspace() {
    // Stops the check and waits for it before the members it reports to go away.
    delete runner_;
}

void CheckWorkspace::retranslate() {
    folderButton_->setText(tr("Open folder or drive..."));
    fileButton_->setText(tr("Open disc image or ZIP..."));
    cancelButton_->setText(tr("Cancel"));
    printButton_->setText(tr("Print..."));
    pdfButton_->setText(tr("Save as PDF..."));
    drivesBox_->setTitle(tr("Drives"));
    driveButton_->setText(tr("Check this drive"));
    dropHint_->setText(tr("A disc or USB stick opens by itself when it is inserted. You can "
                          "also drop a folder, disc image or ZIP file here."));
    contentsTitle_->setText(tr("Studies on the medium"));
    findingsTitle_->setText(tr("Findings"));
    contents_->setHeaderLabels(
        {tr("Study / series"), tr("Date"), tr("Modality"), tr("Images"), tr("Notes")});
    showDrives();
    if (hasReport_)
        showReport();
    updateStatus();
}

void CheckWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString CheckWorkspace::statusText() const {
    return status_->text();
}

void CheckWorkspace::updateStatus() {
    QString text;
    bool problem = false;
    switch (state_) {
    case State::Idle:
        text = tr("Insert a disc or USB stick, or open a folder, disc image or ZIP file.");
        break;
    case State::Checking:
        if (showsQuickLook())
            text = tr("A first look from the medium's directory is shown; checking every file "
                      "...");
        else
            text = arrivedLabel_.isEmpty()
                       ? tr("Checking %1 ...").arg(location_)
                       : tr("New medium %1: checking %2 ...").arg(arrivedLabel_, location_);
        break;
    case State::Cancelling:
        text = tr("Cancelling ...");
        break;
    case State::Cancelled:
        if (showsQuickLook()) {
            // A first look is not a check: the files it did not read may be damaged.
            text = tr("The check was cancelled: only the first look from the medium's directory "
                      "is shown; the files were not checked.");
            problem = true;
        } else {
            text = tr("The check was cancelled; nothing was changed.");
        }
        break;
    case State::Failed:
        text = failure_;
        problem = true;
        break;
    case State::Done:
        text = report_.conformant() ? tr("Conformant PDI medium.")
                                    : tr("Not a conformant PDI medium: %1 errors, %2 warnings.")
                                          .arg(report_.count(Severity::Error))
                                          .arg(report_.count(Severity::Warning));
        problem = !report_.conformant();
        break;
    }
    if (!auditError_.isEmpty()) {
        text += QLatin1Char(' ') + tr("The check could not be recorded: %1").arg(auditError_);
        problem = true;
    }
    status_->setText(text);
    status_->setStyleSheet(problem ? QStringLiteral("color:#b71c1c;font-weight:bold;") : QString());
}

void CheckWorkspace::showDrives() {
    driveList_->clear();
    if (!drives_)
        return;
    for (const Drive& d : drives_->drives()) {
        QString text;
        if (!d.mounted)
            text = tr("%1 (optical drive, not mounted)").arg(d.device);
        else if (d.optical)
            text = tr("%1 (disc in %2)").arg(d.label, d.device);
        else
            text = tr("%1 (USB or memory card, %2)").arg(d.label, d.device);
        auto* item = new QListWidgetItem(text, driveList_);
        item->setData(Qt::UserRole, d.path);
        item->setData(Qt::UserRole + 1, int(d.mediaType()));
        item->setToolTip(d.path);
    }
    if (driveList_->count() == 0) {
        auto* item = new QListWidgetItem(tr("No disc or USB stick found"), driveList_);
        item->setFlags(Qt::NoItemFlags);
    }
}

void CheckWorkspace::checkSelectedDrive() {
    QListWidgetItem* item = driveList_->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    openMedium(item->data(Qt::UserRole).toString(),
               MediaType(item->data(Qt::UserRole + 1).toInt()));
}

void CheckWorkspace::driveArrived(const Drive& drive) {
    if (isChecking())
        return; // the person is looking at another medium; the drive list shows the new one
    openMedium(drive.path, drive.mediaType());
    arrivedLabel_ = drive.label.isEmpty() ? drive.device : drive.label;
    updateStatus();
}

void CheckWorkspace::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isChecking() && !urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void CheckWorkspace::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openMedium(urls.constFirst().toLocalFile());
}

void CheckWorkspace::chooseFolder() {
    QPointer<CheckWorkspace> self(this);
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open medium folder"));
    // The window may have closed meanwhile (idle sign-out rejects open dialogs).
    if (self && !dir.isEmpty())
        openMedium(dir);
}

void CheckWorkspace::chooseFile() {
    QPointer<CheckWorkspace> self(this);
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open disc image or ZIP"), QString(),
        tr("Disc images and archives (*.iso *.img *.zip);;All files (*)"));
    if (self && !file.isEmpty())
        openMedium(file);
}

void CheckWorkspace::clearReport() {
    hasReport_ = false;
    quickLook_ = false;
    exportNote_->clear();
    summary_->clear();
    contents_->clear();
    findings_->clear();
}

void CheckWorkspace::openMedium(const QString& location, std::optional<MediaType> mediaType) {
    if (isChecking())
        return;
    location_ = location;
    mediaTypeKnown_ = mediaType.has_value();
    mediaType_ = mediaType.value_or(MediaType::Other);
    arrivedLabel_.clear();
    failure_.clear();
    auditError_.clear();
    state_ = State::Checking;
    clearReport();
    updateStatus();
    progress_->setRange(0, 0);
    progress_->setVisible(true);
    folderButton_->setEnabled(false);
    fileButton_->setEnabled(false);
    driveButton_->setEnabled(false);
    printButton_->setEnabled(false);
    pdfButton_->setEnabled(false);
    cancelButton_->setEnabled(true);

    startCheck(true);
}

// First the quick look (directory, listing, one object per patient: under a second even for a
// large disc), then every file; the full result replaces the quick one.
void CheckWorkspace::startCheck(bool quick) {
    MediumChecker::Options options;
    options.quick = quick;
    options.settings = context_.station.settings().checkSettings();
    runner_->start(
        context_.station.database(), QString(),
        [location = location_, options](const JobProgress& progress) mutable {
            options.progress = progress;
            return MediumChecker::check(location, options);
        },
        [this, quick](Result<CheckedMedium> outcome) {
            if (quick)
                showQuickLook(std::move(outcome));
            else
                showOutcome(std::move(outcome));
        });
}

void CheckWorkspace::showQuickLook(Result<CheckedMedium> outcome) {
    // Nothing to add by reading every file: a cancel, a medium that cannot be opened, or a quick
    // check that read every file anyway (no usable directory).
    if (runner_->cancelRequested() || !outcome || !outcome->report.inventory.quick) {
        showOutcome(std::move(outcome));
        return;
    }
    report_ = outcome->report;
    hasReport_ = true;
    quickLook_ = true;
    showReport();
    updateStatus();
    startCheck(false);
    Q_EMIT quickLookShown();
}

void CheckWorkspace::showProgress(qint64 done, qint64 total) {
    if (total <= 0)
        return;
    JobRunner::show(progress_, done, total);
    progress_->setFormat(tr("%1 of %2 files").arg(done).arg(total));
}

void CheckWorkspace::cancel() {
    if (!isChecking())
        return;
    runner_->cancel();
    state_ = State::Cancelling;
    updateStatus();
}

void CheckWorkspace::showOutcome(Result<CheckedMedium> outcome) {
    progress_->setVisible(false);
    folderButton_->setEnabled(true);
    fileButton_->setEnabled(true);
    driveButton_->setEnabled(driveList_->currentRow() >= 0);
    cancelButton_->setEnabled(false);
    if (runner_->cancelRequested()) {
        state_ = State::Cancelled;
    } else if (!outcome) {
        // A failure of the full check takes the quick look away with it: it must not look like
        // the result.
        state_ = State::Failed;
        failure_ = outcome.error().message;
        clearReport();
    } else {
        report_ = outcome->report;
        hasReport_ = true;
        quickLook_ = false;
        checkedAt_ = QDateTime::currentDateTime();
        state_ = State::Done;
        const MediaType type = mediaTypeKnown_ ? mediaType_ : CheckAudit::guessMediaType(report_);
        const Result<AuditRecord> recorded =
            CheckAudit::record(context_.station.audit(), context_.session, report_, type);
        if (!recorded)
            auditError_ = recorded.error().message;
        printButton_->setEnabled(true);
        pdfButton_->setEnabled(true);
        showReport();
    }
    updateStatus();
    Q_EMIT checkFinished();
}

void CheckWorkspace::showReport() {
    const CheckReport& r = report_;
    // Rebuilt from the report, also after a language change.
    contents_->clear();
    findings_->clear();
    summary_->showReport(r);

    for (const PatientContents& p : r.contents.patients) {
        for (const StudyContents& st : p.studies) {
            int images = 0;
            for (const SeriesContents& se : st.series)
                images += se.frames;
            auto* study = new QTreeWidgetItem(
                contents_,
                {st.description.isEmpty() ? tr("(no description)") : st.description,
                 DisplayText::date(st.date), st.modalities.join(QLatin1Char('/')),
                 QString::number(images),
                 r.contents.patients.size() > 1 ? tr("patient %1").arg(p.id) : QString()});
            for (const SeriesContents& se : st.series) {
                QStringList notes;
                if (se.aiDerived)
                    notes << tr("AI-derived");
                if (se.lossy)
                    notes << tr("lossy");
                new QTreeWidgetItem(study, {tr("Series %1  %2").arg(se.number, se.description),
                                            QString(), se.modality, QString::number(se.frames),
                                            notes.join(QLatin1String(", "))});
            }
            study->setExpanded(st.series.size() <= 20);
        }
    }
    contents_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < contents_->columnCount(); ++c)
        contents_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    findings_->setFindings(r.findings);
}

Result<void> CheckWorkspace::saveReportPdf(const QString& path) const {
    if (!hasReport_)
        return Error::invalid(tr("Check a medium first."));
    return CheckReportDocument::savePdf(
        report_, {context_.session.displayName(), context_.session.station(), checkedAt_}, path);
}

void CheckWorkspace::chooseReportPdf() {
    if (!hasReport_)
        return;
    QPointer<CheckWorkspace> self(this);
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/check-%1.pdf").arg(checkedAt_.toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!self || path.isEmpty())
        return;
    exportReportPdf(path);
}

void CheckWorkspace::exportReportPdf(const QString& path) {
    const Result<void> saved = saveReportPdf(path);
    exportNote_->setText(saved ? tr("Saved as %1.").arg(QFileInfo(path).fileName())
                               : saved.error().message);
    exportNote_->setToolTip(saved ? QDir::toNativeSeparators(path) : saved.error().message);
    exportNote_->setStyleSheet(saved ? QStringLiteral("color:#1b5e20;")
                                     : QStringLiteral("color:#b71c1c;font-weight:bold;"));
}

QString CheckWorkspace::exportNote() const {
    return exportNote_->text();
}

void CheckWorkspace::printReport() {
    if (!hasReport_)
        return;
    // On the heap and opened without a nested event loop: sign-out may close this workspace
    // while the dialog is open.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        const Result<void> printed = CheckReportDocument::print(
            report_, {context_.session.displayName(), context_.session.station(), checkedAt_},
            *printer);
        if (!printed) {
            exportNote_->setText(printed.error().message);
            exportNote_->setStyleSheet(QStringLiteral("color:#b71c1c;font-weight:bold;"));
        }
    });
    dialog->open();
}

} // namespace pdi
