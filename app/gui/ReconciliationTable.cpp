#include "ReconciliationTable.h"

#include "dicom/PersonName.h"
#include "report/DisplayText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

enum Column { Score, Source, LocalId, Name, Born, Sex, ColumnCount };

QLabel* wrapped(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReconciliationTable::ReconciliationTable(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("reconciliationTable"));
    outside_ = wrapped(this, "outsidePatient");
    outside_->setStyleSheet(QStringLiteral("background:#eceff1;padding:6px;border-radius:4px;"));
    status_ = wrapped(this, "reconcileStatus");
    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("candidates"));
    table_->setColumnCount(ColumnCount);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(true);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setMinimumHeight(130); // a candidate with its reasons, whatever else is shown
    problems_ = wrapped(this, "reconcileProblems");
    problems_->setStyleSheet(QStringLiteral("color:#8d6e00;"));
    // The sources' problems (a PACS that did not answer, each with what to check) can run to
    // many lines: they scroll in a few lines of their own instead of pushing into the table.
    problemsArea_ = new QScrollArea(this);
    problemsArea_->setFocusPolicy(Qt::NoFocus);
    problemsArea_->setObjectName(QStringLiteral("reconcileProblemsArea"));
    problemsArea_->setWidget(problems_);
    problemsArea_->setWidgetResizable(true);
    problemsArea_->setFrameShape(QFrame::NoFrame);
    problemsArea_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    problemsArea_->setMaximumHeight(problems_->fontMetrics().lineSpacing() * 4 + 8);
    problemsArea_->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(outside_);
    layout->addWidget(status_);
    layout->addWidget(table_, 1);
    layout->addWidget(problemsArea_);
    connect(table_, &QTableWidget::itemSelectionChanged, this,
            &ReconciliationTable::selectionChanged);
    rebuild();
}

void ReconciliationTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString ReconciliationTable::describeName(const QString& dicomName) {
    const PersonName name = PersonName::fromDicom(dicomName);
    QString first =
        PersonName::readable(name.ideographic.isEmpty() ? name.alphabetic : name.ideographic);
    if (!name.phonetic.isEmpty())
        first += QStringLiteral(" (%1)").arg(PersonName::readable(name.phonetic));
    if (!name.ideographic.isEmpty() && !name.alphabetic.isEmpty())
        first += QLatin1Char('\n') + PersonName::readable(name.alphabetic);
    return first.trimmed().isEmpty() ? tr("(no name)") : first;
}

QString ReconciliationTable::describeSource(const Candidate& c) {
    switch (c.kind) {
    case Candidate::Kind::Archive:
        return tr("local archive");
    case Candidate::Kind::Pacs:
        return tr("PACS %1").arg(c.source);
    case Candidate::Kind::Worklist: {
        QString text = tr("worklist %1").arg(c.source);
        if (!c.accessionNumber.isEmpty())
            text += QLatin1Char('\n') +
                    tr("order %1, %2 %3")
                        .arg(c.accessionNumber, DisplayText::date(c.scheduledDate), c.procedure)
                        .trimmed();
        return text;
    }
    }
    return c.source;
}

QString ReconciliationTable::explain(const Candidate& c) {
    QStringList lines;
    lines << tr("Why it may be this patient: %1.")
                 .arg(c.match.matches.isEmpty() ? tr("nothing matches")
                                                : c.match.matches.join(QLatin1String("; ")));
    lines << (c.match.differences.isEmpty()
                  ? tr("Nothing differs.")
                  : tr("Where it differs: %1.").arg(c.match.differences.join(QLatin1String("; "))));
    return lines.join(QLatin1Char('\n'));
}

void ReconciliationTable::setReconciliation(const PatientReconciliation& reconciliation) {
    reconciliation_ = reconciliation;
    searching_ = false;
    chosen_ = -1;
    rebuild();
}

void ReconciliationTable::setSearching(const PatientDemographics& outside, const QString& step) {
    if (!searching_ || reconciliation_.outside.id != outside.id ||
        reconciliation_.outside.name != outside.name) {
        reconciliation_ = PatientReconciliation();
        reconciliation_.outside = outside;
        chosen_ = -1;
    }
    searching_ = true;
    step_ = step;
    rebuild();
}

