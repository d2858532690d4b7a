#include "ImportWorkspace.h"

#include "JobRunner.h"

#include "BackgroundTask.h"
#include "FindingList.h"
#include "FocusOrder.h"
#include "ImportConfirmation.h"
#include "ImportContentTree.h"
#include "ImportResultView.h"
#include "LeftOutList.h"
#include "LocalIdentityForm.h"
#include "MediumSummary.h"
#include "ReconciliationTable.h"
#include "ScrollingColumn.h"
#include "archive/LocalArchive.h"
#include "destination/DestinationChoice.h"
#include "node/NodeStore.h"
#include "reconcile/ReconcileSources.h"
#include "report/DisplayText.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace pdi {

namespace {

// A value the person gave, even when empty: a null string in a request means "not given".
QString given(const QString& value) {
    return value.isNull() ? QString::fromLatin1("", 0) : value;
}

QString describeOutside(const PatientContents& p) {
    return ImportWorkspace::tr("%1   ID %2   born %3")
        .arg(ReconciliationTable::describeName(p.name).replace(QLatin1Char('\n'),
                                                               QLatin1String("   ")),
             p.issuer.isEmpty() ? p.id
                                : ImportWorkspace::tr("%1 (issued by %2)").arg(p.id, p.issuer),
             DisplayText::date(p.birthDate));
}

QGroupBox* box(QWidget* parent, QWidget* content) {
    auto* b = new QGroupBox(parent);
    auto* layout = new QVBoxLayout(b);
    layout->addWidget(content);
    return b;
}

struct Lookup {
    QVector<KnownPatient> known;
    QStringList problems;
    QString error; // the lookup could not run
};

} // namespace

