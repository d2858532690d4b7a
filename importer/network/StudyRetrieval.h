#pragma once

#include "DicomAssociation.h"
#include "job/JobProgress.h"

#include <QCoreApplication>
#include <QStringList>

namespace pdi {

// Brings a patient's studies from a PACS into a local folder with C-GET (one association; the
// PACS sends the objects back on it as C-STORE sub-operations, so no port has to be open here),
// for `pdi write` and the Write workspace to write a referral medium from the PACS.
class StudyRetrieval {
    Q_DECLARE_TR_FUNCTIONS(pdi::StudyRetrieval)

public:
    struct Outcome {
        QStringList studies; // Study Instance UIDs retrieved
        int objects = 0;     // files written into the folder
        int failed = 0;      // sub-operations the PACS reported as failed
    };

    // The patient's studies as the PACS knows them (C-FIND, study root).
    static Result<QStringList> studiesOf(const DicomNode& node, const LocalAe& local,
                                         const QString& patientId);

    // Retrieves the studies (all of the patient's when studyUids is empty) into folder, which must
    // exist. Fails when the PACS could not be reached, refused, or sent fewer objects than it said.
    static Result<Outcome> retrieve(const DicomNode& node, const LocalAe& local,
                                    const QString& patientId, QStringList studyUids,
                                    const QString& folder, const JobProgress& progress);
};

} // namespace pdi
