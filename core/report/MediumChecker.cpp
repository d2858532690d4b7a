#include "MediumChecker.h"

#include "scan/MediumScanner.h"

namespace pdi {

Result<CheckedMedium> MediumChecker::check(const QString& location, const Options& options) {
    MediumOpener::Result opened =
        MediumOpener::open(location, MediumLimits(), options.stagedDicomdir);
    if (!opened.medium)
        return Error::invalid(opened.error);
    MediumScanner::Options scan;
    scan.quick = options.quick;
    scan.progress = options.progress;
    CheckedMedium checked;
    checked.medium = std::move(opened.medium);
    MediumInventory inventory = MediumScanner::scan(*checked.medium, scan);
    if (options.progress.cancelled())
        return Error::invalid(tr("Reading the medium was cancelled."));
    if (!inventory.readError.isEmpty())
        return Error::storage(inventory.readError);
    checked.report = CheckReport::build(std::move(inventory), options.settings);
    return checked;
}

} // namespace pdi
