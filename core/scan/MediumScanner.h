#pragma once

#include <QCoreApplication>

#include <functional>

#include "MediumInventory.h"
#include "job/JobProgress.h"

namespace pdi {

class EarlyDicomdir;

// Reads a medium into a MediumInventory: the listing, the DICOMDIR (first), then every file by
// its content. A broken file becomes an entry in the inventory, never an exception or a crash.
class MediumScanner {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::MediumScanner)

public:
    struct Options {
        bool quick = false;         // read only the DICOMDIR when there is a readable one
        int threads = 0;            // 0: one per core, but one for optical media (seeking is slow)
        JobProgress progress;       // files read of those to read, from the reading threads
        bool directoryKeys = false; // keep each object's DICOMDIR keys (a writer's sources)
        // A file the caller has already read as it is on this medium (a writer's verification:
        // its bytes hash as the source it parsed did) is filled in by known, which returns true,
        // and is not read again.
        std::function<bool(ScannedFile&)> known;
        // The root DICOMDIR read while the folder was listed, used when it is the listed one.
        EarlyDicomdir* early = nullptr;
    };

    static MediumInventory scan(const Medium& medium, const Options& options);
    static MediumInventory scan(const Medium& medium) { return scan(medium, Options()); }

    // Reads one file by its content into f: DICOM (its summary), other content, or unreadable.
    static void read(const Medium& medium, ScannedFile& f, bool directoryKeys = false);

    // Where a Referenced File ID points on this medium.
    static FileReference resolve(const Medium& medium, const DirectoryRecord& record,
                                 int recordIndex);
};

} // namespace pdi
