#pragma once

#include "job/JobProgress.h"
#include "layout/Manifest.h"
#include "layout/StagedMedium.h"
#include "report/CheckReport.h"
#include "result/Result.h"

#include <QCoreApplication>

namespace pdi {

// Reads a written medium back through the same reader and rules `pdi check` uses and compares
// every file with the manifest made before writing. Only the findings the operator's own
// decisions explain (video carried as is) are tolerated.
class MediumVerifier {
    Q_DECLARE_TR_FUNCTIONS(pdi::MediumVerifier)

public:
    // What reading back found: the check report, and every difference from what was written.
    struct Verification {
        CheckReport report;
        QStringList problems; // each a sentence: what differs; none when it reads back as written
        bool passed() const { return problems.isEmpty(); }
    };
    // expected: the findings the medium was written to carry (StagedMedium::expectedFindings);
    // any other error finding is a problem. readObjects (StagedMedium::readObjects): objects
    // whose file reads back with the hash the plan read them with are not parsed again. Errors:
    // Storage (the medium cannot be read back at all), Cancelled.
    static pdi::Result<Verification>
    verify(const QString& location, const Manifest& manifest,
           const QVector<ExpectedFinding>& expected, const CheckSettings& settings,
           const JobProgress& progress, const QString& stagedDicomdir = QString(),
           const QHash<QString, ReadObject>& readObjects = QHash<QString, ReadObject>());
};

} // namespace pdi
