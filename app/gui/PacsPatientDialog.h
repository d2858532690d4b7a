#pragma once

#include "PatientStudyDialog.h"
#include "node/DicomNode.h"
#include "station/Station.h"

class QComboBox;

namespace pdi {

// A patient's studies on a PACS, as a source for a referral medium: the node (those with the
// find role), then the same search as the station's archive, answered by a study-level C-FIND
// (PacsStudySearch) that brings each patient's studies with it.
class PacsPatientDialog : public PatientStudyDialog {
    Q_OBJECT
public:
    PacsPatientDialog(const Station& station, QWidget* parent = nullptr);

    // The nodes a PACS source can use; empty when an administrator has configured none.
    static QVector<DicomNode> findNodes(const Database& database);

    bool setNode(const QString& name);
    // The node the shown patients come from.
    QString node() const { return searchedNode_; }

protected:
    SearchWork searchWork(const Criteria& criteria) override;
    QString noMatch() const override;
    bool canSearch() const override { return !nodes_.isEmpty(); }

private:
    Station station_;
    QVector<DicomNode> nodes_;
    QString searchedNode_;
    QComboBox* node_;
};

} // namespace pdi
