#pragma once

#include "PatientStudyDialog.h"
#include "archive/LocalArchive.h"

namespace pdi {

// A patient's studies from the station's own archive, as a source for a referral medium. The
// archive matches the one field against IDs and names in any script (width and kana folded),
// and lists the chosen patient's studies when the row is clicked.
class ArchivePatientDialog : public PatientStudyDialog {
    Q_OBJECT
public:
    ArchivePatientDialog(const LocalArchive& archive, const Database& database,
                         QWidget* parent = nullptr);

protected:
    SearchWork searchWork(const Criteria& criteria) override;
    StudiesWork studiesWork(const Patient& patient) override;
    QString noMatch() const override;

private:
    LocalArchive archive_;
};

} // namespace pdi
