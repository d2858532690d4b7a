#pragma once

#include "ExportPlan.h"
#include "rules/CheckSettings.h"

#include <QCoreApplication>

namespace pdi {

// Turns the collected sources and the operator's choices into an export plan: one patient, the
// chosen studies and series, decisions for video, bulk and AI content, and a capacity check.
// It refuses rather than guesses: several patients, disagreeing demographics, damaged sources and
// content that does not fit all stop the write before anything is written.
class ExportPlanner {
    Q_DECLARE_TR_FUNCTIONS(pdi::ExportPlanner)

public:
    static ExportPlan plan(const CollectedSources& sources, const ExportOptions& options,
                           const CheckSettings& settings);

    // Everything of one patient that could go on a medium, before the operator decides: every
    // series with its flags (video, bulk, AI-derived with the reasons) and size, none left out for
    // needing a decision, no capacity check. Refused as plan() refuses for the sources and the
    // patient. What a person chooses from; patientId may be empty when the sources hold one.
    static ExportPlan inventory(const CollectedSources& sources, const QString& patientId,
                                const CheckSettings& settings);

    // Bytes an instance will take on the medium (uncompressed when it must be decoded).
    static qint64 estimateBytes(const SourceInstance& instance, bool transcode);
    // Space on the medium including directory structures, DICOMDIR, README and web content.
    static qint64 mediumBytes(const ExportPlan& plan);
};

} // namespace pdi
