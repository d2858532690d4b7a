#pragma once

#include "plan/ContentChoice.h"
#include "plan/ExportPlan.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pdi {

// The patient's studies and series with a box each: size on the medium, images, modality,
// description. Series that need a decision (video, thin-slice or large data, AI-derived with
// the reasons it was recognised) are marked and start unticked; ticking one is the decision.
// The AI recognition can be overruled per series ("Not AI-derived") or added ("Mark as
// AI-derived"); both are decisions the write records.
class ContentTree : public QWidget {
    Q_OBJECT
public:
    explicit ContentTree(QWidget* parent = nullptr);

    // Everything of the chosen patient (ExportPlanner::inventory); the choice starts afresh.
    void setInventory(const ExportPlan& inventory);
    void clear();
    const ContentChoice& choice() const { return choice_; }
    bool isEmpty() const { return series_.isEmpty(); }

    // As a click on the series' box or on the AI buttons; false for an unknown series.
    bool setIncluded(const QString& seriesUid, bool included);
    bool setAiMark(const QString& seriesUid, ContentChoice::AiMark mark);

    QTreeWidget* tree() const { return tree_; }
    QTreeWidgetItem* seriesItem(const QString& seriesUid) const;
    // What the decision column says about a series, for tests and screenshots.
    QString note(const QString& seriesUid) const;

Q_SIGNALS:
    void choiceChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void showSeries(QTreeWidgetItem* item);
    void itemChanged(QTreeWidgetItem* item, int column);
    void updateActions();
    void contextMenu(const QPoint& pos);
    QString currentSeries() const;

    ExportPlan inventory_;
    ContentChoice choice_;
    QHash<QString, PlannedSeries> series_;
    QHash<QString, QTreeWidgetItem*> items_;
    bool updating_ = false;

    QTreeWidget* tree_;
    QLabel* detail_;
    QPushButton* notAiButton_;
    QPushButton* markAiButton_;
    QPushButton* undoMarkButton_;
};

} // namespace pdi
