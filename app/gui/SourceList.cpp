#include "SourceList.h"

#include "JobRunner.h"

#include "ArchivePatientDialog.h"
#include "BackgroundTask.h"
#include "PacsPatientDialog.h"
#include "ReconciliationTable.h"
#include "archive/LocalArchive.h"
#include "source/PatientSource.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace pdi {

namespace {

// Beyond this many files that cannot be written, the list says how many more there are: a
// folder of 5,000 scanned letters must not fill the window.
constexpr int ProblemsShown = 300;

} // namespace

SourceList::SourceList(const Station& station, const Session& session, QWidget* parent)
    : QWidget(parent)
    , station_(station)
    , session_(session)
    , database_(station.database()) {
    setObjectName(QStringLiteral("sourceList"));
    folderButton_ = new QPushButton(this);
    folderButton_->setObjectName(QStringLiteral("addFolder"));
    filesButton_ = new QPushButton(this);
    filesButton_->setObjectName(QStringLiteral("addFiles"));
    archiveButton_ = new QPushButton(this);
    archiveButton_->setObjectName(QStringLiteral("addFromArchive"));
    pacsButton_ = new QPushButton(this);
    pacsButton_->setObjectName(QStringLiteral("addFromPacs"));
    removeButton_ = new QPushButton(this);
    removeButton_->setObjectName(QStringLiteral("removeSource"));
    removeButton_->setEnabled(false);
    cancelButton_ = new QPushButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancelReading"));
    cancelButton_->setVisible(false);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("sources"));
    list_->setWordWrap(true);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    progressBar_ = new QProgressBar(this);
    progressBar_->setObjectName(QStringLiteral("readingProgress"));
    progressBar_->setVisible(false);
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color:#616161;"));

    offer_ = new QFrame(this);
    offer_->setObjectName(QStringLiteral("mediumOffer"));
    offer_->setStyleSheet(QStringLiteral("#mediumOffer{background:#e3f2fd;border:1px solid #90caf9;"
                                         "border-radius:4px;}"));
    offerText_ = new QLabel(offer_);
    offerText_->setWordWrap(true);
    offerUse_ = new QPushButton(offer_);
    offerUse_->setObjectName(QStringLiteral("useMedium"));
    offerDismiss_ = new QPushButton(offer_);
    auto* offerLayout = new QVBoxLayout(offer_);
    offerLayout->addWidget(offerText_);
    auto* offerButtons = new QHBoxLayout;
    offerButtons->addStretch();
    offerButtons->addWidget(offerUse_);
    offerButtons->addWidget(offerDismiss_);
    offerLayout->addLayout(offerButtons);
    offer_->setVisible(false);

    problemsTitle_ = new QLabel(this);
    problems_ = new QTreeWidget(this);
    problems_->setObjectName(QStringLiteral("sourceProblems"));
    problems_->setRootIsDecorated(false);
    problems_->setColumnCount(2);
    problems_->header()->setStretchLastSection(true);
    problemsTitle_->setVisible(false);
    problems_->setVisible(false);

    // One button per kind of source, in a row that wraps into a second when narrow.
    auto* buttons = new QVBoxLayout;
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(folderButton_);
    fileButtons->addWidget(filesButton_);
    fileButtons->addStretch();
    auto* otherButtons = new QHBoxLayout;
    otherButtons->addWidget(archiveButton_);
    otherButtons->addWidget(pacsButton_);
    otherButtons->addStretch();
    buttons->addLayout(fileButtons);
    buttons->addLayout(otherButtons);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(progressBar_, 1);
    listButtons->addWidget(cancelButton_);
    listButtons->addStretch();
    listButtons->addWidget(removeButton_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(offer_);
    layout->addWidget(list_, 2);
    layout->addLayout(listButtons);
    layout->addWidget(hint_);
    layout->addWidget(problemsTitle_);
    layout->addWidget(problems_, 1);

    connect(folderButton_, &QPushButton::clicked, this, &SourceList::chooseFolder);
    connect(filesButton_, &QPushButton::clicked, this, &SourceList::chooseFiles);
    connect(archiveButton_, &QPushButton::clicked, this, &SourceList::chooseArchivePatient);
    connect(pacsButton_, &QPushButton::clicked, this, &SourceList::choosePacsPatient);
    connect(removeButton_, &QPushButton::clicked, this, &SourceList::removeSelected);
    connect(cancelButton_, &QPushButton::clicked, this, &SourceList::cancel);
    connect(list_, &QListWidget::itemSelectionChanged, this, [this] {
        removeButton_->setEnabled(!list_->selectedItems().isEmpty() && !isCollecting());
    });
    connect(offerUse_, &QPushButton::clicked, this, [this] {
        offer_->setVisible(false);
        addFolder(offered_.path);
    });
    connect(offerDismiss_, &QPushButton::clicked, offer_, &QWidget::hide);
    // Progress arrives from the reading threads for every file; the bar follows a few times a
    // second, so that a folder of 5,000 files does not flood the event queue.
    runner_ = new JobRunner(this);
    connect(runner_, &JobRunner::progressed, this, &SourceList::showProgress);
    retranslate();
}

