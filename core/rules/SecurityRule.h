#pragma once

#include "MediumRule.h"

#include <QCoreApplication>

namespace pdi {

// What could harm the receiving computer: autorun, programs, links and paths that leave the
// medium, scan limits, bootable discs (PDI-S codes).
class SecurityRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::SecurityRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

} // namespace pdi
