#pragma once

#include "CheckSettings.h"
#include "Finding.h"
#include "MediumContents.h"
#include "scan/MediumInventory.h"

namespace pdi {

// Runs every rule. The writer's verification and the importer's check use the same engine, so
// both see the same findings. A new rule is a MediumRule in its own header, added to run().
class RuleEngine {
public:
    static Findings run(const MediumInventory& inventory, const MediumContents& contents,
                        const CheckSettings& settings);
};

} // namespace pdi
