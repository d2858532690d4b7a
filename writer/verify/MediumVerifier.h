#pragma once

#include "job/JobProgress.h"
#include "layout/Manifest.h"
#include "report/CheckReport.h"
#include "target/StepResult.h"

#include <QCoreApplication>
#include <QSet>

namespace pdi {

// Reads a written medium back through the same reader and rules `pdi check` uses and compares
// every file with the manifest made before writing. Only the findings the operator's own
// decisions explain (video carried as is) are tolerated.
class MediumVerifier {
    Q_DECLARE_TR_FUNCTIONS(pdi::MediumVerifier)

public:
    struct Result {
        bool ok = false;
        bool cancelled = false;
        bool readable = false;
        CheckReport report;
        QStringList problems; // each a sentence: what differs
    };
    // tolerated: "code|path" pairs of findings expected on this medium.
    static Result verify(const QString& location, const Manifest& manifest,
                         const QSet<QString>& tolerated, const CheckSettings& settings,
                         const JobProgress& progress);
};

} // namespace pdi
