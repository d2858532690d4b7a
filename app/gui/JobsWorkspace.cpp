#include "JobsWorkspace.h"

#include "BackgroundTask.h"
#include "ListWithDetail.h"
#include "ReconciliationTable.h"
#include "job/JobList.h"
#include "node/DicomNode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

QString timeText(const QDateTime& t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The name as the reconciliation shows it: kanji with the reading, then romaji.
QString nameText(const QString& dicomName, bool whole) {
    const QString name = ReconciliationTable::describeName(dicomName);
    // The list has room for the first form only; the job below the list shows every form.
    return whole ? QString(name).replace(QLatin1Char('\n'), QLatin1String("  "))
                 : name.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

JobsWorkspace::JobsWorkspace(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , context_(context) {
    setObjectName(QStringLiteral("jobsWorkspace"));
    unfinishedOnly_ = new QCheckBox(this);
    unfinishedOnly_->setObjectName(QStringLiteral("unfinishedOnly"));
    scopeLabel_ = new QLabel(this);
    scope_ = new QComboBox(this);
    scope_->setObjectName(QStringLiteral("stationScope"));
    scope_->addItem(QString());
    scope_->addItem(QString());
    scopeLabel_->setBuddy(scope_);
    kindLabel_ = new QLabel(this);
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("kind"));
    for (int i = 0; i < 3; ++i)
        kind_->addItem(QString());
    kindLabel_->setBuddy(kind_);
    refresh_ = new QPushButton(this);
    refresh_->setObjectName(QStringLiteral("refresh"));

    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("jobs"));
    table_->setColumnCount(ColumnCount);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    // A patient too long for its column wraps onto a second line rather than being cut off.
    table_->setWordWrap(true);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    // The selected job whole, with what continues it; room for its identities, times, status
    // and next step without scrolling.
    const ListWithDetail listed =
        ListWithDetail::make(this, table_, QStringLiteral("jobDetail"), 2, 8);
    detail_ = listed.detail;
    QSplitter* lists = listed.splitter;

    auto* filters = new QHBoxLayout;
    filters->addWidget(unfinishedOnly_);
    filters->addSpacing(16);
    filters->addWidget(scopeLabel_);
    filters->addWidget(scope_);
    filters->addSpacing(16);
    filters->addWidget(kindLabel_);
    filters->addWidget(kind_);
    filters->addStretch();
    filters->addWidget(refresh_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(lists, 1);
    layout->addWidget(status_);

    connect(unfinishedOnly_, &QCheckBox::toggled, this, &JobsWorkspace::refresh);
    connect(scope_, &QComboBox::currentIndexChanged, this, &JobsWorkspace::refresh);
    connect(kind_, &QComboBox::currentIndexChanged, this, &JobsWorkspace::refresh);
    connect(refresh_, &QPushButton::clicked, this, &JobsWorkspace::refresh);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &JobsWorkspace::showSelected);
    retranslate();
}

bool JobsWorkspace::isBusy() const {
    return listing_ != nullptr;
}

void JobsWorkspace::refresh() {
    if (listing_) {
        again_ = true;
        return;
    }
    JobFilter filter;
    filter.unfinishedOnly = unfinishedOnly_->isChecked();
    if (scope_->currentIndex() == 1)
        filter.stationId = context_.station.database().stationId();
    if (kind_->currentIndex() == 1)
        filter.kind = JobKind::Write;
    else if (kind_->currentIndex() == 2)
        filter.kind = JobKind::Import;
    filter.limit = MaxJobs;
    const Database database = context_.station.database();
    const Session session = context_.session;
    status_->setText(tr("Reading the jobs..."));
    listing_ = BackgroundTask::run(
        this, database,
        [database, session, filter] { return JobList(database).list(session, filter); },
        [this](Result<QVector<JobRecord>> listed) {
            listing_ = nullptr;
            error_ = listed ? QString() : listed.error().message;
            jobs_ = listed ? *listed : QVector<JobRecord>();
            if (again_) {
                again_ = false;
                refresh();
                return;
            }
            showJobs();
            Q_EMIT refreshed();
        });
}

QString JobsWorkspace::stationText(const JobRecord& j) const {
    const QString name = j.stationName.isEmpty() ? tr("a station without a name") : j.stationName;
    return j.thisStation ? tr("%1 (this station)").arg(name) : name;
}

QString JobsWorkspace::patientText(const JobRecord& j, bool whole) const {
    if (!j.patientShown)
        return tr("not shown to your role");
    auto one = [whole](const JobPatient& p) {
        const QString id = p.issuer.isEmpty() ? p.id : tr("%1, issuer %2").arg(p.id, p.issuer);
        return tr("%1 (ID %2)").arg(nameText(p.name, whole), id);
    };
    if (j.kind == JobKind::Write)
        return one(j.patient);
    if (j.keptOutsideIds)
        return tr("%1, filed under the same IDs").arg(one(j.patient));
    return tr("%1, filed under %2").arg(one(j.patient), one(j.local));
}

QString JobsWorkspace::nextStep(const JobRecord& j) const {
    if (j.resumable()) {
        const QString medium =
            j.mediumId.isEmpty() ? tr("the same medium") : tr("the medium %1").arg(j.mediumId);
        if (!context_.session.can(Permission::Import))
            return tr("A technologist can continue it at any station with %1 in its drive: "
                      "Import offers to resume it.")
                .arg(medium);
        if (j.thisStation)
            return tr("To continue it, insert %1 and open it in Import, which offers to resume "
                      "it.")
                .arg(medium);
        return tr("It ran at station %1. To continue it here, insert %2 in this station's drive "
                  "and open it in Import, which offers to resume it.")
            .arg(stationText(j), medium);
    }
    if (j.kind == JobKind::Import && j.state == JobState::Running && !j.thisStation)
        return tr("It is running at station %1. Once it stops, it can be continued here.")
            .arg(stationText(j));
    if (j.kind == JobKind::Write &&
        (j.state == JobState::Interrupted || j.state == JobState::Failed))
        return tr("A write is not resumed: write the medium again in Write.");
    return QString();
}

void JobsWorkspace::showJobs() {
    table_->clearContents();
    table_->setRowCount(int(jobs_.size()));
    int resumable = 0;
    for (int row = 0; row < jobs_.size(); ++row) {
        const JobRecord& j = jobs_.at(row);
        const QStringList cells{stationText(j),        JobStates::kindDisplayName(j.kind),
                                patientText(j, false), timeText(j.startedAt),
                                j.startedBy,           JobStates::displayName(j.state),
                                j.progressText()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == PatientColumn ? patientText(j, true) : cells.at(c));
            table_->setItem(row, c, item);
        }
        if (j.resumable())
            ++resumable;
    }
    table_->resizeColumnsToContents();
    // The patients get what the other columns leave, but a long name must not push the
    // progress out of sight (the whole names are in the tooltip and below the list).
    int others = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != PatientColumn && c != ProgressColumn)
            others += table_->columnWidth(c);
    }
    const int progress = qMin(table_->columnWidth(ProgressColumn), 16 * fontMetrics().height());
    const int room =
        qMax(table_->viewport()->width() - others - progress, 12 * fontMetrics().height());
    table_->setColumnWidth(PatientColumn, qMin(table_->columnWidth(PatientColumn), room));
    table_->resizeRowsToContents();
    // Set again so that the progress takes the rest of the row after the widths above.
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    if (!error_.isEmpty())
        status_->setText(tr("The jobs cannot be read: %1").arg(error_));
    else if (resumable > 0)
        status_->setText(tr("%n job(s) listed; ", nullptr, int(jobs_.size())) +
                         tr("%n import(s) can be resumed.", nullptr, resumable));
    else
        status_->setText(tr("%n job(s) listed.", nullptr, int(jobs_.size())));
    if (!jobs_.isEmpty())
        table_->selectRow(0);
    showSelected();
}

