#include "StudyChecklist.h"

#include "report/DisplayText.h"

#include <QEvent>
#include <QHeaderView>

namespace pdi {

StudyChecklist::StudyChecklist(QWidget* parent)
    : QTreeWidget(parent) {
    setRootIsDecorated(false);
    setColumnCount(6);
    connect(this, &QTreeWidget::itemChanged, this, &StudyChecklist::inclusionChanged);
    retranslate();
}

void StudyChecklist::retranslate() {
    setHeaderLabels(
        {tr("Study"), tr("Date"), tr("Modality"), tr("Accession"), tr("Series"), tr("Objects")});
    setStudies(QVector<StudyOverview>(studies_));
}

void StudyChecklist::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void StudyChecklist::setStudies(const QVector<StudyOverview>& studies) {
    const QVector<StudyOverview> before = included();
    auto uids = [](const QVector<StudyOverview>& list) {
        QStringList out;
        for (const StudyOverview& s : list)
            out << s.uid;
        return out;
    };
    const bool sameStudies = uids(studies_) == uids(studies);
    studies_ = studies;
    blockSignals(true);
    clear();
    // A count the source did not give stays empty rather than showing a wrong zero.
    auto count = [](int n) {
        return n < 0 ? QString() : QString::number(n);
    };
    for (const StudyOverview& s : std::as_const(studies_)) {
        auto* item = new QTreeWidgetItem(
            this, {s.description.isEmpty() ? tr("(no description)") : s.description,
                   DisplayText::date(s.date), s.modalities.join(QLatin1Char('/')),
                   s.accessionNumber, count(s.series), count(s.instances)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        bool ticked = true;
        if (sameStudies) { // a language change keeps the person's ticks
            ticked = std::any_of(before.cbegin(), before.cend(),
                                 [&s](const StudyOverview& b) { return b.uid == s.uid; });
        }
        item->setCheckState(0, ticked ? Qt::Checked : Qt::Unchecked);
        item->setData(0, Qt::UserRole, s.uid);
        item->setToolTip(0, s.uid);
    }
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    blockSignals(false);
    Q_EMIT inclusionChanged();
}

bool StudyChecklist::setIncluded(const QString& studyUid, bool included) {
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == studyUid) {
            item->setCheckState(0, included ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QVector<StudyOverview> StudyChecklist::included() const {
    QVector<StudyOverview> out;
    for (int i = 0; i < topLevelItemCount() && i < studies_.size(); ++i) {
        if (topLevelItem(i)->checkState(0) == Qt::Checked)
            out << studies_.at(i);
    }
    return out;
}

} // namespace pdi
