#pragma once

#include "MediumRule.h"

#include <QCoreApplication>

namespace pdi {

// Each file on its own: Part 10 header, damage, non-DICOM content, character sets (PDI-F codes).
class FileRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::FileRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

} // namespace pdi