void ReconciliationTable::clear() {
    reconciliation_ = PatientReconciliation();
    searching_ = false;
    chosen_ = -1;
    rebuild();
}

void ReconciliationTable::showOutside() {
    const PatientDemographics& o = reconciliation_.outside;
    if (o.id.isEmpty() && o.name.isEmpty()) {
        outside_->clear();
        outside_->setVisible(false);
        return;
    }
    const QString id = o.issuer.isEmpty() ? o.id : tr("%1 (issued by %2)").arg(o.id, o.issuer);
    QString text = tr("On the medium: %1\nID %2   born %3   %4")
                       .arg(describeName(o.name).replace(QLatin1Char('\n'), QLatin1String("   ")),
                            id, DisplayText::date(o.birthDate), DisplayText::sex(o.sex));
    if (!reconciliation_.institutions.isEmpty())
        text += QLatin1Char('\n') +
                tr("From: %1").arg(reconciliation_.institutions.join(QLatin1String(", ")));
    outside_->setText(text);
    outside_->setVisible(true);
}

void ReconciliationTable::rebuild() {
    updating_ = true;
    showOutside();
    table_->clearContents();
    table_->setHorizontalHeaderLabels(
        {tr("Verdict"), tr("Source"), tr("Local ID"), tr("Name"), tr("Born"), tr("Sex")});
    // Each candidate is a row of what the source knows, then its reasons spelled out on a row of
    // their own across the table: why it matches, and (in red) where it differs.
    const QVector<Candidate>& candidates = reconciliation_.candidates;
    rowCandidate_.clear();
    reasonRows_.clear();
    int rows = 0;
    for (const Candidate& c : candidates)
        rows +=
            2 + (c.match.differences.isEmpty() ? 0 : 1) + (c.characterSetNote.isEmpty() ? 0 : 1);
    table_->clearSpans();
    table_->setRowCount(rows);
    int row = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates.at(i);
        const QString id = c.patient.issuer.isEmpty()
                               ? c.patient.id
                               : QStringLiteral("%1\n(%2)").arg(c.patient.id, c.patient.issuer);
        // The verdict in words, the score that orders candidates inside it below.
        const QString cells[ColumnCount] = {CandidateScorer::verdictText(c.match.verdict) +
                                                QLatin1Char('\n') + QString::number(c.match.score),
                                            describeSource(c),
                                            id,
                                            describeName(c.patient.name),
                                            DisplayText::date(c.patient.birthDate),
                                            DisplayText::sex(c.patient.sex)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(explain(c));
            if (col == Score) {
                item->setTextAlignment(Qt::AlignCenter);
                QFont bold = item->font();
                bold.setBold(c.match.verdict == Verdict::Likely);
                item->setFont(bold);
                if (c.match.verdict == Verdict::Unlikely)
                    item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            }
            table_->setItem(row, col, item);
        }
        rowCandidate_ << i;
        ++row;
        auto reason = [&](const QString& text, const QColor& color) {
            auto* item = new QTableWidgetItem(text);
            item->setForeground(color);
            item->setToolTip(explain(c));
            table_->setItem(row, 0, item);
            table_->setSpan(row, 0, 1, ColumnCount);
            reasonRows_ << row;
            rowCandidate_ << i;
            ++row;
        };
        reason(tr("Matches: %1")
                   .arg(c.match.matches.isEmpty() ? tr("nothing")
                                                  : c.match.matches.join(QLatin1String("; "))),
               QColor(0x1b, 0x5e, 0x20));
        if (!c.match.differences.isEmpty())
            reason(tr("Differs: %1").arg(c.match.differences.join(QLatin1String("; "))),
                   QColor(0xb7, 0x1c, 0x1c));
        if (!c.characterSetNote.isEmpty())
            reason(c.characterSetNote, QColor(0x8a, 0x4b, 0x00));
    }
    // The name takes what the other columns leave: no sideways scrolling in a narrow pane.
    for (int col = 0; col < ColumnCount; ++col)
        table_->horizontalHeader()->setSectionResizeMode(col, col == Name ? QHeaderView::Stretch
                                                              : col == Score
                                                                  ? QHeaderView::Fixed
                                                                  : QHeaderView::ResizeToContents);
    // The reasons span the table from the verdict's column: its width must not follow them.
    // The verdict wraps at its widest word.
    const QFontMetrics header(table_->horizontalHeader()->font());
    int verdictWidth = header.horizontalAdvance(tr("Verdict"));
    for (Verdict v : {Verdict::Likely, Verdict::Possible, Verdict::Unlikely}) {
        const QString words = CandidateScorer::verdictText(v);
        // Japanese has no spaces: half of it on each line.
        const QStringList pieces = words.contains(QLatin1Char(' '))
                                       ? words.split(QLatin1Char(' '))
                                       : QStringList{words.left((words.size() + 1) / 2)};
        for (const QString& piece : pieces)
            verdictWidth = qMax(verdictWidth, header.horizontalAdvance(piece));
    }
    table_->setColumnWidth(Score, verdictWidth + 16);
    table_->resizeRowsToContents();
    fitReasonRows();
    table_->clearSelection();
    const int shown = rowCandidate_.indexOf(chosen_);
    if (chosen_ >= 0 && shown >= 0)
        table_->selectRow(shown);
    else
        table_->setCurrentCell(-1, -1);

    if (searching_) {
        status_->setText(step_.isEmpty() ? tr("Looking for local candidates ...")
                                         : tr("Looking for local candidates: %1 ...").arg(step_));
        status_->setStyleSheet(QString());
    } else if (reconciliation_.outside.id.isEmpty() && reconciliation_.outside.name.isEmpty()) {
        status_->setText(tr("Open a medium to see the local candidates."));
        status_->setStyleSheet(QString());
    } else if (candidates.isEmpty()) {
        status_->setText(tr("No local candidate found. Enter the local ID below if the patient "
                            "has one, or keep the outside IDs."));
        status_->setStyleSheet(QStringLiteral("font-weight:bold;"));
    } else {
        status_->setText(
            tr("%n candidate(s), best first. Nothing is chosen: click the local patient this is.",
               nullptr, int(candidates.size())));
        status_->setStyleSheet(chosen_ < 0 ? QStringLiteral("font-weight:bold;") : QString());
    }
    problems_->setText(reconciliation_.problems.join(QLatin1Char('\n')));
    problemsArea_->setVisible(!reconciliation_.problems.isEmpty());
    updating_ = false;
}

