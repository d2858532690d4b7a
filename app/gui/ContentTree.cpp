#include "ContentTree.h"

#include "report/DisplayText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

enum Column { Name, Modality, Images, Size, Decision, ColumnCount };
constexpr int UidRole = Qt::UserRole;
// The whole sentence of a series' decision; the column shows the short form.
constexpr int NoteRole = Qt::UserRole + 1;

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

ContentTree::ContentTree(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("contentTree"));
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("content"));
    tree_->setColumnCount(ColumnCount);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    tree_->setUniformRowHeights(true);
    tree_->header()->setStretchLastSection(true);
    notAiButton_ = new QPushButton(this);
    notAiButton_->setObjectName(QStringLiteral("notAi"));
    markAiButton_ = new QPushButton(this);
    markAiButton_->setObjectName(QStringLiteral("markAi"));
    undoMarkButton_ = new QPushButton(this);
    undoMarkButton_->setObjectName(QStringLiteral("undoAiMark"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(notAiButton_);
    actions->addWidget(markAiButton_);
    actions->addWidget(undoMarkButton_);
    actions->addStretch();
    detail_ = new QLabel(this);
    detail_->setObjectName(QStringLiteral("decisionDetail"));
    detail_->setWordWrap(true);
    detail_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Two lines kept for the sentence, shown or not: the buttons below do not jump.
    detail_->setMinimumHeight(detail_->fontMetrics().lineSpacing() * 2 + 4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_, 1);
    layout->addWidget(detail_);
    layout->addLayout(actions);

    connect(tree_, &QTreeWidget::itemChanged, this, &ContentTree::itemChanged);
    connect(tree_, &QTreeWidget::currentItemChanged, this, &ContentTree::updateActions);
    connect(tree_, &QWidget::customContextMenuRequested, this, &ContentTree::contextMenu);
    connect(notAiButton_, &QPushButton::clicked, this,
            [this] { setAiMark(currentSeries(), ContentChoice::AiMark::NotAi); });
    connect(markAiButton_, &QPushButton::clicked, this,
            [this] { setAiMark(currentSeries(), ContentChoice::AiMark::MarkedAi); });
    connect(undoMarkButton_, &QPushButton::clicked, this,
            [this] { setAiMark(currentSeries(), ContentChoice::AiMark::Detected); });
    retranslate();
}

void ContentTree::retranslate() {
    tree_->setHeaderLabels(
        {tr("Study / series"), tr("Modality"), tr("Images"), tr("MB"), tr("Needs a decision")});
    notAiButton_->setText(tr("Not AI-derived"));
    notAiButton_->setToolTip(tr("The selected series was recognised as AI-derived but is not: "
                                "write it as ordinary images. Your decision is recorded."));
    markAiButton_->setText(tr("Mark as AI-derived"));
    markAiButton_->setToolTip(tr("The selected series was made by an AI product that was not "
                                 "recognised: it is then left out unless you tick it, and named "
                                 "on the label if written. Your decision is recorded."));
    undoMarkButton_->setText(tr("Undo my mark"));
    rebuild();
}

void ContentTree::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContentTree::setInventory(const ExportPlan& inventory) {
    inventory_ = inventory;
    choice_ = ContentChoice(inventory);
    series_.clear();
    for (const PlannedStudy& st : inventory_.studies) {
        for (const PlannedSeries& se : st.series)
            series_.insert(se.uid, se);
    }
    rebuild();
}

void ContentTree::clear() {
    setInventory(ExportPlan());
}

QTreeWidgetItem* ContentTree::seriesItem(const QString& seriesUid) const {
    return items_.value(seriesUid);
}

QString ContentTree::currentSeries() const {
    QTreeWidgetItem* item = tree_->currentItem();
    return item ? item->data(Name, UidRole).toString() : QString();
}

void ContentTree::rebuild() {
    const QString current = currentSeries();
    const QSignalBlocker blocker(tree_);
    updating_ = true;
    tree_->clear();
    items_.clear();
    for (const PlannedStudy& st : std::as_const(inventory_.studies)) {
        qint64 bytes = 0;
        int images = 0;
        for (const PlannedSeries& se : st.series) {
            bytes += se.estimatedBytes;
            images += se.frames;
        }
        QString title = DisplayText::date(st.date);
        if (!st.description.isEmpty())
            title += QLatin1String("  ") + st.description;
        auto* study = new QTreeWidgetItem(tree_);
        study->setText(Name, title);
        study->setText(Modality, st.modalities.join(QLatin1Char('/')));
        study->setText(Images, QString::number(images));
        study->setText(Size, megabytes(bytes));
        study->setToolTip(Name,
                          tr("Study %1\nAccession number %2").arg(st.uid, st.accessionNumber));
        study->setFlags(study->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (const PlannedSeries& se : st.series) {
            auto* item = new QTreeWidgetItem(study);
            item->setData(Name, UidRole, se.uid);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setText(Name, se.description.isEmpty()
                                    ? tr("Series %1").arg(se.number)
                                    : tr("Series %1  %2").arg(se.number, se.description));
            item->setText(Modality, se.modality);
            item->setText(Images, QString::number(se.frames));
            item->setText(Size, megabytes(se.estimatedBytes));
            item->setToolTip(Name, tr("Series %1").arg(se.uid));
            for (int c : {Images, Size})
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            items_.insert(se.uid, item);
            showSeries(item);
        }
        for (int c : {Images, Size})
            study->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        study->setExpanded(st.series.size() <= 30);
    }
    // The names are short and the decisions long: the decision column takes the rest, and the
    // current series' decision is shown whole below the tree.
    for (int c : {Name, Modality, Images, Size})
        tree_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(true);
    if (QTreeWidgetItem* item = items_.value(current))
        tree_->setCurrentItem(item);
    updating_ = false;
    updateActions();
}

QString ContentTree::note(const QString& seriesUid) const {
    QTreeWidgetItem* item = items_.value(seriesUid);
    return item ? item->data(Decision, NoteRole).toString() : QString();
}

void ContentTree::showSeries(QTreeWidgetItem* item) {
    const QString uid = item->data(Name, UidRole).toString();
    const PlannedSeries se = series_.value(uid);
    const bool included = choice_.isIncluded(uid);
    const ContentChoice::AiMark mark = choice_.aiMark(uid);
    QStringList needs;
    QStringList kinds;
    if (se.video)
        needs << tr("Video");
    if (se.bulk)
        needs << tr("Thin-slice or large data");
    kinds = needs;
    if (mark == ContentChoice::AiMark::MarkedAi)
        needs << tr("AI-derived (marked by you)");
    else if (choice_.isAiDerived(uid))
        needs << tr("AI-derived: %1").arg(se.aiReasons.join(QLatin1String("; ")));
    if (mark == ContentChoice::AiMark::MarkedAi || choice_.isAiDerived(uid))
        kinds << tr("AI-derived");
    QString text = needs.join(tr(", ", "between the kinds of decision"));
    if (!needs.isEmpty())
        text = tr("%1 - %2", "what the series is, then what becomes of it")
                   .arg(text, included ? tr("included by your decision")
                                       : tr("left out unless you tick it"));
    if (mark == ContentChoice::AiMark::NotAi)
        text = tr("Not AI-derived (your decision; recognised by: %1)")
                   .arg(se.aiReasons.join(QLatin1String("; ")));
    // The column says what the series is and what becomes of it in a few words; the sentence
    // with the reasons is in the tooltip and below the tree.
    QString brief = kinds.join(tr(", ", "between the kinds of decision"));
    if (mark == ContentChoice::AiMark::NotAi)
        brief = tr("Not AI-derived (yours)");
    else if (!kinds.isEmpty())
        brief = tr("%1: %2", "what the series is, then what becomes of it, briefly")
                    .arg(brief, included ? tr("written") : tr("left out"));
    const bool wasUpdating = updating_;
    updating_ = true;
    item->setCheckState(Name, included ? Qt::Checked : Qt::Unchecked);
    item->setText(Decision, brief);
    item->setData(Decision, NoteRole, text);
    item->setToolTip(Decision, text);
    const bool decision = choice_.needsDecision(uid);
    QFont font = item->font(Decision);
    font.setBold(decision);
    item->setFont(Decision, font);
    item->setBackground(Decision, decision ? QBrush(QColor(0xff, 0xf3, 0xe0)) : QBrush());
    item->setForeground(Decision,
                        decision && !included ? QBrush(QColor(0xb2, 0x6a, 0x00)) : QBrush());
    if (item == tree_->currentItem())
        detail_->setText(text);
    updating_ = wasUpdating;
}

void ContentTree::itemChanged(QTreeWidgetItem* item, int column) {
    if (updating_ || column != Name)
        return;
    const QString uid = item->data(Name, UidRole).toString();
    if (uid.isEmpty())
        return; // a study: Qt ticks its series, each of which arrives here
    const bool included = item->checkState(Name) == Qt::Checked;
    if (included == choice_.isIncluded(uid))
        return;
    choice_.setIncluded(uid, included);
    showSeries(item);
    Q_EMIT choiceChanged();
}

bool ContentTree::setIncluded(const QString& seriesUid, bool included) {
    QTreeWidgetItem* item = items_.value(seriesUid);
    if (!item)
        return false;
    item->setCheckState(Name, included ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool ContentTree::setAiMark(const QString& seriesUid, ContentChoice::AiMark mark) {
    QTreeWidgetItem* item = items_.value(seriesUid);
    if (!item)
        return false;
    choice_.setAiMark(seriesUid, mark);
    {
        const QSignalBlocker blocker(tree_);
        showSeries(item);
    }
    // Blocked signals also kept Qt from ticking the study box: draw it again.
    tree_->viewport()->update();
    updateActions();
    Q_EMIT choiceChanged();
    return true;
}

void ContentTree::updateActions() {
    const QString uid = currentSeries();
    detail_->setText(note(uid));
    const bool known = series_.contains(uid);
    const PlannedSeries se = series_.value(uid);
    const ContentChoice::AiMark mark = choice_.aiMark(uid);
    notAiButton_->setEnabled(known && se.aiDerived && mark == ContentChoice::AiMark::Detected);
    markAiButton_->setEnabled(known && !se.aiDerived && mark == ContentChoice::AiMark::Detected);
    undoMarkButton_->setEnabled(known && mark != ContentChoice::AiMark::Detected);
}

void ContentTree::contextMenu(const QPoint& pos) {
    QTreeWidgetItem* item = tree_->itemAt(pos);
    if (!item || item->data(Name, UidRole).toString().isEmpty())
        return;
    tree_->setCurrentItem(item);
    // Not exec(): the idle sign-out may close this workspace while the menu is open.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QPushButton* b : {notAiButton_, markAiButton_, undoMarkButton_}) {
        QAction* action = menu->addAction(b->text());
        action->setEnabled(b->isEnabled());
        connect(action, &QAction::triggered, b, &QPushButton::click);
    }
    menu->popup(tree_->viewport()->mapToGlobal(pos));
}

} // namespace pdi
