#include "WriteWorkspace.h"

#include "JobRunner.h"

#include "BackgroundTask.h"
#include "ContentTree.h"
#include "FocusOrder.h"
#include "LabelPreview.h"
#include "MediaGauge.h"
#include "PatientChoice.h"
#include "ScrollingColumn.h"
#include "SourceList.h"
#include "TargetChooser.h"
#include "WriteConfirmation.h"
#include "WriteResultView.h"
#include "plan/ExportPlanner.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace pdi {

namespace {

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QGroupBox* box(QWidget* parent, QWidget* content) {
    auto* b = new QGroupBox(parent);
    auto* layout = new QVBoxLayout(b);
    layout->addWidget(content);
    return b;
}

} // namespace

WriteWorkspace::WriteWorkspace(const WorkspaceContext& context, DriveWatcher* drives,
                               QWidget* parent)
    : QWidget(parent)
    , context_(context)
    , drives_(drives) {
    setObjectName(QStringLiteral("writeWorkspace"));
    setAcceptDrops(true);

    sources_ = new SourceList(context_.station, context_.session, this);
    patients_ = new PatientChoice(this);
    content_ = new ContentTree(this);
    target_ = new TargetChooser(this);
    label_ = new LabelPreview(this);
    label_->setPrintingAllowed(context_.session.can(Permission::Label));
    result_ = new WriteResultView(this);
    result_->setLabelActionsAllowed(context_.session.can(Permission::Label));

    planMessage_ = new QLabel(this);
    planMessage_->setObjectName(QStringLiteral("planMessage"));
    planMessage_->setWordWrap(true);
    planMessage_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines kept whatever it says: a longer message does not push the content down.
    planMessage_->setMinimumHeight(planMessage_->fontMetrics().lineSpacing() * 2 + 8);
    planMessage_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    leftOutTitle_ = new QLabel(this);
    leftOut_ = new QListWidget(this);
    leftOut_->setObjectName(QStringLiteral("leftOut"));
    leftOut_->setWordWrap(true);
    leftOut_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    writeButton_ = new QPushButton(this);
    writeButton_->setObjectName(QStringLiteral("write"));
    writeButton_->setMinimumHeight(36);
    writeButton_->setMinimumWidth(180);
    QFont bold = writeButton_->font();
    bold.setBold(true);
    writeButton_->setFont(bold);
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancelWrite"));
    cancelButton_->setVisible(false);
    progressBar_ = new QProgressBar(this);
    progressBar_->setObjectName(QStringLiteral("writeProgress"));
    progressBar_->setVisible(false);
    stepLabel_ = new QLabel(this);
    stepLabel_->setObjectName(QStringLiteral("writeStep"));

    sourcesBox_ = box(this, sources_);
    // A long list (a whole day's exports) scrolls; two patients are seen whole (see
    // fitPatientList).
    patientScroll_ = scrollingColumn(this, patients_);
    patientBox_ = box(this, patientScroll_);
    fitPatientList();
    auto* contentPane = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(contentPane);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(content_, 4);
    contentLayout->addWidget(leftOutTitle_);
    contentLayout->addWidget(leftOut_, 1);
    leftOut_->setMaximumHeight(140);
    contentBox_ = box(this, contentPane);
    targetBox_ = box(this, target_);
    labelBox_ = box(this, label_);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sourcesBox_, 1);
    leftLayout->addWidget(patientBox_);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(planMessage_);
    // The outcome of a write goes where the eyes are, above the content it came from.
    middleLayout->addWidget(result_);
    middleLayout->addWidget(contentBox_, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(targetBox_);
    rightLayout->addWidget(labelBox_, 1);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(left);
    body->addWidget(middle);
    body->addWidget(scrollingColumn(this, right));
    body->setStretchFactor(1, 1);
    body->setSizes({290, 600, 370});
    body->setChildrenCollapsible(false);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(writeButton_);
    bottom->addWidget(progressBar_, 1);
    bottom->addWidget(stepLabel_, 1);
    bottom->addWidget(cancelButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(body, 1);
    layout->addLayout(bottom);

    connect(sources_, &SourceList::sourcesChanged, this, &WriteWorkspace::sourcesChanged);
    connect(sources_, &SourceList::collectingChanged, this, [this] { showPlan(); });
    connect(patients_, &PatientChoice::chosen, this, &WriteWorkspace::patientChosen);
    connect(content_, &ContentTree::choiceChanged, this, &WriteWorkspace::replan);
    connect(target_, &TargetChooser::changed, this, &WriteWorkspace::replan);
    connect(writeButton_, &QPushButton::clicked, this, &WriteWorkspace::requestWrite);
    connect(cancelButton_, &QPushButton::clicked, this, &WriteWorkspace::cancelWrite);
    connect(result_, &WriteResultView::printLabelRequested, label_, &LabelPreview::choosePrinter);
    connect(result_, &WriteResultView::saveLabelRequested, label_, &LabelPreview::choosePdf);
    // A write reports every file from its threads; the bar follows a few times a second.
    runner_ = new JobRunner(this);
    connect(runner_, &JobRunner::stepChanged, this, &WriteWorkspace::showStep);
    connect(runner_, &JobRunner::progressed, this, &WriteWorkspace::showProgress);
    if (drives_) {
        // Only a mounted medium is a folder to read from; a blank disc in a drive is a target.
        connect(drives_, &DriveWatcher::driveArrived, this, [this](const Drive& drive) {
            if (!writing_ && drive.mounted)
                sources_->offerMedium(drive);
        });
    }
    refresh();
    retranslate();
    FocusOrder::followLayout(this);
}

WriteWorkspace::~WriteWorkspace() {
    // The job's thread posts its steps to this object: it must end before this object does.
    // A write cut short by the window closing removes what it wrote, as Cancel does.
    delete runner_;
}

void WriteWorkspace::retranslate() {
    sourcesBox_->setTitle(tr("1  Sources"));
    patientBox_->setTitle(tr("2  Patient"));
    contentBox_->setTitle(tr("3  Content"));
    targetBox_->setTitle(tr("4  Target and medium"));
    labelBox_->setTitle(tr("5  Label"));
    leftOutTitle_->setText(tr("Not written, and why:"));
    writeButton_->setText(tr("Write..."));
    cancelButton_->setText(tr("Cancel"));
    showPlan();
}

void WriteWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WriteWorkspace::refresh() {
    const Settings settings = context_.station.settings();
    const CheckSettings check = settings.checkSettings();
    // Other AI products or thresholds recognise other series: the choice starts again. Otherwise
    // the person's ticks stay and only the label's issuer may change.
    const bool recognitionChanged = check.aiProducts != checkSettings_.aiProducts ||
                                    check.bulkSliceThickness != checkSettings_.bulkSliceThickness ||
                                    check.bulkInstanceCount != checkSettings_.bulkInstanceCount;
    checkSettings_ = check;
    issuer_ = MediumIssuer::of(settings.institution(), context_.session.role());
    if (writing_)
        return;
    if (recognitionChanged)
        updateInventory();
    else
        replan();
}

void WriteWorkspace::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!writing_ && !urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void WriteWorkspace::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty() || writing_)
        return;
    event->acceptProposedAction();
    sources_->addPaths(paths);
}

