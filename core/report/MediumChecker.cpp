#include "MediumChecker.h"

#include "scan/EarlyDicomdir.h"
#include "scan/MediumScanner.h"

#include <optional>

namespace pdi {

Result<CheckedMedium> MediumChecker::check(const QString& location, const Options& options) {
    // A folder's DICOMDIR is read while the folder is listed (a written folder's staged one is
    // listed under another name: it is read after the listing, as before).
    std::optional<EarlyDicomdir> early;
    if (options.stagedDicomdir.isEmpty())
        early.emplace(location);
    MediumOpener::Result opened =
        MediumOpener::open(location, MediumLimits(), options.stagedDicomdir);
    if (!opened.medium)
        return Error::invalid(opened.error);
    MediumScanner::Options scan;
    scan.quick = options.quick;
    scan.progress = options.progress;
    scan.early = early ? &*early : nullptr;
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
