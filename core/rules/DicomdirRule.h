#pragma once

#include "MediumRule.h"

#include <QCoreApplication>

namespace pdi {

// The DICOMDIR itself and whether its records agree with the files (PDI-D codes).
class DicomdirRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomdirRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

} // namespace pdi