ImportWorkspace::ImportWorkspace(const WorkspaceContext& context, DriveWatcher* drives,
                                 QWidget* parent)
    : QWidget(parent)
    , context_(context)
    , drives_(drives) {
    setObjectName(QStringLiteral("importWorkspace"));
    setAcceptDrops(true);

    folderButton_ = new QPushButton(this);
    folderButton_->setObjectName(QStringLiteral("openFolder"));
    fileButton_ = new QPushButton(this);
    fileButton_->setObjectName(QStringLiteral("openFile"));
    driveBox_ = new QComboBox(this);
    driveBox_->setObjectName(QStringLiteral("drives"));
    driveBox_->setMinimumContentsLength(18);
    driveButton_ = new QPushButton(this);
    driveButton_->setObjectName(QStringLiteral("openDrive"));
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancelImport"));
    cancelButton_->setVisible(false);
    progressBar_ = new QProgressBar(this);
    progressBar_->setObjectName(QStringLiteral("importProgress"));
    progressBar_->setVisible(false);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    offer_ = new QFrame(this);
    offer_->setObjectName(QStringLiteral("mediumOffer"));
    offer_->setStyleSheet(QStringLiteral("#mediumOffer{background:#e3f2fd;border:1px solid #90caf9;"
                                         "border-radius:4px;}"));
    offerText_ = new QLabel(offer_);
    offerText_->setWordWrap(true);
    offerOpen_ = new QPushButton(offer_);
    offerOpen_->setObjectName(QStringLiteral("openOffered"));
    offerDismiss_ = new QPushButton(offer_);
    auto* offerLayout = new QHBoxLayout(offer_);
    offerLayout->addWidget(offerText_, 1);
    offerLayout->addWidget(offerOpen_);
    offerLayout->addWidget(offerDismiss_);
    offer_->setVisible(false);

    unfinishedBar_ = new QFrame(this);
    unfinishedBar_->setObjectName(QStringLiteral("unfinishedImports"));
    unfinishedBar_->setStyleSheet(QStringLiteral(
        "#unfinishedImports{background:#fff8e1;border:1px solid #ffca28;border-radius:4px;}"));
    unfinishedLayout_ = new QVBoxLayout(unfinishedBar_);
    unfinishedBar_->setVisible(false);

    // 1 The medium
    summary_ = new MediumSummary(this);
    // A narrow column: the badges wrap, and their sentences are in the tooltips and findings.
    summary_->setBadgesPerRow(2);
    summary_->setExplanationsShown(false);
    summary_->setEveryPatientListed(false);
    security_ = new QLabel(this);
    security_->setObjectName(QStringLiteral("securityWarning"));
    security_->setWordWrap(true);
    security_->setStyleSheet(QStringLiteral(
        "background:#ffebee;color:#b71c1c;font-weight:bold;padding:6px;border-radius:4px;"));
    security_->setVisible(false);
    patientsTitle_ = new QLabel(this);
    patients_ = new QListWidget(this);
    patients_->setObjectName(QStringLiteral("outsidePatients"));
    patients_->setWordWrap(true);
    patients_->setMaximumHeight(110);
    patientsTitle_->setVisible(false);
    patients_->setVisible(false);
    findingsTitle_ = new QLabel(this);
    findings_ = new FindingList(this);
    auto* mediumPane = new QWidget(this);
    findings_->setMinimumHeight(150);
    auto* mediumLayout = new QVBoxLayout(mediumPane);
    mediumLayout->setContentsMargins(0, 0, 0, 0);
    mediumLayout->addWidget(summary_);
    mediumLayout->addWidget(security_);
    mediumLayout->addWidget(patientsTitle_);
    mediumLayout->addWidget(patients_);
    mediumLayout->addWidget(findingsTitle_);
    mediumLayout->addWidget(findings_, 1);
    // The medium's summary, its warnings and the findings can be long: the pane scrolls rather
    // than cut them off.
    mediumBox_ = box(this, scrollingColumn(this, mediumPane));

    // 2 The local patient
    table_ = new ReconciliationTable(this);
    identity_ = new LocalIdentityForm(this);
    auto* localPane = new QWidget(this);
    auto* localLayout = new QVBoxLayout(localPane);
    localLayout->setContentsMargins(0, 0, 0, 0);
    localLayout->addWidget(table_, 1);
    localLayout->addWidget(identity_);
    // The candidates and the local identity form (with the demographics of a new patient) are
    // taller than a 1280x720 screen leaves: the pane scrolls rather than squeeze them.
    localBox_ = box(this, scrollingColumn(this, localPane));

    // 3 What to import
    content_ = new ImportContentTree(this);
    leftOutTitle_ = new QLabel(this);
    leftOut_ = new LeftOutList(this);
    auto* contentPane = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(contentPane);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(content_, 3);
    contentLayout->addWidget(leftOutTitle_);
    contentLayout->addWidget(leftOut_, 2);
    contentBox_ = box(this, contentPane);

    result_ = new ImportResultView(this);

    nextStep_ = new QLabel(this);
    nextStep_->setObjectName(QStringLiteral("nextStep"));
    nextStep_->setWordWrap(true);
    destinationLabel_ = new QLabel(this);
    destination_ = new QComboBox(this);
    destination_->setObjectName(QStringLiteral("destination"));
    destinationLabel_->setBuddy(destination_);
    importButton_ = new QPushButton(this);
    importButton_->setObjectName(QStringLiteral("prepareImport"));
    importButton_->setMinimumHeight(36);
    importButton_->setMinimumWidth(160);
    QFont bold = importButton_->font();
    bold.setBold(true);
    importButton_->setFont(bold);

    auto* top = new QHBoxLayout;
    top->addWidget(folderButton_);
    top->addWidget(fileButton_);
    top->addSpacing(12);
    top->addWidget(driveBox_);
    top->addWidget(driveButton_);
    top->addSpacing(12);
    top->addWidget(progressBar_, 1);
    top->addWidget(cancelButton_);
    top->addStretch();

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(mediumBox_);
    body->addWidget(localBox_);
    body->addWidget(contentBox_);
    body->setStretchFactor(1, 1);
    // The local patient is the work of this page: its column gets the most room.
    body->setSizes({270, 590, 400});
    body->setChildrenCollapsible(false);
    vertical_ = new QSplitter(Qt::Vertical, this);
    QSplitter* vertical = vertical_;
    vertical->addWidget(body);
    vertical->addWidget(result_);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(nextStep_, 1);
    bottom->addWidget(destinationLabel_);
    bottom->addWidget(destination_);
    bottom->addWidget(importButton_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(status_);
    layout->addWidget(offer_);
    layout->addWidget(unfinishedBar_);
    layout->addWidget(vertical, 1);
    layout->addLayout(bottom);

    connect(folderButton_, &QPushButton::clicked, this, &ImportWorkspace::chooseFolder);
    connect(fileButton_, &QPushButton::clicked, this, &ImportWorkspace::chooseFile);
    connect(driveButton_, &QPushButton::clicked, this, [this] {
        const QString path = driveBox_->currentData().toString();
        if (!path.isEmpty())
            openMedium(path);
    });
    connect(cancelButton_, &QPushButton::clicked, this, &ImportWorkspace::cancel);
    connect(offerOpen_, &QPushButton::clicked, this, [this] {
        offer_->setVisible(false);
        openMedium(offered_.path);
    });
    connect(offerDismiss_, &QPushButton::clicked, offer_, &QWidget::hide);
    connect(patients_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != patientIndex_)
            choosePatient(row);
    });
    connect(table_, &ReconciliationTable::candidateChosen, this,
            [this] { identity_->setCandidate(table_->chosen()); });
    connect(identity_, &LocalIdentityForm::changed, this, &ImportWorkspace::choiceChanged);
    connect(identity_, &LocalIdentityForm::lookupRequested, this, &ImportWorkspace::lookUp);
    connect(content_, &ImportContentTree::choiceChanged, this, [this] {
        imported_ = false;
        updateSelection();
    });
    connect(destination_, &QComboBox::currentIndexChanged, this, &ImportWorkspace::choiceChanged);
    connect(destination_, &QComboBox::activated, this, [this] { destinationChosen_ = true; });
    connect(importButton_, &QPushButton::clicked, this, &ImportWorkspace::requestImport);
    connect(result_, &ImportResultView::resumeRequested, this, &ImportWorkspace::resume);
    runner_ = new JobRunner(this);
    connect(runner_, &JobRunner::stepChanged, this, &ImportWorkspace::showStep);
    connect(runner_, &JobRunner::progressed, this, &ImportWorkspace::showProgress);
    if (drives_) {
        connect(drives_, &DriveWatcher::drivesChanged, this, &ImportWorkspace::showDrives);
        connect(drives_, &DriveWatcher::driveArrived, this, &ImportWorkspace::driveArrived);
    }
    fillDestinations();
    retranslate();
    showDrives();
    FocusOrder::followLayout(this);
}

