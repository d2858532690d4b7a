#include "LeftOutList.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

constexpr int FilesShownPerGroup = 300;

const LeftOutFile::Kind GroupOrder[] = {
    LeftOutFile::Kind::Program,  LeftOutFile::Kind::Unusable,     LeftOutFile::Kind::NotChosen,
    LeftOutFile::Kind::NotDicom, LeftOutFile::Kind::OtherPatient,
};

} // namespace

LeftOutList::LeftOutList(QWidget* parent)
    : QWidget(parent) {
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("leftOut"));
    tree_->setColumnCount(2);
    tree_->setWordWrap(true);
    tree_->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_);
    rebuild();
}

QString LeftOutList::groupTitle(LeftOutFile::Kind kind) {
    switch (kind) {
    case LeftOutFile::Kind::NotChosen:
        return tr("Not chosen");
    case LeftOutFile::Kind::OtherPatient:
        return tr("Other patients on the medium (import separately)");
    case LeftOutFile::Kind::NotDicom:
        return tr("Not DICOM (only DICOM goes to the PACS)");
    case LeftOutFile::Kind::Program:
        return tr("Programs and autorun files (never run, never imported)");
    case LeftOutFile::Kind::Unusable:
        return tr("Cannot be imported");
    }
    return QString();
}

void LeftOutList::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void LeftOutList::setFiles(const QVector<LeftOutFile>& files) {
    files_ = files;
    rebuild();
}

void LeftOutList::clear() {
    files_.clear();
    rebuild();
}

int LeftOutList::count(LeftOutFile::Kind kind) const {
    return int(std::count_if(files_.cbegin(), files_.cend(),
                             [kind](const LeftOutFile& f) { return f.kind == kind; }));
}

void LeftOutList::rebuild() {
    tree_->clear();
    tree_->setHeaderLabels({tr("File"), tr("Why it is not imported")});
    for (LeftOutFile::Kind kind : GroupOrder) {
        const int n = count(kind);
        if (n == 0)
            continue;
        auto* group = new QTreeWidgetItem(
            tree_, {tr("%1 (%2)", "group, number of files").arg(groupTitle(kind)).arg(n)});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        if (kind == LeftOutFile::Kind::Program || kind == LeftOutFile::Kind::Unusable)
            group->setForeground(0, QColor(0xb7, 0x1c, 0x1c));
        int shown = 0;
        for (const LeftOutFile& f : std::as_const(files_)) {
            if (f.kind != kind)
                continue;
            if (++shown > FilesShownPerGroup)
                break;
            auto* item = new QTreeWidgetItem(group, {f.path, f.reason});
            item->setToolTip(0, f.sopInstanceUid.isEmpty()
                                    ? f.path
                                    : QStringLiteral("%1\n%2").arg(f.path, f.sopInstanceUid));
            item->setToolTip(1, f.reason);
        }
        if (n > FilesShownPerGroup)
            new QTreeWidgetItem(group, {tr("... and %n more.", nullptr, n - FilesShownPerGroup)});
        // Small groups open: the person sees each file; large ones stay a line.
        group->setExpanded(n <= 20);
    }
    tree_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree_->setColumnWidth(0, 200);
}

QStringList LeftOutList::lines() const {
    QStringList out;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = tree_->topLevelItem(i);
        out << group->text(0);
        for (int c = 0; c < group->childCount(); ++c)
            out << QStringLiteral("  %1: %2")
                       .arg(group->child(c)->text(0), group->child(c)->text(1));
    }
    return out;
}

} // namespace pdi