SourceList::~SourceList() {
    // The reading thread holds only the shared progress; the task waits for it to end.
    delete runner_;
}

void SourceList::retranslate() {
    folderButton_->setText(tr("Add folder..."));
    filesButton_->setText(tr("Add files..."));
    archiveButton_->setText(tr("From the local archive..."));
    pacsButton_->setText(tr("From a PACS..."));
    pacsButton_->setToolTip(tr("Search a PACS for the patient and retrieve the chosen studies. An "
                               "administrator configures the PACS under Settings, DICOM nodes."));
    removeButton_->setText(tr("Remove"));
    cancelButton_->setText(tr("Cancel"));
    hint_->setText(tr("Add the folders or files that hold the patient's images, or drop them "
                      "here. Only DICOM objects are written; documents go under Other files."));
    problemsTitle_->setText(tr("Files that are not written:"));
    problems_->setHeaderLabels({tr("File"), tr("Why it is not written")});
    offerUse_->setText(tr("Use as source"));
    offerDismiss_->setText(tr("Dismiss"));
    offerText_->setText(tr("A medium was inserted: %1. Use it as a source?")
                            .arg(offered_.label.isEmpty() ? offered_.device : offered_.label));
    showEntries();
    showProblems();
}

void SourceList::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourceList::chooseFolder() {
    QPointer<SourceList> self(this);
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a source folder"));
    // The window may have closed meanwhile (idle sign-out rejects open dialogs).
    if (self && !dir.isEmpty())
        addFolder(dir);
}

void SourceList::chooseFiles() {
    QPointer<SourceList> self(this);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add source files"), QString(), tr("DICOM files (*.dcm *.DCM *);;All files (*)"));
    if (self && !files.isEmpty())
        addFiles(files);
}

void SourceList::chooseArchivePatient() {
    auto* dialog = new ArchivePatientDialog(LocalArchive(station_), database_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PatientStudyDialog::Selection chosen = dialog->selection();
        addArchivePatient(chosen.patient, chosen.studyUids(), int(chosen.studies.size()));
    });
    // Not exec(): the idle sign-out may close this workspace while the dialog is open.
    dialog->open();
}

void SourceList::choosePacsPatient() {
    auto* dialog = new PacsPatientDialog(station_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PatientStudyDialog::Selection chosen = dialog->selection();
        addPacsPatient(dialog->node(), chosen.patient, chosen.studyUids());
    });
    dialog->open();
}

void SourceList::addPacsPatient(const QString& node, const PatientDemographics& patient,
                                const QStringList& studyUids) {
    Entry entry;
    entry.title =
        tr("PACS %1: %2, %3, %4")
            .arg(node,
                 ReconciliationTable::describeName(patient.name).section(QLatin1Char('\n'), 0, 0),
                 patient.id, tr("%n study(ies)", nullptr, int(studyUids.size())));
    entry.key = {QStringLiteral("pacs"), node, patient.id};
    entry.key += studyUids;
    entry.locationsFromResult = true;
    // The retrieved folder belongs to the source: it goes when the source is removed or the
    // workspace closes, and nothing of it stays in the data directory.
    auto retrieved = std::make_shared<std::optional<ResolvedSource>>();
    const Station station = station_;
    const Session session = session_;
    const PatientSource source = PatientSource::pacs(node, patient.id, studyUids);
    entry.collector = [station, session, source,
                       retrieved](const JobProgress& progress) -> Result<CollectedSources> {
        if (!*retrieved) {
            Result<ResolvedSource> fetched = source.resolve(station, session, progress);
            if (!fetched)
                return fetched.error();
            *retrieved = std::move(*fetched);
        }
        return ExportSource::collect((*retrieved)->locations(), progress);
    };
    addEntry(std::move(entry));
}

