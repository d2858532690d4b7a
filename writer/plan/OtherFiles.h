#pragma once

#include "ExportPlan.h"
#include "result/Result.h"

#include <QCoreApplication>

namespace pdi {

// Other content a person adds to a medium (a referral letter, a photo): documents and pictures
// only, under OTHER/ with 8.3 names made of A-Z, 0-9 and _.
class OtherFiles {
    Q_DECLARE_TR_FUNCTIONS(pdi::OtherFiles)

public:
    // Each local file with its place on the medium. Errors: Invalid (a file cannot be read),
    // Conflict (a file is a program, which a referral medium may not carry).
    static Result<QVector<PlannedOtherFile>> plan(const QStringList& localPaths);
};

} // namespace pdi
