#pragma once

#include "reconcile/PatientReconciler.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QTableWidget;

namespace pdi {

// The local patients one outside patient may be (IHE-IRWF): the outside patient as the medium
// names them, then every candidate the sources found, best first, with score, source, local ID
// and issuer, name in kanji with its reading and in romaji, birth date and sex, why it matches
// and where it differs. Nothing is chosen until the person picks a row: the score only orders
// the list.
class ReconciliationTable : public QWidget {
    Q_OBJECT
public:
    explicit ReconciliationTable(QWidget* parent = nullptr);

    void setReconciliation(const PatientReconciliation& reconciliation);
    // The sources are being asked; step says which.
    void setSearching(const PatientDemographics& outside, const QString& step);
    void clear();

    int candidateCount() const { return reconciliation_.candidates.size(); }
    const PatientReconciliation& reconciliation() const { return reconciliation_; }
    // The candidate the person picked; none until then.
    std::optional<Candidate> chosen() const;
    // As a click on the candidate's row (candidates in the order shown, best first).
    bool choose(int candidate);
    // The table row where a candidate starts (its reasons follow on rows of their own).
    int rowOf(int candidate) const;
    void clearChoice();
    QTableWidget* table() const { return table_; }
    // The reasons and differences of a candidate, spelled out.
    static QString explain(const Candidate& candidate);
    // "木村 武 (きむら たけし)" over "KIMURA TAKESHI".
    static QString describeName(const QString& dicomName);
    static QString describeSource(const Candidate& candidate);

Q_SIGNALS:
    void candidateChosen();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void showOutside();
    void selectionChanged();
    void fitReasonRows();

    PatientReconciliation reconciliation_;
    bool searching_ = false;
    QString step_;
    int chosen_ = -1;
    QVector<int> rowCandidate_; // table row -> candidate
    QVector<int> reasonRows_;
    bool updating_ = false;
    QLabel* outside_;
    QLabel* status_;
    QTableWidget* table_;
    QLabel* problems_;
    QScrollArea* problemsArea_;
};

} // namespace pdi
