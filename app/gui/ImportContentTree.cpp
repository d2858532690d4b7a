#include "ImportContentTree.h"

#include "report/DisplayText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

constexpr int SeriesUidRole = Qt::UserRole;

} // namespace

ImportContentTree::ImportContentTree(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("importContent"));
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("importSeries"));
    tree_->setColumnCount(3);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("contentSummary"));
    summary_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_, 1);
    layout->addWidget(summary_);
    connect(tree_, &QTreeWidget::itemChanged, this, &ImportContentTree::itemChanged);
    rebuild();
}

void ImportContentTree::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ImportContentTree::setPatient(const PatientContents& patient) {
    patient_ = patient;
    included_.clear();
    for (const StudyContents& st : patient_.studies) {
        for (const SeriesContents& se : st.series)
            included_.insert(se.uid, true);
    }
    rebuild();
    Q_EMIT choiceChanged();
}

void ImportContentTree::clear() {
    patient_ = PatientContents();
    included_.clear();
    rebuild();
}

void ImportContentTree::rebuild() {
    updating_ = true;
    tree_->clear();
    series_.clear();
    tree_->setHeaderLabels({tr("Study / series"), tr("Modality"), tr("Images")});
    for (const StudyContents& st : std::as_const(patient_.studies)) {
        int images = 0;
        for (const SeriesContents& se : st.series)
            images += se.frames;
        // The date goes with the study's name: the pane is narrow, the series names are long.
        auto* study = new QTreeWidgetItem(
            tree_, {tr("%1  %2", "study date, description")
                        .arg(DisplayText::date(st.date),
                             st.description.isEmpty() ? tr("(no description)") : st.description),
                    st.modalities.join(QLatin1Char('/')), QString::number(images)});
        study->setFlags(study->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        study->setToolTip(0, st.uid);
        for (const SeriesContents& se : st.series) {
            QStringList notes;
            if (se.aiDerived)
                notes << tr("AI-derived");
            if (se.lossy)
                notes << tr("lossy");
            QString text = tr("Series %1  %2").arg(se.number, se.description).trimmed();
            if (!notes.isEmpty())
                text = tr("%1 (%2)", "series, notes").arg(text, notes.join(QLatin1String(", ")));
            auto* item =
                new QTreeWidgetItem(study, {text, se.modality, QString::number(se.frames)});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setData(0, SeriesUidRole, se.uid);
            item->setToolTip(0, se.uid);
            item->setCheckState(0, included_.value(se.uid, true) ? Qt::Checked : Qt::Unchecked);
            series_.insert(se.uid, item);
        }
        study->setExpanded(st.series.size() <= 20);
    }
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < tree_->columnCount(); ++c)
        tree_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    updating_ = false;
    summary_->setText(summary());
}

void ImportContentTree::itemChanged(QTreeWidgetItem* item, int column) {
    if (updating_ || column != 0)
        return;
    const QString uid = item->data(0, SeriesUidRole).toString();
    if (uid.isEmpty())
        return; // a study: Qt ticks its series, which arrive here one by one
    const bool included = item->checkState(0) == Qt::Checked;
    if (included_.value(uid) == included)
        return;
    included_.insert(uid, included);
    summary_->setText(summary());
    Q_EMIT choiceChanged();
}

bool ImportContentTree::setIncluded(const QString& seriesUid, bool included) {
    QTreeWidgetItem* item = series_.value(seriesUid);
    if (!item)
        return false;
    item->setCheckState(0, included ? Qt::Checked : Qt::Unchecked);
    return true;
}

QStringList ImportContentTree::chosenSeries() const {
    QStringList out;
    for (const StudyContents& st : patient_.studies) {
        for (const SeriesContents& se : st.series) {
            if (included_.value(se.uid))
                out << se.uid;
        }
    }
    return out;
}

bool ImportContentTree::allChosen() const {
    return std::all_of(included_.cbegin(), included_.cend(), [](bool b) { return b; });
}

bool ImportContentTree::noneChosen() const {
    return std::none_of(included_.cbegin(), included_.cend(), [](bool b) { return b; });
}

QString ImportContentTree::summary() const {
    int series = 0;
    int chosenSeries = 0;
    int images = 0;
    int chosenImages = 0;
    for (const StudyContents& st : patient_.studies) {
        for (const SeriesContents& se : st.series) {
            ++series;
            images += se.instances;
            if (included_.value(se.uid)) {
                ++chosenSeries;
                chosenImages += se.instances;
            }
        }
    }
    if (series == 0)
        return QString();
    return tr("Chosen: %1 of %2 series, %3 of %4 objects.")
        .arg(chosenSeries)
        .arg(series)
        .arg(chosenImages)
        .arg(images);
}

} // namespace pdi