void SourceList::addArchivePatient(const PatientDemographics& patient, const QStringList& studyUids,
                                   int studies) {
    const QString id = patient.issuer.isEmpty()
                           ? patient.id
                           : QStringLiteral("%1 (%2)").arg(patient.id, patient.issuer);
    const QString title =
        tr("Local archive: %1, %2, %3")
            .arg(ReconciliationTable::describeName(patient.name).section(QLatin1Char('\n'), 0, 0),
                 id, tr("%n study(ies)", nullptr, studies));
    // The archive's files are listed when the source is read (off the GUI thread), so that what
    // is written is what the archive holds then; they become the source's locations.
    Entry entry;
    entry.title = title;
    entry.key = {QStringLiteral("local-archive"), patient.id, patient.issuer};
    entry.key += studyUids;
    entry.locationsFromResult = true;
    const Station station = station_;
    const Session session = session_;
    const PatientSource source = PatientSource::archive(patient.id, patient.issuer, studyUids);
    entry.collector = [station, session,
                       source](const JobProgress& progress) -> Result<CollectedSources> {
        const Result<ResolvedSource> files = source.resolve(station, session, progress);
        if (!files)
            return files.error();
        return ExportSource::collect(files->locations(), progress);
    };
    addEntry(std::move(entry));
}

void SourceList::addFolder(const QString& folder) {
    const QString path = QFileInfo(folder).absoluteFilePath();
    addSource(QDir::toNativeSeparators(path), {path}, [path](const JobProgress& progress) {
        return ExportSource::collect({path}, progress);
    });
}

void SourceList::addFiles(const QStringList& files) {
    QStringList paths;
    for (const QString& f : files)
        paths << QFileInfo(f).absoluteFilePath();
    const QString title =
        paths.size() == 1
            ? QDir::toNativeSeparators(paths.constFirst())
            : tr("%n file(s) in %1", nullptr, int(paths.size()))
                  .arg(QDir::toNativeSeparators(QFileInfo(paths.constFirst()).path()));
    addSource(title, paths, [paths](const JobProgress& progress) {
        return ExportSource::collect(paths, progress);
    });
}

void SourceList::addPaths(const QStringList& paths) {
    QStringList files;
    for (const QString& p : paths) {
        if (QFileInfo(p).isDir())
            addFolder(p);
        else
            files << p;
    }
    if (!files.isEmpty())
        addFiles(files);
}

void SourceList::addSource(const QString& title, const QStringList& locations,
                           Collector collector) {
    Entry entry;
    entry.title = title;
    entry.key = locations;
    entry.locations = locations;
    entry.collector = std::move(collector);
    addEntry(std::move(entry));
}

void SourceList::addEntry(Entry entry) {
    for (const Entry& e : std::as_const(entries_)) {
        if (e.key == entry.key)
            return; // already there
    }
    entry.id = nextId_++;
    entries_.append(std::move(entry));
    lastError_.clear();
    showEntries();
    startNext();
}

void SourceList::offerMedium(const Drive& drive) {
    for (const Entry& e : std::as_const(entries_)) {
        if (e.key == QStringList{drive.path})
            return;
    }
    offered_ = drive;
    retranslate();
    offer_->setVisible(true);
}

bool SourceList::isCollecting() const {
    return runner_->isRunning();
}

void SourceList::startNext() {
    if (isCollecting())
        return;
    Entry* next = nullptr;
    for (Entry& e : entries_) {
        if (e.state == Entry::State::Waiting) {
            next = &e;
            break;
        }
    }
    if (!next) {
        progressBar_->setVisible(false);
        cancelButton_->setVisible(false);
        return;
    }
    next->state = Entry::State::Reading;
    const Collector collector = next->collector;
    const int id = next->id;
    runner_->start(
        database_, QString(), [collector](const JobProgress& report) { return collector(report); },
        [this, id](Result<CollectedSources> result) { finished(id, std::move(result)); });
    progressBar_->setRange(0, 0);
    progressBar_->setFormat(QString());
    progressBar_->setVisible(true);
    cancelButton_->setVisible(true);
    cancelButton_->setEnabled(true);
    removeButton_->setEnabled(false);
    showEntries();
    Q_EMIT collectingChanged(true);
}

void SourceList::showProgress(qint64 done, qint64 total) {
    if (total <= 0)
        return;
    JobRunner::show(progressBar_, done, total);
    progressBar_->setFormat(tr("%1 of %2 files").arg(done).arg(total));
}

