#pragma once

#include "Finding.h"
#include "FindingCodes.h"
#include "MediumFlags.h"

#include <QVector>

namespace pdi {

// Everything the product knows about a finding code besides the rule that finds it: its
// severity, the rule it enforces and the medium flags it sets. Whatever reacts to findings
// (flags, the check's audit alert) asks the catalogue rather than listing codes again.
struct FindingDefinition {
    const char* code; // a FindingCode
    Severity severity;
    const char* source;                    // short names of ../shared/PDI-RULES.md
    const char* title;                     // short English title, as in docs/findings.md
    QVector<MediumFlags::Flag> flags = {}; // what a person sees at a glance when it is found

    bool sets(MediumFlags::Flag flag) const { return flags.contains(flag); }
};

class FindingCatalog {
public:
    static const QVector<FindingDefinition>& all();
    static const FindingDefinition* find(const QString& code);
    // A finding with the catalog's severity for the code.
    static Finding make(const char* code, const QString& path, const QString& message);
    // Whether the finding's code sets the flag.
    static bool sets(const Finding& finding, MediumFlags::Flag flag);
};

} // namespace pdi