void WriteWorkspace::fitPatientList() {
    // Up to two patients are seen whole without scrolling: a folder with two is common (a
    // mother and her child) and the choice must be read in full; the sources list above gives
    // way. More patients scroll.
    int height = 0;
    if (auto* hint = patients_->findChild<QLabel*>(QStringLiteral("patientHint")))
        height += hint->heightForWidth(qMax(200, patientScroll_->viewport()->width() - 8));
    const QList<QRadioButton*> shown =
        patients_->findChildren<QRadioButton*>(QStringLiteral("patient"));
    for (int i = 0; i < shown.size() && i < 2; ++i)
        height += shown.at(i)->sizeHint().height() + 8;
    patientScroll_->setMinimumHeight(height + patientScroll_->fontMetrics().lineSpacing() * 2);
}

void WriteWorkspace::sourcesChanged() {
    forgetWritten();
    patients_->setPatients(ExportSource::patients(sources_->collected()));
    fitPatientList();
    updateInventory();
}

void WriteWorkspace::patientChosen() {
    forgetWritten();
    updateInventory();
}

void WriteWorkspace::forgetWritten() {
    // The result, its label buttons and the written label belong to the medium just written:
    // once the sources or the patient change they would describe someone else's medium.
    if (writing_)
        return;
    outcome_.reset();
    result_->clear();
    labelShowsWritten_ = false;
}

