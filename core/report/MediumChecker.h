#pragma once

#include "CheckReport.h"
#include "job/JobProgress.h"
#include "medium/Medium.h"
#include "result/Result.h"

#include <QCoreApplication>

#include <memory>

namespace pdi {

// A medium opened read-only and checked: kept open so that its files can be read after the
// check (the writer compares bytes, the importer loads objects).
struct CheckedMedium {
    std::shared_ptr<Medium> medium;
    CheckReport report;
};

// Checks a medium in one call: open, scan, run the rules. `pdi check`, the Check workspace, the
// writer's verification and the importer all check this way, so they see the same findings.
class MediumChecker {
    Q_DECLARE_TR_FUNCTIONS(pdi::MediumChecker)

public:
    struct Options {
        bool quick = false;
        CheckSettings settings;
        JobProgress progress; // files read of those to read, from the reading threads
        // A written folder's DICOMDIR before it is published under its name (see FolderMedium).
        QString stagedDicomdir;
    };
    // Errors (Invalid): the location cannot be opened as a medium; the check was cancelled
    // (options.progress.cancelled() tells which), a cancelled check has no report. (Storage):
    // no thread could be started to read the files.
    static Result<CheckedMedium> check(const QString& location, const Options& options);
};

} // namespace pdi
