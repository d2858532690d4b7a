#include "FindingList.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

constexpr int FlatFindingsLimit = 500;
constexpr int ExamplesPerCode = 50;

} // namespace

FindingList::FindingList(QWidget* parent)
    : QWidget(parent) {
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("findings"));
    tree_->setWordWrap(true);
    tree_->header()->setStretchLastSection(true);
    detail_ = new QLabel(this);
    detail_->setObjectName(QStringLiteral("findingDetail"));
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_, 1);
    layout->addWidget(detail_);
    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        detail_->setText(item ? QStringLiteral("%1  %2").arg(item->text(2), item->text(3)).trimmed()
                              : QString());
    });
    retranslate();
}

QString FindingList::severityText(Severity s) {
    switch (s) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return QString();
}

void FindingList::retranslate() {
    tree_->setHeaderLabels({tr("Severity"), tr("Code"), tr("Where"), tr("What to know")});
    rebuild();
}

void FindingList::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingList::setFindings(const QVector<Finding>& findings) {
    findings_ = findings;
    rebuild();
}

void FindingList::clear() {
    findings_.clear();
    rebuild();
}

void FindingList::rebuild() {
    tree_->clear();
    detail_->clear();
    if (findings_.size() <= FlatFindingsLimit) {
        tree_->setRootIsDecorated(false);
        for (const Finding& f : std::as_const(findings_)) {
            auto* item =
                new QTreeWidgetItem(tree_, {severityText(f.severity), f.code, f.path, f.message});
            item->setToolTip(3, f.message);
        }
    } else {
        tree_->setRootIsDecorated(true);
        QHash<QString, QTreeWidgetItem*> groups;
        QHash<QString, int> counts;
        for (const Finding& f : std::as_const(findings_)) {
            QTreeWidgetItem*& group = groups[f.code];
            if (!group) {
                group = new QTreeWidgetItem(
                    tree_, {severityText(f.severity), f.code, QString(), f.message});
                group->setToolTip(3, f.message);
            }
            const int n = ++counts[f.code];
            if (n <= ExamplesPerCode)
                new QTreeWidgetItem(group, {QString(), QString(), f.path, f.message});
        }
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            const int n = counts.value(it.key());
            it.value()->setText(2, tr("%n file(s)", nullptr, n));
            if (n > ExamplesPerCode)
                new QTreeWidgetItem(
                    it.value(), {QString(), QString(), QString(),
                                 tr("... and %n more like this.", nullptr, n - ExamplesPerCode)});
        }
    }
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    tree_->setColumnWidth(2, 220);
    if (tree_->topLevelItemCount() > 0)
        tree_->setCurrentItem(tree_->topLevelItem(0));
}

} // namespace pdi
