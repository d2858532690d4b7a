#pragma once

#include "DicomAssociation.h"
#include "archive/StudyOverview.h"
#include "reconcile/CandidateScorer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace pdi {

// A patient the PACS knows, with the studies that matched.
struct PacsPatient {
    PatientDemographics demographics;
    QVector<StudyOverview> studies;
    // The PACS answered in a character set that lost the name's kanji and kana; empty if not.
    QString characterSetNote;
};

// What to ask for: an ID or a name in one field (a PACS is asked for each), and a birth date.
struct PacsSearchCriteria {
    QString idOrName;
    QString birthDate; // YYYYMMDD or empty
};

// Finds a patient's studies on a PACS node (C-FIND, Study Root, study level), so that a person
// can choose whose studies, and which, go on a referral medium. The answers are grouped by
// patient (ID and issuer) and decoded from their own Specific Character Set.
class PacsStudySearch {
    Q_DECLARE_TR_FUNCTIONS(pdi::PacsStudySearch)

public:
    struct Found {
        QVector<PacsPatient> patients;
        bool truncated = false; // the PACS matched more studies than were taken
    };

    static Result<Found> find(const DicomNode& node, const LocalAe& local,
                              const PacsSearchCriteria& criteria, int maxStudies = 500);

    // The name key sent for a typed name: a prefix for plain ASCII (the alphabetic group comes
    // first), anywhere in the value for kanji or kana (they live in the later groups).
    static QString namePattern(const QString& typed);
};

} // namespace pdi