void ReconciliationTable::fitReasonRows() {
    // A reason runs across the table: its height follows the table's width, which the row
    // height of a spanned cell does not.
    const QFontMetrics metrics(table_->font());
    int width = 0;
    for (int col = 0; col < ColumnCount; ++col)
        width += table_->columnWidth(col);
    width = qMax(width, table_->viewport()->width()) - 8;
    for (int r : std::as_const(reasonRows_)) {
        if (const QTableWidgetItem* item = table_->item(r, 0)) {
            const QRect needed = metrics.boundingRect(QRect(0, 0, qMax(width, 100), 10000),
                                                      Qt::TextWordWrap, item->text());
            table_->setRowHeight(r, needed.height() + 6);
        }
    }
}

void ReconciliationTable::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitReasonRows();
}

void ReconciliationTable::selectionChanged() {
    if (updating_)
        return;
    const QList<QTableWidgetItem*> selected = table_->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.constFirst()->row();
    const int candidate = row >= 0 && row < rowCandidate_.size() ? rowCandidate_.at(row) : -1;
    // A click on a reason chooses its candidate: the candidate's own row shows the choice.
    const int candidateRow = rowCandidate_.indexOf(candidate);
    if (candidate >= 0 && row != candidateRow) {
        table_->selectRow(candidateRow);
        return;
    }
    if (candidate == chosen_)
        return;
    chosen_ = candidate;
    status_->setStyleSheet(QString());
    Q_EMIT candidateChosen();
}

std::optional<Candidate> ReconciliationTable::chosen() const {
    if (chosen_ < 0 || chosen_ >= reconciliation_.candidates.size())
        return std::nullopt;
    return reconciliation_.candidates.at(chosen_);
}

bool ReconciliationTable::choose(int candidate) {
    const int row = rowCandidate_.indexOf(candidate);
    if (candidate < 0 || row < 0)
        return false;
    table_->selectRow(row);
    return chosen_ == candidate;
}

int ReconciliationTable::rowOf(int candidate) const {
    return rowCandidate_.indexOf(candidate);
}

void ReconciliationTable::clearChoice() {
    table_->clearSelection();
}

} // namespace pdi
