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

// Who assigns Patient IDs: an equal number is evidence only when the same authority gave both.
struct IdAuthority {
    QStringList own;                // this station's institution (institution.name)
    QStringList mediumInstitutions; // Institution Name on the medium: where it came from
};

// How likely a candidate is the outside patient, by the rule in docs/import.md ("How candidates
// are judged"): unlikely when anything contradicts (IdentityContradiction); likely when the
// whole name agrees and the birth date or an ID from the same authority does too; possible
// when the birth date, such an ID or the whole name agrees; unlikely otherwise.
enum class Verdict { Likely, Possible, Unlikely };

// How well a local patient matches an outside one, with the reasons a person checks before
// choosing. Nothing is chosen automatically: the verdict and score only order the list.
struct CandidateMatch {
    int score = 0; // 0..100: likely 70-100, possible 40-69, unlikely 0-39
    Verdict verdict = Verdict::Unlikely;
    QStringList matches;     // "same birth date", "name matches (kanji via variant 髙→高)" ...
    QStringList differences; // "birth date 1970-01-01 here, 1970-01-10 on the medium" ...
    // Shares an ID number, the birth date or part of the name (the same sex alone is not).
    bool relevant = false;

    static QString verdictName(Verdict verdict); // likely, possible, unlikely (JSON)
};

class CandidateScorer {
    Q_DECLARE_TR_FUNCTIONS(pdi::CandidateScorer)

public:
    static CandidateMatch score(const PatientDemographics& outside,
                                const PatientDemographics& local,
                                const IdAuthority& authority = {});
    // The verdict in words for a person: "likely the same person" ...
    static QString verdictText(Verdict verdict);
};

} // namespace pdi
