#pragma once

#include "job/ImportJob.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pdi {

class LeftOutList;

// What became of an import, as the person who answers for it needs to know (JSRT-QA 4.1, 4.3):
// complete, or incomplete with why and a Resume button that continues the same job (what was
// sent is not sent again); under which local patient, where to, the job number; what was
// imported, study by study and series by series, and everything that was left out with its
// reason. A refusal says why and that nothing was sent.
class ImportResultView : public QFrame {
    Q_OBJECT
public:
    explicit ImportResultView(QWidget* parent = nullptr);

    void showOutcome(const ImportPlan& plan, const ImportOutcome& outcome);
    // The import could not run or was refused (nothing was sent).
    void showFailure(const QString& message);
    void clear();
    bool hasOutcome() const { return outcome_.has_value() || !failure_.isEmpty(); }

    QString headline() const;
    QString details() const;
    bool offersResume() const;
    QTreeWidget* imported() const { return imported_; }
    LeftOutList* leftOut() const { return leftOut_; }

Q_SIGNALS:
    void resumeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::optional<ImportPlan> plan_;
    std::optional<ImportOutcome> outcome_;
    QString failure_;
    QLabel* headline_;
    QLabel* details_;
    QPushButton* resume_;
    QLabel* importedTitle_;
    QTreeWidget* imported_;
    QLabel* leftOutTitle_;
    LeftOutList* leftOut_;
};

} // namespace pdi
