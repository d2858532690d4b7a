#include "ArchivePatientDialog.h"

#include "FocusOrder.h"

#include <QPushButton>

namespace pdi {

ArchivePatientDialog::ArchivePatientDialog(const LocalArchive& archive, const Database& database,
                                           QWidget* parent)
    : PatientStudyDialog(database, QStringLiteral("archive"), parent)
    , archive_(archive) {
    setObjectName(QStringLiteral("archivePatientDialog"));
    setWindowTitle(tr("From the local archive"));
    okButton()->setObjectName(QStringLiteral("addArchiveSource"));
    setMessage(tr("Search the patients whose images this station keeps (imported from "
                  "outside media)."));
    updateButtons();
    FocusOrder::followLayout(this);
}

PatientStudyDialog::SearchWork ArchivePatientDialog::searchWork(const Criteria& criteria) {
    // One field: an ID or a name in any script, whichever it is; the library says what matches.
    const ArchiveQuery q = ArchiveQuery::forSearch(criteria.idOrName, criteria.birthDate);
    const LocalArchive archive = archive_;
    return [archive, q]() -> Result<Answer> {
        Result<QVector<ArchivedPatient>> found = archive.findPatients(q);
        if (!found)
            return found.error();
        Answer answer;
        for (const ArchivedPatient& p : std::as_const(*found))
            answer.patients.append({p.demographics, p.studies, p.instances, std::nullopt});
        return answer;
    };
}

PatientStudyDialog::StudiesWork ArchivePatientDialog::studiesWork(const Patient& patient) {
    const LocalArchive archive = archive_;
    const PatientDemographics d = patient.demographics;
    return [archive, d] {
        return archive.studies(d.id, d.issuer);
    };
}

QString ArchivePatientDialog::noMatch() const {
    return tr("No patient in the local archive matches.");
}

} // namespace pdi
