#pragma once

#include "rules/CheckSettings.h"
#include "rules/Finding.h"
#include "rules/MediumContents.h"
#include "rules/MediumFlags.h"
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

} // namespace pdi