ImportWorkspace::~ImportWorkspace() {
    // The worker threads post to this object: they end before it does. An import cut short
    // by the window closing stays incomplete in the job record, to be resumed.
    if (lookupCancel_)
        *lookupCancel_ = true;
    delete runner_;
    delete lookupTask_;
}

bool ImportWorkspace::isBusy() const {
    return runner_->isRunning();
}

void ImportWorkspace::retranslate() {
    folderButton_->setText(tr("Open folder or drive..."));
    fileButton_->setText(tr("Open disc image or ZIP..."));
    driveButton_->setText(tr("Open drive"));
    cancelButton_->setText(tr("Cancel"));
    offerOpen_->setText(tr("Open for import"));
    offerDismiss_->setText(tr("Dismiss"));
    offerText_->setText(tr("A medium was inserted: %1. Open it for import?")
                            .arg(offered_.label.isEmpty() ? offered_.device : offered_.label));
    mediumBox_->setTitle(tr("1  Outside medium"));
    localBox_->setTitle(tr("2  Local patient"));
    contentBox_->setTitle(tr("3  What to import"));
    security_->setText(tr("This medium carries programs or an autorun file. Nothing on it is run; "
                          "they are not imported, and the import is recorded as a security "
                          "alert."));
    patientsTitle_->setText(tr("Patients on the medium (one import each):"));
    findingsTitle_->setText(tr("Findings"));
    leftOutTitle_->setText(tr("Not imported, and why:"));
    destinationLabel_->setText(tr("&Send to:"));
    importButton_->setText(tr("Import..."));
    fillDestinations();
    showDrives();
    showPatients();
    showUnfinished();
    updateStatus();
    updateNextStep();
}

void ImportWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportWorkspace::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isBusy() && !urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void ImportWorkspace::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (isBusy() || urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openMedium(urls.constFirst().toLocalFile());
}

void ImportWorkspace::chooseFolder() {
    QPointer<ImportWorkspace> self(this);
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open the medium's folder"));
    // The window may have closed meanwhile (idle sign-out rejects open dialogs).
    if (self && !dir.isEmpty())
        openMedium(dir);
}

void ImportWorkspace::chooseFile() {
    QPointer<ImportWorkspace> self(this);
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open disc image or ZIP"), QString(),
        tr("Disc images and archives (*.iso *.img *.zip);;All files (*)"));
    if (self && !file.isEmpty())
        openMedium(file);
}

void ImportWorkspace::showDrives() {
    const QString current = driveBox_->currentData().toString();
    driveBox_->clear();
    if (drives_) {
        for (const Drive& d : drives_->drives()) {
            const QString name = d.label.isEmpty() ? d.device : d.label;
            driveBox_->addItem(d.optical ? tr("%1 (disc)").arg(name) : tr("%1 (USB)").arg(name),
                               d.path);
        }
    }
    if (driveBox_->count() == 0)
        driveBox_->addItem(tr("(no medium inserted)"), QString());
    driveBox_->setCurrentIndex(qMax(0, driveBox_->findData(current)));
    driveButton_->setEnabled(!isBusy() && !driveBox_->currentData().toString().isEmpty());
}

void ImportWorkspace::driveArrived(const Drive& drive) {
    if (importing_)
        return;
    offered_ = drive;
    offerText_->setText(tr("A medium was inserted: %1. Open it for import?")
                            .arg(drive.label.isEmpty() ? drive.device : drive.label));
    offer_->setVisible(true);
}