void WriteWorkspace::updateInventory() {
    const CollectedSources& sources = sources_->collected();
    const bool choose = patients_->patientCount() > 1 && patients_->chosenId().isEmpty();
    if (sources.instances.isEmpty() || choose) {
        content_->clear();
    } else {
        // What the patient has, before any decision; refused (damaged sources, disagreeing
        // demographics) it is empty and the plan below says why.
        const ExportPlan inventory =
            ExportPlanner::inventory(sources, patients_->chosenId(), checkSettings_);
        content_->setInventory(inventory.refused ? ExportPlan() : inventory);
        target_->setSuggestedName(QStringLiteral("PDI_%1_%2")
                                      .arg(inventory.patient.id, QDate::currentDate().toString(
                                                                     QStringLiteral("yyyyMMdd"))));
    }
    replan();
}

void WriteWorkspace::replan() {
    ExportOptions options;
    options.patientId = patients_->chosenId();
    content_->choice().applyTo(options);
    target_->applyTo(options);
    options_ = options;
    plan_ = ExportPlanner::plan(sources_->collected(), options, checkSettings_);
    labelShowsWritten_ = false;
    ++planGeneration_;
    showPlan();
    Q_EMIT planChanged();
}

QString WriteWorkspace::planMessage() const {
    return planMessage_->text();
}

void WriteWorkspace::showPlan() {
    const CollectedSources& sources = sources_->collected();
    QString message;
    bool problem = false;
    bool ready = false;
    if (sources_->isCollecting() && sources.instances.isEmpty()) {
        message = tr("Reading the sources ...");
    } else if (sources.instances.isEmpty() && sources.problems.isEmpty()) {
        message = tr("Add the sources: the folders or files with the patient's images.");
    } else if (!plan_.refused) {
        // Sentences joined as the language joins them (Japanese without a space).
        auto then = [](const QString& first, const QString& next) {
            return next.isEmpty() ? first : tr("%1 %2", "two sentences").arg(first, next);
        };
        const QString amount = WriteConfirmation::describeAmount(plan_);
        const QString decisions =
            plan_.decisions.isEmpty()
                ? QString()
                : tr("%n decision(s) will be recorded.", nullptr, int(plan_.decisions.size()));
        if (target_->problem().isEmpty()) {
            message = then(tr("Ready to write: %1.").arg(amount), decisions);
            ready = true;
        } else {
            message = then(then(tr("Planned: %1.").arg(amount), decisions),
                           target_->target().isEmpty() ? tr("Choose where to write (4).")
                                                       : tr("Choose another target (4)."));
        }
    } else {
        problem = true;
        switch (plan_.refusalKind) {
        case ExportPlan::Refusal::SeveralPatients:
            message = tr("The sources hold %n patient(s). Choose whose medium this is (2).",
                         nullptr, patients_->patientCount());
            break;
        case ExportPlan::Refusal::NothingLeft:
            message = tr("Nothing is ticked. Tick the series to write (3).");
            break;
        case ExportPlan::Refusal::Capacity:
            message = tr("The content needs %1 MB but the %2 holds %3 MB. Choose a larger "
                         "medium (4) or untick series (3).")
                          .arg(megabytes(plan_.estimatedBytes), TargetMedia::label(plan_.media),
                               megabytes(plan_.capacityBytes));
            break;
        default:
            message = plan_.refusal;
            break;
        }
    }
    planMessage_->setText(message);
    planMessage_->setStyleSheet(
        problem ? QStringLiteral("color:#b71c1c;font-weight:bold;padding:4px;")
        : ready ? QStringLiteral("color:#1b5e20;font-weight:bold;padding:4px;")
                : QStringLiteral("padding:4px;"));

    leftOut_->clear();
    for (const ExcludedContent& e : std::as_const(plan_.excluded)) {
        auto* item = new QListWidgetItem(WriteConfirmation::describeLeftOut(e), leftOut_);
        item->setToolTip(e.message);
    }
    leftOutTitle_->setVisible(leftOut_->count() > 0);
    leftOut_->setVisible(leftOut_->count() > 0);
    target_->showPlan(plan_);

    // The label follows the plan, unless it shows the medium just written.
    const bool planned = !plan_.refused || plan_.refusalKind == ExportPlan::Refusal::Capacity;
    if (!labelShowsWritten_) {
        if (planned && !plan_.studies.isEmpty())
            label_->setMedium(MediumBuilder::describe(plan_, issuer_, tr("(given when written)"),
                                                      QDate::currentDate()),
                              false);
        else
            label_->clear();
    }
    updateWriteButton();
}

