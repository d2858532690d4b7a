#pragma once

#include "CheckSettings.h"
#include "FindingCatalog.h"
#include "MediumContents.h"
#include "scan/MediumInventory.h"

namespace pdi {

// What every rule looks at.
struct RuleInput {
    const MediumInventory& inventory;
    const MediumContents& contents;
    const CheckSettings& settings;
};

// One group of checks from ../shared/PDI-RULES.md. Rules only read; they add findings made with
// FindingCatalog::make and a FindingCode. RuleEngine runs them all.
class MediumRule {
public:
    virtual ~MediumRule() = default;
    virtual void check(const RuleInput& input, Findings& out) const = 0;
};

} // namespace pdi