// Opening

void ImportWorkspace::openMedium(const QString& location) {
    if (isBusy())
        return;
    offer_->setVisible(false);
    location_ = location;
    state_ = State::Opening;
    failure_.clear();
    medium_.reset();
    reconciliations_.clear();
    unfinished_.clear();
    patientIndex_ = -1;
    contentFor_ = -1;
    imported_ = false;
    plan_.reset();
    outcome_.reset();
    lastRequest_.reset();
    summary_->clear();
    findings_->clear();
    table_->clear();
    identity_->reset();
    content_->clear();
    leftOut_->clear();
    result_->clear();
    security_->setVisible(false);
    showPatients();
    showUnfinished();
    updateStatus();

    const CheckSettings settings = context_.station.settings().checkSettings();
    startProgress(tr("reading the medium"));
    runner_->start(
        context_.station.database(), tr("reading the medium"),
        [location, settings](const JobProgress& report) {
            return ImportMedium::open(location, settings, report);
        },
        [this](Result<ImportMedium> medium) { mediumRead(std::move(medium)); });
    updateNextStep();
}

void ImportWorkspace::mediumRead(Result<ImportMedium> medium) {
    const bool cancelled = runner_->cancelRequested();
    stopProgress();
    if (cancelled) {
        state_ = State::Cancelled;
    } else if (!medium) {
        state_ = State::Failed;
        failure_ = medium.error().message;
    } else {
        state_ = State::Opened;
        medium_ = std::move(*medium);
        const CheckReport& report = medium_->report();
        findings_->setFindings(report.findings);
        security_->setVisible(report.flags[MediumFlags::Autorun] ||
                              report.flags[MediumFlags::Executables] ||
                              !medium_->hazardousFiles().isEmpty());
        patientIndex_ = report.contents.patients.isEmpty() ? -1 : 0;
        showPatients();
        showPatient();
    }
    updateStatus();
    updateNextStep();
    Q_EMIT mediumOpened();
    if (medium_ && patientIndex_ >= 0)
        startReconcile();
}

// Reconciliation

void ImportWorkspace::startReconcile() {
    reconciling_ = true;
    startProgress(tr("looking for local candidates"));
    const Station station = context_.station;
    const Session session = context_.session;
    const ImportMedium medium = *medium_;
    runner_->start(
        station.database(), tr("looking for local candidates"),
        [station, session, medium](const JobProgress& report) {
            Reconciled out;
            const LocalArchive archive(station);
            Result<PatientReconciler::Options> options =
                ReconcileSources::options(station, &archive);
            if (!options) {
                out.error = options.error().message;
                return out;
            }
            options->progress = report.report;
            options->cancel = report.cancel;
            out.patients = PatientReconciler(*options).reconcile(medium.report());
            Result<QVector<UnfinishedImport>> unfinished =
                ImportJob(station, session).unfinished(medium);
            if (unfinished)
                out.unfinished = *unfinished;
            else
                out.error = unfinished.error().message;
            return out;
        },
        [this](Reconciled result) { reconcileDone(std::move(result)); });
    showPatient();
    updateNextStep();
}

void ImportWorkspace::reconcileDone(Reconciled result) {
    const bool cancelled = runner_->cancelRequested();
    reconciling_ = false;
    stopProgress();
    reconciliations_ = std::move(result.patients);
    if (cancelled) {
        for (PatientReconciliation& r : reconciliations_)
            r.problems.prepend(tr("The search was cancelled; the list may be incomplete."));
    }
    if (!result.error.isEmpty()) {
        for (PatientReconciliation& r : reconciliations_)
            r.problems << result.error;
    }
    unfinished_ = std::move(result.unfinished);
    showUnfinished();
    showPatient();
    updateNextStep();
    Q_EMIT reconciled();
}

// The outside patient

void ImportWorkspace::showPatients() {
    const int count = medium_ ? int(medium_->report().contents.patients.size()) : 0;
    patients_->blockSignals(true);
    patients_->clear();
    for (int i = 0; i < count; ++i) {
        const PatientContents& p = medium_->report().contents.patients.at(i);
        const QString note = i == patientIndex_ ? tr("importing now") : tr("import separately");
        auto* item = new QListWidgetItem(tr("%1\n   %2").arg(describeOutside(p), note), patients_);
        if (i == patientIndex_) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        } else {
            item->setForeground(QColor(0x61, 0x61, 0x61));
        }
    }
    patients_->setCurrentRow(patientIndex_);
    patients_->blockSignals(false);
    patientsTitle_->setVisible(count > 1);
    patients_->setVisible(count > 1);
}

