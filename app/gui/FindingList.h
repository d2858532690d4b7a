#pragma once

#include "rules/Finding.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pdi {

// The findings of a checked medium: severity, code, where and what to know, the selected one
// shown whole below the list (a sentence is often longer than its column). One line per code
// with its count, errors first and, among them, what concerns the medium as a whole (several
// patients, autorun) before what concerns single files; the files of a code open under it. So
// the one error that matters is not buried among dozens of file rows, and a medium with a
// problem in each of 5,000 files still shows at once.
class FindingList : public QWidget {
    Q_OBJECT
public:
    explicit FindingList(QWidget* parent = nullptr);

    void setFindings(const QVector<Finding>& findings);
    void clear();
    QTreeWidget* tree() const { return tree_; }

    static QString severityText(Severity severity);

    struct Group {
        QString code;
        Severity severity = Severity::Info;
        bool mediumLevel = false; // at least one finding is about the medium, not a file
        QVector<Finding> findings;
    };
    // The findings by code, in the order they are shown.
    static QVector<Group> groups(const QVector<Finding>& findings);

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