void SourceList::finished(int id, Result<CollectedSources> result) {
    const bool cancelled = runner_->cancelRequested();
    for (int i = 0; i < entries_.size(); ++i) {
        Entry& e = entries_[i];
        if (e.id != id)
            continue;
        if (cancelled) {
            // A source read in part would put part of a study on the medium.
            entries_.removeAt(i);
        } else if (!result) {
            lastError_ = result.error().message;
            entries_.removeAt(i);
        } else {
            e.state = Entry::State::Read;
            e.result = std::move(*result);
            if (e.locationsFromResult) {
                e.locations.clear();
                for (const SourceInstance& i : std::as_const(e.result.instances))
                    e.locations << i.localPath;
                for (const SourceProblem& p : std::as_const(e.result.problems))
                    e.locations << p.localPath;
            }
        }
        break;
    }
    if (cancelled) {
        // Cancel stops everything that waits as well.
        entries_.erase(
            std::remove_if(entries_.begin(), entries_.end(),
                           [](const Entry& e) { return e.state == Entry::State::Waiting; }),
            entries_.end());
    }
    recombine();
    showEntries();
    showProblems();
    startNext();
    if (!isCollecting())
        Q_EMIT collectingChanged(false);
    Q_EMIT sourcesChanged();
}

void SourceList::cancel() {
    if (!isCollecting())
        return;
    runner_->cancel();
    cancelButton_->setEnabled(false);
}

void SourceList::removeSelected() {
    if (isCollecting())
        return;
    QList<int> ids;
    for (QListWidgetItem* item : list_->selectedItems())
        ids << item->data(Qt::UserRole).toInt();
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(),
                                  [&ids](const Entry& e) { return ids.contains(e.id); }),
                   entries_.end());
    recombine();
    showEntries();
    showProblems();
    Q_EMIT sourcesChanged();
}

void SourceList::recombine() {
    QVector<CollectedSources> parts;
    for (const Entry& e : std::as_const(entries_)) {
        if (e.state == Entry::State::Read)
            parts << e.result;
    }
    combined_ = ExportSource::combine(parts);
}

QStringList SourceList::locations() const {
    QStringList out;
    for (const Entry& e : entries_) {
        if (e.state == Entry::State::Read)
            out << e.locations;
    }
    return out;
}

QString SourceList::statusText() const {
    return lastError_;
}

void SourceList::showEntries() {
    list_->clear();
    for (const Entry& e : std::as_const(entries_)) {
        QString state;
        switch (e.state) {
        case Entry::State::Waiting:
            state = tr("waiting");
            break;
        case Entry::State::Reading:
            state = tr("reading ...");
            break;
        case Entry::State::Read:
            state = tr("%n DICOM object(s)", nullptr, int(e.result.instances.size()));
            if (!e.result.problems.isEmpty())
                state = tr("%1, %2", "objects, files not written")
                            .arg(state, tr("%n file(s) not written", nullptr,
                                           int(e.result.problems.size())));
            break;
        }
        auto* item = new QListWidgetItem(QStringLiteral("%1\n   %2").arg(e.title, state), list_);
        item->setData(Qt::UserRole, e.id);
        // An archive source is thousands of files: the tooltip names the first of them.
        QStringList shown = e.locations.mid(0, 20);
        if (e.locations.size() > shown.size())
            shown << tr("... and %n more.", nullptr, int(e.locations.size() - shown.size()));
        item->setToolTip(shown.join(QLatin1Char('\n')));
    }
    if (entries_.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No sources yet"), list_);
        item->setFlags(Qt::NoItemFlags);
    }
    // What to add and how is said while nothing is added; then the room goes to the patients
    // (two of them are seen whole on a 1280x720 screen) and to what is not written.
    hint_->setVisible(entries_.isEmpty());
    if (!lastError_.isEmpty()) {
        auto* item = new QListWidgetItem(lastError_, list_);
        item->setFlags(Qt::NoItemFlags);
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
}

void SourceList::showProblems() {
    problems_->clear();
    const QVector<SourceProblem>& problems = combined_.problems;
    for (int i = 0; i < problems.size() && i < ProblemsShown; ++i) {
        const SourceProblem& p = problems.at(i);
        // The reader's sentence says what the file is; only "unreadable" needs saying first.
        const QString why = p.kind == SourceProblem::Kind::Unreadable
                                ? tr("cannot be read: %1").arg(p.message)
                                : p.message;
        auto* item = new QTreeWidgetItem(problems_, {QFileInfo(p.localPath).fileName(), why});
        item->setToolTip(0, QDir::toNativeSeparators(p.localPath));
        item->setToolTip(1, p.message);
        if (p.kind == SourceProblem::Kind::Damaged) {
            item->setForeground(0, QColor(0xb7, 0x1c, 0x1c));
            item->setForeground(1, QColor(0xb7, 0x1c, 0x1c));
        }
    }
    if (problems.size() > ProblemsShown) {
        new QTreeWidgetItem(
            problems_,
            {tr("... and %n more.", nullptr, int(problems.size() - ProblemsShown)), QString()});
    }
    problems_->resizeColumnToContents(0);
    problemsTitle_->setVisible(!problems.isEmpty());
    problems_->setVisible(!problems.isEmpty());
}

} // namespace pdi