bool ImportWorkspace::choosePatient(int index) {
    if (!medium_ || importing_ || index < 0 || index >= medium_->report().contents.patients.size())
        return false;
    if (index == patientIndex_)
        return true;
    patientIndex_ = index;
    imported_ = false;
    // Another person: nothing chosen for the previous one carries over.
    identity_->reset();
    result_->clear();
    showPatients();
    showPatient();
    updateNextStep();
    return true;
}

void ImportWorkspace::showPatient() {
    if (!medium_ || patientIndex_ < 0) {
        contentFor_ = -1;
        content_->clear();
        leftOut_->clear();
        table_->clear();
        return;
    }
    const PatientContents& p = medium_->report().contents.patients.at(patientIndex_);
    summary_->showReport(medium_->report(), patientIndex_);
    // The ticks stay while the same patient is shown (the candidates arrive later).
    if (contentFor_ != patientIndex_) {
        contentFor_ = patientIndex_;
        content_->setPatient(p);
    }
    const PatientDemographics outside{p.id, p.issuer, p.name, p.birthDate, p.sex};
    if (patientIndex_ < reconciliations_.size())
        table_->setReconciliation(reconciliations_.at(patientIndex_));
    else if (reconciling_)
        table_->setSearching(outside, currentStep());
    else
        table_->clear();
    identity_->setOutside(outside);
    identity_->setCandidate(table_->chosen());
    updateSelection();
}

void ImportWorkspace::updateSelection() {
    if (!medium_ || patientIndex_ < 0) {
        planned_ = 0;
        leftOut_->clear();
        updateNextStep();
        return;
    }
    const QStringList series = content_->allChosen() ? QStringList() : content_->chosenSeries();
    const ImportSelection selection = ImportJob::select(*medium_, patientIndex_, {}, series);
    planned_ = content_->noneChosen() ? 0 : selection.instances.size();
    leftOut_->setFiles(selection.leftOut);
    updateNextStep();
}

// Where the job ran last, when stations share the database: it may continue here with the same
// medium in this station's drive.
QString ImportWorkspace::stationOf(const UnfinishedImport& u) const {
    if (!context_.station.database().location().isShared())
        return QString();
    if (!u.elsewhere)
        return QLatin1Char(' ') + tr("It ran at this station (%1).").arg(u.station);
    return QLatin1Char(' ') +
           tr("It ran at station %1; resuming here continues it with the medium in this "
              "station's drive.")
               .arg(u.station.isEmpty() ? tr("another station") : u.station);
}

