#pragma once

#include "Finding.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace pdi {

// Facts about the whole medium that a person should see at a glance, derived from the findings:
// each code's catalogue entry (FindingCatalog) names the flags it sets.
struct MediumFlags {
    enum Flag {
        MultiplePatients,
        NonDicomContent,
        AiDerivedContent,
        Autorun,
        Executables,
        Compressed,
        Video,
        MissingDicomdir,
        NotPart10,
        WebContent,
        BulkData,
        LossyContent,
        DamagedFiles,
        UnreferencedFiles,
        FlagCount
    };

    bool set[FlagCount] = {};

    static MediumFlags fromFindings(const Findings& findings);
    bool operator[](Flag f) const { return set[f]; }

    static QString key(Flag f);         // stable JSON key, e.g. "multiplePatients"
    static QString explanation(Flag f); // one sentence for a person, translated
    QJsonObject toJson() const;
};

} // namespace pdi
