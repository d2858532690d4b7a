#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pdi {

// Who a patient is, as a source knows them.
struct PatientDemographics {
    QString id;
    QString issuer;
    QString name; // Person Name with its '=' groups
    QString birthDate;
    QString sex;
};

// How well a local patient matches an outside one, with the reasons a person checks before
// choosing. Nothing is chosen automatically: the score only orders the list.
struct CandidateMatch {
    int score = 0;           // 0..100
    QStringList matches;     // "same Patient ID", "same birth date", "name matches (phonetic)" ...
    QStringList differences; // "birth date 19700101 here, 19700110 on the medium" ...
};

class CandidateScorer {
    Q_DECLARE_TR_FUNCTIONS(pdi::CandidateScorer)

public:
    static CandidateMatch score(const PatientDemographics& outside,
                                const PatientDemographics& local);
};

} // namespace pdi
