#include "FindingList.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pdi {

namespace {

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

QVector<FindingList::Group> FindingList::groups(const QVector<Finding>& findings) {
    QVector<Group> out;
    QHash<QString, int> index;
    for (const Finding& f : findings) {
        auto it = index.constFind(f.code);
        if (it == index.constEnd()) {
            it = index.insert(f.code, int(out.size()));
            out.append(Group{f.code, f.severity, false, {}});
        }
        Group& g = out[*it];
        g.severity = qMax(g.severity, f.severity);
        g.mediumLevel = g.mediumLevel || f.path.isEmpty();
        g.findings << f;
    }
    std::stable_sort(out.begin(), out.end(), [](const Group& a, const Group& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.mediumLevel != b.mediumLevel)
            return a.mediumLevel;
        return a.code < b.code;
    });
    return out;
}

void FindingList::rebuild() {
    tree_->clear();
    detail_->clear();
    const QVector<Group> grouped = groups(findings_);
    bool anyChildren = false;
    for (const Group& g : grouped) {
        const Finding& first = g.findings.constFirst();
        const int n = int(g.findings.size());
        const QString where = n > 1                  ? tr("%n place(s)", nullptr, n)
                              : first.path.isEmpty() ? tr("the medium")
                                                     : first.path;
        auto* row =
            new QTreeWidgetItem(tree_, {severityText(g.severity), g.code, where, first.message});
        row->setToolTip(3, first.message);
        if (g.severity == Severity::Error) {
            QFont bold = row->font(0);
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                row->setFont(c, bold);
        }
        if (n == 1)
            continue;
        anyChildren = true;
        for (int i = 0; i < n && i < ExamplesPerCode; ++i) {
            const Finding& f = g.findings.at(i);
            auto* child =
                new QTreeWidgetItem(row, {QString(), QString(),
                                          f.path.isEmpty() ? tr("the medium") : f.path, f.message});
            child->setToolTip(3, f.message);
        }
        if (n > ExamplesPerCode)
            new QTreeWidgetItem(row,
                                {QString(), QString(), QString(),
                                 tr("... and %n more like this.", nullptr, n - ExamplesPerCode)});
    }
    tree_->setRootIsDecorated(anyChildren);
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    tree_->setColumnWidth(2, 220);
    if (tree_->topLevelItemCount() > 0)
        tree_->setCurrentItem(tree_->topLevelItem(0));
}

} // namespace pdi
