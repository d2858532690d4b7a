#include "ImportResultView.h"

#include "ImportConfirmation.h"
#include "LeftOutList.h"
#include "ReconciliationTable.h"
#include "report/DisplayText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

// Beyond these, the reasons of failed objects are in the job record.
constexpr int FailuresShown = 10;

} // namespace

ImportResultView::ImportResultView(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("importResult"));
    setFrameShape(QFrame::StyledPanel);
    headline_ = new QLabel(this);
    headline_->setObjectName(QStringLiteral("resultHeadline"));
    QFont big = headline_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    headline_->setFont(big);
    headline_->setWordWrap(true);
    details_ = new QLabel(this);
    details_->setObjectName(QStringLiteral("resultDetails"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    resume_ = new QPushButton(this);
    resume_->setObjectName(QStringLiteral("resumeImport"));
    QFont bold = resume_->font();
    bold.setBold(true);
    resume_->setFont(bold);
    resume_->setMinimumHeight(32);
    importedTitle_ = new QLabel(this);
    imported_ = new QTreeWidget(this);
    imported_->setObjectName(QStringLiteral("importedSeries"));
    imported_->setColumnCount(3);
    imported_->setRootIsDecorated(true);
    leftOutTitle_ = new QLabel(this);
    leftOut_ = new LeftOutList(this);
    leftOut_->tree()->setObjectName(QStringLiteral("resultLeftOut"));

    auto* text = new QVBoxLayout;
    text->addWidget(headline_);
    text->addWidget(details_, 1);
    auto* resumeRow = new QHBoxLayout;
    resumeRow->addWidget(resume_);
    resumeRow->addStretch();
    text->addLayout(resumeRow);
    auto* importedPane = new QVBoxLayout;
    importedPane->addWidget(importedTitle_);
    importedPane->addWidget(imported_, 1);
    auto* leftOutPane = new QVBoxLayout;
    leftOutPane->addWidget(leftOutTitle_);
    leftOutPane->addWidget(leftOut_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(text, 3);
    layout->addLayout(importedPane, 2);
    layout->addLayout(leftOutPane, 2);

    connect(resume_, &QPushButton::clicked, this, &ImportResultView::resumeRequested);
    clear();
}

void ImportResultView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ImportResultView::clear() {
    plan_.reset();
    outcome_.reset();
    failure_.clear();
    retranslate();
}

void ImportResultView::showOutcome(const ImportPlan& plan, const ImportOutcome& outcome) {
    plan_ = plan;
    outcome_ = outcome;
    failure_.clear();
    retranslate();
}

void ImportResultView::showFailure(const QString& message) {
    plan_.reset();
    outcome_.reset();
    failure_ = message;
    retranslate();
}

QString ImportResultView::headline() const {
    return headline_->text();
}

QString ImportResultView::details() const {
    return details_->text();
}

bool ImportResultView::offersResume() const {
    return !resume_->isHidden() && resume_->isEnabled();
}

void ImportResultView::retranslate() {
    resume_->setText(tr("Resume"));
    leftOutTitle_->setText(tr("Left out, and why:"));
    imported_->setHeaderLabels({tr("Study / series"), tr("Modality"), tr("Objects")});
    imported_->clear();
    leftOut_->clear();
    setVisible(hasOutcome());
    const bool showLists = outcome_.has_value();
    for (QWidget* w :
         std::initializer_list<QWidget*>{importedTitle_, imported_, leftOutTitle_, leftOut_})
        w->setVisible(showLists);
    resume_->setVisible(false);
    if (!failure_.isEmpty()) {
        headline_->setText(tr("Not imported"));
        headline_->setStyleSheet(QStringLiteral("color:#b71c1c;"));
        details_->setText(tr("%1\nNothing was sent.").arg(failure_));
        return;
    }
    if (!outcome_) {
        headline_->clear();
        details_->clear();
        return;
    }
    const ImportPlan& plan = *plan_;
    const ImportOutcome& o = *outcome_;
    const bool complete = o.status == ImportOutcome::Status::Complete;
    headline_->setText(complete ? tr("Imported") : tr("Incomplete"));
    headline_->setStyleSheet(complete ? QStringLiteral("color:#1b5e20;")
                                      : QStringLiteral("color:#b71c1c;"));
    QStringList lines;
    const QString local =
        plan.request.keepIds
            ? tr("with the outside IDs kept (%1)").arg(plan.local.patientId)
            : tr("under %1 %2")
                  .arg(plan.local.patientId, ReconciliationTable::describeName(plan.local.name)
                                                 .replace(QLatin1Char('\n'), QLatin1String("   ")));
    const QString destination = ImportConfirmation::describeDestination(plan.destination);
    const int done = plan.destination.has(DicomNode::Commit) ? o.committed : o.sent + o.committed;
    if (complete) {
        lines << tr("Sent: %1 of %n object(s), to %2, %3.", nullptr, o.planned)
                     .arg(done)
                     .arg(destination, local);
    } else {
        lines << tr("Sent: %1 of %n object(s), to %2, %3. Still to send: %4; failed: %5.", nullptr,
                    o.planned)
                     .arg(done)
                     .arg(destination, local)
                     .arg(o.pending)
                     .arg(o.failed);
        lines << o.reasons;
        lines << tr("Resume continues this import; what was sent is not sent again.");
        resume_->setVisible(true);
    }
    if (o.sentBefore > 0)
        lines << tr("%n object(s) had been sent by an earlier run.", nullptr, o.sentBefore);
    if (plan.destination.has(DicomNode::Commit))
        lines << tr("%n object(s) confirmed by the PACS (storage commitment).", nullptr,
                    o.committed);
    for (int i = 0; i < o.failures.size() && i < FailuresShown; ++i)
        lines << tr("Failed: %1: %2").arg(o.failures.at(i).first, o.failures.at(i).second);
    if (o.failures.size() > FailuresShown)
        lines << tr("... and %n more failure(s) in the job record.", nullptr,
                    int(o.failures.size() - FailuresShown));
    lines << tr("Job %1, run %2; recorded under your name.").arg(o.jobId).arg(o.run);
    details_->setText(lines.join(QLatin1Char('\n')));

    // What was sent, by study and series as the medium names them.
    QHash<QString, const SeriesContents*> seriesOf;
    QHash<QString, const StudyContents*> studyOf;
    const QVector<PatientContents>& patients = plan.medium.report().contents.patients;
    if (plan.patientIndex >= 0 && plan.patientIndex < patients.size()) {
        for (const StudyContents& st : patients.at(plan.patientIndex).studies) {
            studyOf.insert(st.uid, &st);
            for (const SeriesContents& se : st.series)
                seriesOf.insert(se.uid, &se);
        }
    }
    QHash<QString, QTreeWidgetItem*> studyItems;
    QHash<QString, QTreeWidgetItem*> seriesItems;
    for (const ImportObject& i : plan.instances) {
        QTreeWidgetItem*& study = studyItems[i.studyUid];
        if (!study) {
            const StudyContents* st = studyOf.value(i.studyUid);
            study = new QTreeWidgetItem(
                imported_,
                {st ? tr("%1  %2").arg(DisplayText::date(st->date), st->description).trimmed()
                    : i.studyUid,
                 st ? st->modalities.join(QLatin1Char('/')) : QString(), QStringLiteral("0")});
            study->setExpanded(true);
        }
        QTreeWidgetItem*& series = seriesItems[i.seriesUid];
        if (!series) {
            const SeriesContents* se = seriesOf.value(i.seriesUid);
            series = new QTreeWidgetItem(
                study,
                {se ? tr("Series %1  %2").arg(se->number, se->description).trimmed() : i.seriesUid,
                 se ? se->modality : QString(), QStringLiteral("0")});
        }
        series->setText(2, QString::number(series->text(2).toInt() + 1));
        study->setText(2, QString::number(study->text(2).toInt() + 1));
    }
    imported_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    imported_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    imported_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    importedTitle_->setText(complete ? tr("Imported, study by study:")
                                     : tr("Planned, study by study:"));
    leftOut_->setFiles(plan.leftOut);
    if (plan.leftOut.isEmpty())
        leftOutTitle_->setText(tr("Nothing on the medium was left out."));
}

} // namespace pdi