void ImportWorkspace::showUnfinished() {
    while (QLayoutItem* item = unfinishedLayout_->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    for (const UnfinishedImport& u : std::as_const(unfinished_)) {
        const QString local =
            u.request.keepIds
                ? tr("outside IDs kept")
                : tr("%1 %2").arg(u.request.localPatientId,
                                  ReconciliationTable::describeName(u.localName)
                                      .replace(QLatin1Char('\n'), QLatin1String("   ")));
        auto* text = new QLabel(
            tr("Unfinished import of this medium (job %1, %2 by %3): %4 to %5, %6 of %7 "
               "object(s) sent. %8")
                    .arg(u.jobId)
                    .arg(u.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         u.updatedBy, local, DicomNode::readableName(u.request.destination))
                    .arg(u.sent)
                    .arg(u.planned)
                    .arg(u.message) +
                stationOf(u),
            unfinishedBar_);
        text->setWordWrap(true);
        auto* button = new QPushButton(tr("Resume"), unfinishedBar_);
        button->setObjectName(QStringLiteral("resumeJob"));
        button->setEnabled(!isBusy());
        const qint64 job = u.jobId;
        connect(button, &QPushButton::clicked, this, [this, job] { resumeUnfinished(job); });
        auto* row = new QHBoxLayout;
        row->addWidget(text, 1);
        row->addWidget(button);
        unfinishedLayout_->addLayout(row);
    }
    unfinishedBar_->setVisible(!unfinished_.isEmpty());
}

// Lookup of a typed local ID

void ImportWorkspace::lookUp(const QString& localId, const QString& issuer) {
    if (lookupTask_)
        return;
    identity_->setLookupRunning();
    const Station station = context_.station;
    lookupCancel_ = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = lookupCancel_;
    lookupTask_ = BackgroundTask::run(
        this, station.database(),
        [station, localId, issuer, cancel] {
            Lookup out;
            const LocalArchive archive(station);
            Result<PatientReconciler::Options> options =
                ReconcileSources::options(station, &archive);
            if (!options) {
                out.problems << options.error().message;
                return out;
            }
            options->cancel = cancel.get();
            out.known = PatientReconciler(*options).lookup(localId, issuer, &out.problems);
            return out;
        },
        [this, localId, issuer](Lookup found) {
            lookupTask_ = nullptr;
            if (!found.error.isEmpty())
                found.problems << found.error;
            identity_->setLookupResult(localId, issuer, found.known, found.problems);
            updateNextStep();
        });
}

// Destination

void ImportWorkspace::fillDestinations() {
    const QString current = destination_->currentData().toString();
    destination_->blockSignals(true);
    destination_->clear();
    QString preferred;
    if (Result<DestinationChoice> choice =
            DestinationChoice::read(NodeStore(context_.station.database()), unanswered_)) {
        for (const DicomNode& n : choice->nodes())
            destination_->addItem(
                n.isLocal() ? tr("local archive (this station)")
                            : tr("%1 (%2 at %3:%4)").arg(n.name, n.aeTitle, n.host).arg(n.port),
                n.name);
        preferred = choice->preferred();
    }
    // The person's choice stays; otherwise the default follows the nodes.
    const int keep = destinationChosen_ ? destination_->findData(current) : -1;
    const int fallback = destination_->findData(preferred);
    destination_->setCurrentIndex(keep >= 0 ? keep : qMax(0, fallback));
    destination_->blockSignals(false);
}

QString ImportWorkspace::destination() const {
    return destination_->currentData().toString();
}

bool ImportWorkspace::setDestination(const QString& node) {
    const int i = destination_->findData(node);
    if (i < 0)
        return false;
    destinationChosen_ = true;
    destination_->setCurrentIndex(i);
    return true;
}

void ImportWorkspace::setEchoResult(const QString& node, bool answered) {
    if (answered)
        unanswered_.remove(node);
    else
        unanswered_.insert(node);
    refresh();
}

void ImportWorkspace::refresh() {
    if (importing_)
        return;
    fillDestinations();
    updateNextStep();
}

// What to do next

void ImportWorkspace::choiceChanged() {
    // Another choice is another import: what was just imported no longer describes it.
    imported_ = false;
    updateNextStep();
}

ImportRequest ImportWorkspace::currentRequest(QString* problem) const {
    ImportRequest r;
    r.medium = location_;
    r.destination = destination();
    if (medium_ && patientIndex_ >= 0) {
        const PatientContents& p = medium_->report().contents.patients.at(patientIndex_);
        r.outsidePatientId = given(p.id);
        r.outsideIssuer = given(p.issuer);
    }
    if (!content_->allChosen())
        r.series = content_->chosenSeries();
    const QString missing = identity_->applyTo(r);
    if (problem)
        *problem = missing;
    return r;
}

bool ImportWorkspace::canPrepare() const {
    if (!medium_ || patientIndex_ < 0 || isBusy() || planned_ <= 0 || destination().isEmpty())
        return false;
    QString problem;
    currentRequest(&problem);
    return problem.isEmpty();
}

QString ImportWorkspace::nextStep() const {
    return nextStep_->text();
}

void ImportWorkspace::updateNextStep() {
    QString text;
    bool problem = false;
    bool ready = false;
    QString missing;
    currentRequest(&missing);
    if (importing_) {
        text = tr("Sending ...");
    } else if (imported_) {
        text = medium_ && medium_->report().contents.patients.size() > 1
                   ? tr("Imported: the result is below. Choose the next patient of this medium, "
                        "or open the next medium.")
                   : tr("Imported: the result is below. Open the next medium.");
        ready = true;
    } else if (state_ == State::Opening) {
        text = tr("Reading the medium ...");
    } else if (!medium_) {
        text = tr("Open the outside medium: insert it, drop it here, or use the buttons above.");
    } else if (patientIndex_ < 0) {
        text = tr("The medium holds no DICOM objects to import.");
        problem = true;
    } else if (reconciling_ && identity_->mode() == LocalIdentityForm::Mode::None) {
        text = tr("Looking for the local patient ...");
    } else if (!missing.isEmpty()) {
        text = tr("%1 (2)", "what is missing, the step's number").arg(missing);
        problem = identity_->mode() != LocalIdentityForm::Mode::None;
    } else if (const QVector<IdentityDifference> differs = identity_->contradictions();
               !differs.isEmpty()) {
        // Never "ready": the import is refused unless the person confirms the difference.
        text = tr("The chosen local patient contradicts the medium: %1. Choose the right local "
                  "patient; if they are the same person all the same, Import... asks you to "
                  "confirm the difference with a reason.")
                   .arg(IdentityDifference::sentences(differs).join(QLatin1String("; ")));
        problem = true;
    } else if (content_->noneChosen() || planned_ <= 0) {
        text = tr("Nothing to import with these ticks. Tick the studies and series to import (3).");
        problem = true;
    } else {
        text = tr("Ready: %n object(s) to %1. Import... shows everything once more before "
                  "sending.",
                  nullptr, planned_)
                   .arg(destination_->currentText());
        ready = true;
    }
    nextStep_->setText(text);
    nextStep_->setStyleSheet(problem ? QStringLiteral("color:#b71c1c;font-weight:bold;padding:4px;")
                             : ready ? QStringLiteral("color:#1b5e20;font-weight:bold;padding:4px;")
                                     : QStringLiteral("padding:4px;"));
    importButton_->setEnabled(canPrepare());
    const bool busy = isBusy();
    folderButton_->setEnabled(!busy);
    fileButton_->setEnabled(!busy);
    driveButton_->setEnabled(!busy && !driveBox_->currentData().toString().isEmpty());
    for (QPushButton* b : unfinishedBar_->findChildren<QPushButton*>())
        b->setEnabled(!busy);
}

QString ImportWorkspace::statusText() const {
    return status_->text();
}

void ImportWorkspace::updateStatus() {
    QString text;
    bool problem = false;
    switch (state_) {
    case State::Idle:
        text =
            tr("Insert the outside disc or USB stick, or open a folder, disc image or ZIP file.");
        break;
    case State::Opening:
        text = tr("Reading %1 ...").arg(location_);
        break;
    case State::Cancelled:
        text = tr("Reading the medium was cancelled; nothing was imported.");
        break;
    case State::Failed:
        text = failure_;
        problem = true;
        break;
    case State::Opened: {
        const CheckReport& r = medium_->report();
        const QString what =
            tr("Medium %1: %2, %3.", "identifier, patients, objects")
                .arg(medium_->identifier,
                     tr("%n patient(s)", nullptr, int(r.contents.patients.size())),
                     tr("%n DICOM object(s)", nullptr, int(r.contents.instances.size())));
        text = r.conformant() ? tr("%1 Conformant PDI medium.", "medium, verdict").arg(what)
                              : tr("%1 Not a conformant PDI medium: %2 errors, %3 warnings.",
                                   "medium, verdict")
                                    .arg(what)
                                    .arg(r.count(Severity::Error))
                                    .arg(r.count(Severity::Warning));
        break;
    }
    }
    status_->setText(text);
    status_->setStyleSheet(problem ? QStringLiteral("color:#b71c1c;font-weight:bold;") : QString());
}

// Prepare, confirm, send

ImportConfirmation* ImportWorkspace::confirmation() const {
    return confirmation_;
}

void ImportWorkspace::requestImport() {
    if (!canPrepare())
        return;
    const ImportRequest request = currentRequest();
    result_->clear();
    startProgress(tr("checking the import"));
    const Station station = context_.station;
    const Session session = context_.session;
    const ImportMedium medium = *medium_;
    runner_->start(
        station.database(), tr("checking the import"),
        [station, session, medium, request](const JobProgress& report) {
            return ImportJob(station, session).prepare(request, medium, report);
        },
        [this](Result<ImportPlan> plan) { prepareDone(std::move(plan)); });
    setInputsEnabled(false);
    updateNextStep();
}

void ImportWorkspace::prepareDone(Result<ImportPlan> plan) {
    const bool cancelled = runner_->cancelRequested();
    stopProgress();
    setInputsEnabled(true);
    if (cancelled) {
        updateNextStep();
        Q_EMIT prepared();
        return;
    }
    if (!plan) {
        // Refusals are on the record already; the person reads why and changes the choice.
        result_->showFailure(plan.error().message);
        showResult();
        updateNextStep();
        Q_EMIT prepared();
        return;
    }
    plan_ = std::move(*plan);
    auto* dialog =
        new ImportConfirmation(*plan_, IdentityGuard(context_.station, context_.session), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    confirmation_ = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, confirmed = *plan_]() mutable {
        // The person's answer to a contradiction goes with the request: the job records it.
        confirmed.request.differenceReason = dialog->differenceReason();
        confirmed.request.differenceApprover = dialog->approver();
        startSend(confirmed);
    });
    // Not exec(): the idle sign-out may close this workspace while the dialog is open.
    dialog->open();
    updateNextStep();
    Q_EMIT prepared();
}