QString JobsWorkspace::detailText() const {
    const int row = table_->currentRow();
    if (row < 0 || row >= jobs_.size() || table_->selectedItems().isEmpty())
        return QString();
    const JobRecord& j = jobs_.at(row);
    QStringList lines;
    if (j.kind == JobKind::Write) {
        lines << tr("Write at station %1: %2").arg(stationText(j), patientText(j, true));
        if (j.patientShown && !j.destination.isEmpty())
            lines << tr("Written to %1; %2").arg(j.destination, j.progressText());
    } else {
        lines << tr("Import at station %1: %2").arg(stationText(j), patientText(j, true));
        lines << tr("To %1; %2").arg(DicomNode::readableName(j.destination), j.progressText());
    }
    QString when = tr("Started %1 by %2").arg(timeText(j.startedAt), j.startedBy);
    if (j.kind == JobKind::Import && j.runs > 1)
        when += tr("; run %n time(s), the last %1 by %2", nullptr, j.runs)
                    .arg(timeText(j.lastRunAt), j.lastRunBy);
    if (j.endedAt.isValid())
        when += tr("; ended %1").arg(timeText(j.endedAt));
    lines << when;
    lines << tr("Status: %1").arg(JobStates::displayName(j.state));
    // What to do before the recorded message, which can be long.
    if (const QString next = nextStep(j); !next.isEmpty())
        lines << next;
    if (!j.message.isEmpty())
        lines << tr("Last message: %1").arg(j.message);
    return lines.join(QLatin1Char('\n'));
}

void JobsWorkspace::showSelected() {
    detail_->setText(detailText());
}

QString JobsWorkspace::statusText() const {
    return status_->text();
}

void JobsWorkspace::retranslate() {
    unfinishedOnly_->setText(tr("Unfinished only"));
    scopeLabel_->setText(tr("Stations:"));
    scope_->setItemText(0, tr("All stations"));
    scope_->setItemText(1, tr("This station"));
    kindLabel_->setText(tr("Kind:"));
    kind_->setItemText(0, tr("Writes and imports"));
    kind_->setItemText(1, tr("Writes"));
    kind_->setItemText(2, tr("Imports"));
    refresh_->setText(tr("Refresh"));
    table_->setHorizontalHeaderLabels({tr("Station"), tr("Kind"), tr("Patient"), tr("Started"),
                                       tr("Started by"), tr("Status"), tr("Progress")});
    if (!listing_ && (!jobs_.isEmpty() || !error_.isEmpty()))
        showJobs();
}

void JobsWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pdi
