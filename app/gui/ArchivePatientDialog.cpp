#include "ArchivePatientDialog.h"

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
}

PatientStudyDialog::SearchWork ArchivePatientDialog::searchWork(const Criteria& criteria) {
    ArchiveQuery q;
    // One field: an ID or a name, whichever it is (the archive matches either).
    q.patientId = criteria.idOrName;
    q.name = criteria.idOrName;
    q.birthDate = criteria.birthDate;
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