void ImportWorkspace::startSend(const ImportPlan& plan) {
    if (isBusy())
        return;
    launch([plan = ImportPlan(plan)](ImportJob& job, const JobProgress& report) mutable {
        return execute(job, std::move(plan), report);
    });
}

void ImportWorkspace::resume() {
    if (lastRequest_)
        startRun(*lastRequest_);
}

void ImportWorkspace::resumeUnfinished(qint64 jobId) {
    for (const UnfinishedImport& u : std::as_const(unfinished_)) {
        if (u.jobId == jobId) {
            startRun(u.request);
            return;
        }
    }
}

void ImportWorkspace::startRun(const ImportRequest& request) {
    if (isBusy() || !medium_)
        return;
    // The same request continues the same job: confirmed when it started, it is not asked again.
    launch([medium = *medium_, request](ImportJob& job, const JobProgress& report) {
        Result<ImportPlan> plan = job.prepare(request, medium, report);
        if (!plan) {
            Run run;
            run.error = plan.error().message;
            return run;
        }
        return execute(job, std::move(*plan), report);
    });
}

ImportWorkspace::Run ImportWorkspace::execute(ImportJob& job, ImportPlan plan,
                                              const JobProgress& report) {
    Run run;
    Result<ImportOutcome> outcome = job.execute(plan, report);
    run.plan = std::move(plan);
    if (outcome)
        run.outcome = *outcome;
    else
        run.error = outcome.error().message;
    return run;
}

