#pragma once

#include "MediumRule.h"

#include <QCoreApplication>

namespace pdi {

// Where things are on the medium and what they are called: the DICOMDIR, README.TXT, File IDs,
// the IHE_PDI web content and letter case (PDI-L codes).
class LayoutRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::LayoutRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

} // namespace pdi
