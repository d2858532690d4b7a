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

    // run() in two parts, so that the rules that read only the inventory (the first findings)
    // can run while the contents are built: run() is runOnInventory, then runOnContents on
    // its findings.
    static Findings runOnInventory(const MediumInventory& inventory, const CheckSettings& settings);
    static void runOnContents(const MediumInventory& inventory, const MediumContents& contents,
                              const CheckSettings& settings, Findings& out);
};

} // namespace pdi
