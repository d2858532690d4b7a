#pragma once

#include "MediumFlags.h"
#include "rules/CheckSettings.h"
#include "rules/Finding.h"
#include "rules/MediumContents.h"
#include "scan/MediumInventory.h"

#include <QJsonObject>

namespace pdi {

// The result of checking a medium: what is on it, what is wrong with it, and the flags a person
// needs to see. The same report serves `pdi check`, the GUI, the writer's verification and the
// importer.
struct CheckReport {
    MediumInventory inventory;
    MediumContents contents;
    Findings findings;
    MediumFlags flags;

    static CheckReport build(MediumInventory inventory, const CheckSettings& settings);

    bool conformant() const { return count(Severity::Error) == 0; }
    int count(Severity severity) const;
    int dicomCount() const { return contents.instances.size(); }
    int nonDicomCount() const;
    // Institution names found in the objects: where the medium most likely came from.
    QStringList sourceInstitutions() const;
    QString fileSetId() const {
        return inventory.dicomdir ? inventory.dicomdir->fileSetId.trimmed() : QString();
    }

    // The stable JSON form (see the foundation issue and docs/cli.md).
    QJsonObject toJson() const;
};

// Checks a medium in one call: open, scan, run the rules.
class MediumChecker {
public:
    struct Options {
        bool quick = false;
        CheckSettings settings;
        std::function<void(int done, int total)> progress; // called from worker threads
        const std::atomic<bool>* cancel = nullptr;
    };
    struct Outcome {
        bool ok = false; // false: the medium could not be opened at all
        QString error;
        CheckReport report;
    };
    static Outcome check(const QString& location, const Options& options);
};

} // namespace pdi
