#include "ReconciliationTable.h"

#include "dicom/PersonName.h"
#include "report/DisplayText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

enum Column { Score, Source, LocalId, Name, Born, Sex, Matches, Differs, ColumnCount };

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
    table_->horizontalHeader()->setStretchLastSection(true);
    detail_ = wrapped(this, "candidateDetail");
    problems_ = wrapped(this, "reconcileProblems");
    problems_->setStyleSheet(QStringLiteral("color:#8d6e00;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(outside_);
    layout->addWidget(status_);
    layout->addWidget(table_, 1);
    layout->addWidget(detail_);
    layout->addWidget(problems_);
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
    table_->setHorizontalHeaderLabels({tr("Score"), tr("Source"), tr("Local ID"), tr("Name"),
                                       tr("Born"), tr("Sex"), tr("Why it matches"),
                                       tr("Where it differs")});
    const QVector<Candidate>& candidates = reconciliation_.candidates;
    table_->setRowCount(candidates.size());
    for (int row = 0; row < candidates.size(); ++row) {
        const Candidate& c = candidates.at(row);
        const QString id = c.patient.issuer.isEmpty()
                               ? c.patient.id
                               : QStringLiteral("%1\n(%2)").arg(c.patient.id, c.patient.issuer);
        const QString cells[ColumnCount] = {QString::number(c.match.score),
                                            describeSource(c),
                                            id,
                                            describeName(c.patient.name),
                                            DisplayText::date(c.patient.birthDate),
                                            DisplayText::sex(c.patient.sex),
                                            c.match.matches.join(QLatin1Char('\n')),
                                            c.match.differences.join(QLatin1Char('\n'))};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(explain(c));
            if (col == Score) {
                item->setTextAlignment(Qt::AlignCenter);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (col == Differs && !c.match.differences.isEmpty())
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            table_->setItem(row, col, item);
        }
    }
    table_->resizeColumnsToContents();
    for (int col : {Name, Matches})
        table_->setColumnWidth(col, qMin(table_->columnWidth(col), 220));
    table_->resizeRowsToContents();
    table_->clearSelection();
    if (chosen_ >= 0 && chosen_ < candidates.size())
        table_->selectRow(chosen_);
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
    problems_->setVisible(!reconciliation_.problems.isEmpty());
    updating_ = false;
    detail_->setText(chosen_ >= 0 && chosen_ < candidates.size() ? explain(candidates.at(chosen_))
                                                                 : QString());
    detail_->setVisible(!detail_->text().isEmpty());
}

void ReconciliationTable::selectionChanged() {
    if (updating_)
        return;
    const QList<QTableWidgetItem*> selected = table_->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.constFirst()->row();
    if (row == chosen_)
        return;
    chosen_ = row;
    detail_->setText(row >= 0 ? explain(reconciliation_.candidates.at(row)) : QString());
    detail_->setVisible(!detail_->text().isEmpty());
    status_->setStyleSheet(QString());
    Q_EMIT candidateChosen();
}

std::optional<Candidate> ReconciliationTable::chosen() const {
    if (chosen_ < 0 || chosen_ >= reconciliation_.candidates.size())
        return std::nullopt;
    return reconciliation_.candidates.at(chosen_);
}

bool ReconciliationTable::choose(int row) {
    if (row < 0 || row >= reconciliation_.candidates.size())
        return false;
    table_->selectRow(row);
    return chosen_ == row;
}

void ReconciliationTable::clearChoice() {
    table_->clearSelection();
}

} // namespace pdi
