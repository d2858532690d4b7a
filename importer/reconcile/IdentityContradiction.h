#pragma once

#include "CandidateScorer.h"
#include "NameComparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

namespace pdi {

// One way a local patient contradicts the outside one, both values as a person reads them
// ("1970-01-01", "female", "山田 太郎 (やまだ たろう)"); the caller phrases the sentence, or
// takes sentence().
struct IdentityDifference {
    enum class Kind { BirthDate, Sex, Name };
    Kind kind = Kind::Name;
    QString local;
    QString outside;

    QString sentence() const; // "birth date 1970-01-01 here, 1970-01-10 on the medium"
    // {"kind": "birthDate"|"sex"|"name", "local": ..., "outside": ...} for job records, audit
    // details and JSON output.
    QJsonObject toJson() const;
    static IdentityDifference fromJson(const QJsonObject& json);
    static QJsonArray toJson(const QVector<IdentityDifference>& differences);
    static QVector<IdentityDifference> fromJson(const QJsonArray& json);
    static QStringList sentences(const QVector<IdentityDifference>& differences);
};

// Whether a local patient CONTRADICTS the outside one: the birth dates differ, the sexes differ,
// or the names share no part in any script (NameMatch::Level::None). What is missing on either
// side contradicts nothing. The verdict of CandidateScorer and the import's refusal of a
// contradicting patient both follow this one rule.
class IdentityContradiction {
    Q_DECLARE_TR_FUNCTIONS(pdi::IdentityContradiction)

public:
    static QVector<IdentityDifference> between(const PatientDemographics& outside,
                                               const PatientDemographics& local);
    // The same with the names already compared.
    static QVector<IdentityDifference> between(const PatientDemographics& outside,
                                               const PatientDemographics& local,
                                               const NameMatch& names);
};

} // namespace pdi
