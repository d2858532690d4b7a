#pragma once

#include "rules/MediumContents.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pdi {

// The outside patient's studies and series as they are on the medium (date, modality, images,
// description, notes such as AI-derived or lossy), each with a box. Everything starts ticked:
// a referral disc is usually imported whole; unticking leaves a study or series out, and the
// import records it as not chosen.
class ImportContentTree : public QWidget {
    Q_OBJECT
public:
    explicit ImportContentTree(QWidget* parent = nullptr);

    void setPatient(const PatientContents& patient);
    void clear();
    bool isEmpty() const { return series_.isEmpty(); }

    // The ticked series' UIDs, in the medium's order.
    QStringList chosenSeries() const;
    bool allChosen() const;
    bool noneChosen() const;
    // As a click on the series' box; false for an unknown series.
    bool setIncluded(const QString& seriesUid, bool included);
    QTreeWidget* tree() const { return tree_; }
    QTreeWidgetItem* seriesItem(const QString& seriesUid) const { return series_.value(seriesUid); }
    // "2 of 3 series, 40 of 52 images".
    QString summary() const;

Q_SIGNALS:
    void choiceChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void itemChanged(QTreeWidgetItem* item, int column);

    PatientContents patient_;
    QHash<QString, QTreeWidgetItem*> series_;
    QHash<QString, bool> included_;
    bool updating_ = false;
    QTreeWidget* tree_;
    QLabel* summary_;
};

} // namespace pdi
