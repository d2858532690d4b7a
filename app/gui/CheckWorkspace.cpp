#include "CheckWorkspace.h"

#include "dicom/PersonName.h"
#include "report/DisplayText.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pdi {

CheckWorkspace::CheckWorkspace(QWidget* parent)
    : QWidget(parent) {
    folderButton_ = new QPushButton(tr("Open folder or drive..."), this);
    fileButton_ = new QPushButton(tr("Open disc image or ZIP..."), this);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setVisible(false);
    status_ = new QLabel(
        tr("Insert a disc or USB stick, or open a folder, disc image or ZIP file."), this);
    status_->setWordWrap(true);

    patientName_ = new QLabel(this);
    QFont big = patientName_->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    patientName_->setFont(big);
    patientName_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    patientDetails_ = new QLabel(this);
    patientDetails_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source_ = new QLabel(this);
    source_->setWordWrap(true);

    badgeArea_ = new QWidget(this);
    badgeLayout_ = new QHBoxLayout(badgeArea_);
    badgeLayout_->setContentsMargins(0, 0, 0, 0);
    badgeLayout_->addStretch();

    contents_ = new QTreeWidget(this);
    contents_->setHeaderLabels(
        {tr("Study / series"), tr("Date"), tr("Modality"), tr("Images"), tr("Notes")});
    contents_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    findings_ = new QTreeWidget(this);
    findings_->setHeaderLabels({tr("Severity"), tr("Code"), tr("Where"), tr("What to know")});
    findings_->setRootIsDecorated(false);
    findings_->setWordWrap(true);
    findings_->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(folderButton_);
    buttons->addWidget(fileButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(progress_, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(contents_);
    splitter->addWidget(findings_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(patientName_);
    layout->addWidget(patientDetails_);
    layout->addWidget(source_);
    layout->addWidget(badgeArea_);
    layout->addWidget(splitter, 1);

    connect(folderButton_, &QPushButton::clicked, this, &CheckWorkspace::chooseFolder);
    connect(fileButton_, &QPushButton::clicked, this, &CheckWorkspace::chooseFile);
    connect(cancelButton_, &QPushButton::clicked, this, &CheckWorkspace::cancel);
    connect(&watcher_, &QFutureWatcher<MediumChecker::Outcome>::finished, this,
            &CheckWorkspace::showOutcome);
}

CheckWorkspace::~CheckWorkspace() {
    cancel_ = true;
    watcher_.waitForFinished();
}

void CheckWorkspace::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open medium folder"));
    if (!dir.isEmpty())
        openMedium(dir);
}

void CheckWorkspace::chooseFile() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open disc image or ZIP"), QString(),
        tr("Disc images and archives (*.iso *.img *.zip);;All files (*)"));
    if (!file.isEmpty())
        openMedium(file);
}

void CheckWorkspace::openMedium(const QString& location) {
    if (watcher_.isRunning())
        return;
    cancel_ = false;
    hasReport_ = false;
    status_->setText(tr("Checking %1 ...").arg(location));
    patientName_->clear();
    patientDetails_->clear();
    source_->clear();
    clearBadges();
    contents_->clear();
    findings_->clear();
    progress_->setRange(0, 0);
    progress_->setVisible(true);
    folderButton_->setEnabled(false);
    fileButton_->setEnabled(false);
    cancelButton_->setEnabled(true);

    MediumChecker::Options options;
    options.cancel = &cancel_;
    QPointer<QProgressBar> bar = progress_;
    options.progress = [bar](int done, int total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            if (bar) {
                bar->setRange(0, total);
                bar->setValue(done);
            }
        });
    };
    watcher_.setFuture(
        QtConcurrent::run([location, options] { return MediumChecker::check(location, options); }));
}

void CheckWorkspace::cancel() {
    cancel_ = true;
    status_->setText(tr("Cancelling ..."));
}

void CheckWorkspace::showOutcome() {
    progress_->setVisible(false);
    folderButton_->setEnabled(true);
    fileButton_->setEnabled(true);
    cancelButton_->setEnabled(false);
    const MediumChecker::Outcome outcome = watcher_.result();
    if (cancel_) {
        status_->setText(tr("The check was cancelled; nothing was changed."));
    } else if (!outcome.ok) {
        status_->setText(outcome.error);
    } else {
        report_ = outcome.report;
        hasReport_ = true;
        showReport();
    }
    Q_EMIT checkFinished();
}