bool WriteWorkspace::canWrite() const {
    return !writing_ && !sources_->isCollecting() && !plan_.refused && target_->problem().isEmpty();
}

void WriteWorkspace::updateWriteButton() {
    writeButton_->setEnabled(canWrite());
}

WriteRequest WriteWorkspace::currentRequest() const {
    WriteRequest request;
    request.sources = sources_->locations();
    request.options = options_;
    request.target = target_->target();
    return request;
}

WriteConfirmation* WriteWorkspace::confirmation() const {
    return confirmation_;
}

void WriteWorkspace::requestWrite() {
    target_->recheck();
    if (!canWrite())
        return;
    const WriteRequest request = currentRequest();
    const int generation = planGeneration_;
    auto* dialog = new WriteConfirmation(plan_, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    confirmation_ = dialog;
    connect(dialog, &QDialog::accepted, this, [this, request, generation] {
        // The confirmation showed one plan; a source that finished reading meanwhile would
        // write another.
        if (generation != planGeneration_ || !canWrite()) {
            planMessage_->setText(
                tr("The content changed while the confirmation was open. Check it and press "
                   "Write again."));
            return;
        }
        startWrite(request);
    });
    // Not exec(): the idle sign-out may close this workspace while the dialog is open.
    dialog->open();
}

void WriteWorkspace::startWrite(const WriteRequest& request) {
    writing_ = true;
    outcome_.reset();
    result_->clear();
    const Station station = context_.station;
    const Session session = context_.session;
    const CollectedSources collected = sources_->collected();
    runner_->start(
        station.database(), tr("Starting ..."),
        [station, session, request, collected](const JobProgress& report) {
            return WriteJob(station, session).run(request, report, &collected);
        },
        [this](Result<WriteOutcome> outcome) { writeDone(std::move(outcome)); });
    setInputsEnabled(false);
    writeButton_->setEnabled(false);
    cancelButton_->setVisible(true);
    cancelButton_->setEnabled(true);
    progressBar_->setRange(0, 0);
    progressBar_->setVisible(true);
    stepLabel_->setText(tr("Starting ..."));
    Q_EMIT writingChanged(true);
}

QString WriteWorkspace::currentStep() const {
    return runner_->isRunning() ? runner_->step() : QString();
}

void WriteWorkspace::showStep(const QString& step) {
    if (!writing_)
        return;
    if (!runner_->cancelRequested())
        stepLabel_->setText(step);
    showProgress(runner_->done(), runner_->total());
    Q_EMIT stepChanged(step);
}

void WriteWorkspace::showProgress(qint64 done, qint64 total) {
    JobRunner::show(progressBar_, done, total);
}

void WriteWorkspace::cancelWrite() {
    if (!writing_)
        return;
    runner_->cancel();
    cancelButton_->setEnabled(false);
    stepLabel_->setText(tr("Cancelling ..."));
}

void WriteWorkspace::writeDone(Result<WriteOutcome> outcome) {
    writing_ = false;
    progressBar_->setVisible(false);
    cancelButton_->setVisible(false);
    stepLabel_->clear();
    setInputsEnabled(true);
    if (outcome) {
        outcome_ = std::move(*outcome);
        result_->showOutcome(*outcome_);
    } else {
        outcome_.reset();
        result_->showError(outcome.error());
    }
    // The written ISO now exists and the USB stick holds a medium: Write again needs a new
    // target. It is asked for, not shown in red as if the medium just written were a problem.
    if (outcome_ && outcome_->status == WriteOutcome::Status::Written)
        target_->forgetWrittenTarget();
    else
        target_->recheck();
    if (outcome_ && outcome_->status == WriteOutcome::Status::Written) {
        label_->setMedium(outcome_->description, true);
        labelShowsWritten_ = true;
    }
    updateWriteButton();
    Q_EMIT writingChanged(false);
    Q_EMIT writeFinished();
}

void WriteWorkspace::setInputsEnabled(bool enabled) {
    for (QGroupBox* w : {sourcesBox_, patientBox_, contentBox_, targetBox_})
        w->setEnabled(enabled);
}

} // namespace pdi