void ImportWorkspace::launch(std::function<Run(ImportJob&, const JobProgress&)> work) {
    importing_ = true;
    outcome_.reset();
    result_->clear();
    setInputsEnabled(false);
    startProgress(tr("Starting ..."));
    const Station station = context_.station;
    const Session session = context_.session;
    runner_->start(
        station.database(), tr("Starting ..."),
        [station, session, work = std::move(work)](const JobProgress& report) mutable {
            ImportJob job(station, session);
            return work(job, report);
        },
        [this](Run run) { runDone(std::move(run)); });
    updateNextStep();
    Q_EMIT importingChanged(true);
}

void ImportWorkspace::runDone(Run run) {
    importing_ = false;
    stopProgress();
    setInputsEnabled(true);
    if (run.plan) {
        plan_ = run.plan;
        lastRequest_ = run.plan->request;
    }
    if (run.plan && run.outcome) {
        outcome_ = run.outcome;
        imported_ = outcome_->status == ImportOutcome::Status::Complete;
        result_->showOutcome(*plan_, *outcome_);
        // The job is shown in the result now, with its own Resume when it is still unfinished.
        const qint64 job = outcome_->jobId;
        unfinished_.erase(
            std::remove_if(unfinished_.begin(), unfinished_.end(),
                           [job](const UnfinishedImport& u) { return u.jobId == job; }),
            unfinished_.end());
        showUnfinished();
    } else {
        result_->showFailure(run.error);
    }
    showResult();
    updateNextStep();
    Q_EMIT importingChanged(false);
    Q_EMIT importFinished();
}

void ImportWorkspace::showResult() {
    // The result needs room for what was imported and what was left out.
    const QList<int> sizes = vertical_->sizes();
    if (sizes.size() == 2 && sizes.at(1) < 210) {
        const int total = sizes.at(0) + sizes.at(1);
        vertical_->setSizes({qMax(200, total - 220), 220});
    }
}

void ImportWorkspace::cancel() {
    if (isBusy()) {
        runner_->cancel();
        cancelButton_->setEnabled(false);
        progressBar_->setFormat(tr("Cancelling ..."));
    }
}

// Progress

void ImportWorkspace::startProgress(const QString& step) {
    progressBar_->setRange(0, 0);
    progressBar_->setFormat(step);
    progressBar_->setTextVisible(true);
    progressBar_->setVisible(true);
    cancelButton_->setVisible(true);
    cancelButton_->setEnabled(true);
}

void ImportWorkspace::stopProgress() {
    progressBar_->setVisible(false);
    cancelButton_->setVisible(false);
}

QString ImportWorkspace::currentStep() const {
    return isBusy() ? runner_->step() : QString();
}

void ImportWorkspace::showStep(const QString& step) {
    if (!isBusy())
        return;
    if (reconciling_ && medium_ && patientIndex_ >= 0 && patientIndex_ >= reconciliations_.size()) {
        const PatientContents& p = medium_->report().contents.patients.at(patientIndex_);
        table_->setSearching({p.id, p.issuer, p.name, p.birthDate, p.sex}, step);
    }
    showProgress(runner_->done(), runner_->total());
    Q_EMIT stepChanged(step);
}

void ImportWorkspace::showProgress(qint64 done, qint64 total) {
    if (!isBusy())
        return;
    const QString step = runner_->step();
    if (runner_->cancelRequested())
        progressBar_->setFormat(tr("Cancelling ..."));
    else if (total > 0)
        progressBar_->setFormat(tr("%1: %2 of %3").arg(step).arg(done).arg(total));
    else
        progressBar_->setFormat(step);
    JobRunner::show(progressBar_, done, total);
}

void ImportWorkspace::setInputsEnabled(bool enabled) {
    for (QWidget* w : std::initializer_list<QWidget*>{mediumBox_, localBox_, contentBox_,
                                                      destination_, unfinishedBar_})
        w->setEnabled(enabled);
}

} // namespace pdi