void CheckWorkspace::clearBadges() {
    while (badgeLayout_->count() > 1) {
        QLayoutItem* item = badgeLayout_->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void CheckWorkspace::addBadge(const QString& text, const QString& explanation, bool severe) {
    auto* badge = new QLabel(text, badgeArea_);
    badge->setObjectName(QStringLiteral("badge"));
    badge->setToolTip(explanation);
    badge->setStyleSheet(
        severe
            ? QStringLiteral("background:#c62828;color:white;padding:4px 8px;border-radius:4px;")
            : QStringLiteral("background:#f9a825;color:black;padding:4px 8px;border-radius:4px;"));
    badgeLayout_->insertWidget(badgeLayout_->count() - 1, badge);
}

void CheckWorkspace::showReport() {
    const CheckReport& r = report_;
    status_->setText(r.conformant() ? tr("Conformant PDI medium.")
                                    : tr("Not a conformant PDI medium: %1 errors, %2 warnings.")
                                          .arg(r.count(Severity::Error))
                                          .arg(r.count(Severity::Warning)));
    if (r.contents.patients.isEmpty()) {
        patientName_->setText(tr("No patient found"));
    } else {
        const PatientContents& p = r.contents.patients.constFirst();
        const PersonName name = PersonName::fromDicom(p.name);
        QStringList lines{
            PersonName::readable(name.ideographic.isEmpty() ? name.alphabetic : name.ideographic)};
        if (!name.phonetic.isEmpty())
            lines << PersonName::readable(name.phonetic);
        if (!name.ideographic.isEmpty() && !name.alphabetic.isEmpty())
            lines << PersonName::readable(name.alphabetic);
        patientName_->setText(lines.join(QLatin1String("  /  ")));
        patientDetails_->setText(
            tr("ID %1   born %2   %3")
                .arg(p.id, DisplayText::date(p.birthDate), DisplayText::sex(p.sex)));
        if (r.contents.patients.size() > 1)
            patientName_->setText(patientName_->text() + QLatin1String("  ") +
                                  tr("(+%n more patient(s))", "", r.contents.patients.size() - 1));
    }
    const QStringList sources = r.sourceInstitutions();
    source_->setText(sources.isEmpty() ? tr("Issuing institution unknown")
                                       : tr("From: %1").arg(sources.join(QLatin1String(", "))));

    struct Badge {
        MediumFlags::Flag flag;
        const char* text;
        bool severe;
    };
    const Badge badges[] = {
        {MediumFlags::MultiplePatients, QT_TR_NOOP("Several patients"), true},
        {MediumFlags::NonDicomContent, QT_TR_NOOP("Non-DICOM content"), false},
        {MediumFlags::AiDerivedContent, QT_TR_NOOP("AI-derived"), false},
        {MediumFlags::Autorun, QT_TR_NOOP("Autorun"), true},
        {MediumFlags::Executables, QT_TR_NOOP("Programs"), true},
        {MediumFlags::Compressed, QT_TR_NOOP("Compressed"), false},
        {MediumFlags::Video, QT_TR_NOOP("Video"), false},
        {MediumFlags::MissingDicomdir, QT_TR_NOOP("No DICOMDIR"), true},
    };
    for (const Badge& b : badges) {
        if (r.flags[b.flag])
            addBadge(tr(b.text), MediumFlags::explanation(b.flag), b.severe);
    }
    if (!r.conformant())
        addBadge(tr("Not PDI"), tr("The medium breaks PDI rules; see the findings below."), true);

    for (const PatientContents& p : r.contents.patients) {
        for (const StudyContents& st : p.studies) {
            auto* study = new QTreeWidgetItem(
                contents_, {st.description.isEmpty() ? tr("(no description)") : st.description,
                            DisplayText::date(st.date), st.modalities.join(QLatin1Char('/')),
                            QString(), r.contents.patients.size() > 1 ? p.id : QString()});
            for (const SeriesContents& se : st.series) {
                QStringList notes;
                if (se.aiDerived)
                    notes << tr("AI-derived");
                if (se.lossy)
                    notes << tr("lossy");
                new QTreeWidgetItem(study, {tr("%1 %2").arg(se.number, se.description), QString(),
                                            se.modality, QString::number(se.frames),
                                            notes.join(QLatin1String(", "))});
            }
            study->setExpanded(true);
        }
    }
    for (const Finding& f : r.findings) {
        const QString severity = f.severity == Severity::Error     ? tr("Error")
                                 : f.severity == Severity::Warning ? tr("Warning")
                                                                   : tr("Info");
        auto* item = new QTreeWidgetItem(findings_, {severity, f.code, f.path, f.message});
        item->setToolTip(3, f.message);
    }
}

} // namespace pdi
