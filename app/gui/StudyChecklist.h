#pragma once

#include "archive/StudyOverview.h"

#include <QTreeWidget>
#include <QVector>

namespace pdi {

// The studies of one patient with a tick each, all ticked at first: what a person leaves on a
// referral medium from the station's archive or a PACS.
class StudyChecklist : public QTreeWidget {
    Q_OBJECT
public:
    explicit StudyChecklist(QWidget* parent = nullptr);

    void setStudies(const QVector<StudyOverview>& studies);
    bool setIncluded(const QString& studyUid, bool included);
    QVector<StudyOverview> included() const;

Q_SIGNALS:
    void inclusionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QVector<StudyOverview> studies_;
};

} // namespace pdi
