#pragma once

#include "ExportPlan.h"
#include "rules/CheckSettings.h"
#include "rules/MediumContents.h"

#include <QCoreApplication>

namespace pdi {

// The studies and series of the chosen patient that go on a medium, as the checker groups them
// (with its AI detection and bulk rule): what the person did not choose is left out, content
// that needs a decision (video, thin slice or bulk, AI-derived) is left out unless the decision
// was taken, and every decision taken is recorded in the plan.
class StudyPlanner {
    Q_DECLARE_TR_FUNCTIONS(pdi::StudyPlanner)

public:
    // selected: the indexes of the patient's objects in sources; contents: the same objects as
    // MediumContents groups them.
    static void plan(const CollectedSources& sources, const QVector<int>& selected,
                     const MediumContents& contents, const ExportOptions& options,
                     const CheckSettings& settings, ExportPlan& plan);
};

} // namespace pdi
