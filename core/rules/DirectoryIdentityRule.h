#pragma once

#include "MediumRule.h"

#include <QCoreApplication>

namespace pdi {

// Whether the DICOMDIR names the same people as the objects it lists: every key of a record
// compared with the objects below it (PDI-D016), and the character set of the records' text
// (PDI-D017). A viewer that shows the DICOMDIR shows its identity, so a disagreement is an
// error even when every file is sound.
class DirectoryIdentityRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::DirectoryIdentityRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

} // namespace pdi
