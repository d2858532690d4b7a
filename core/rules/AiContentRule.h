#pragma once

#include "MediumRule.h"

#include <QCoreApplication>

namespace pdi {

// Series that look produced by an AI product (PDI-A codes).
class AiContentRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::AiContentRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

} // namespace pdi
