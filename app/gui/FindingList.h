#pragma once

#include "rules/Finding.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pdi {

// The findings of a checked medium: severity, code, where and what to know, the selected one
// shown whole below the list (a sentence is often longer than its column). Beyond a few hundred
// findings the list shows one line per code with examples under it, so that a medium with a
// problem in each of 5,000 files still shows at once.
class FindingList : public QWidget {
    Q_OBJECT
public:
    explicit FindingList(QWidget* parent = nullptr);

    void setFindings(const QVector<Finding>& findings);
    void clear();
    QTreeWidget* tree() const { return tree_; }

    static QString severityText(Severity severity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();

    QVector<Finding> findings_;
    QTreeWidget* tree_;
    QLabel* detail_;
};

} // namespace pdi
