#pragma once

#include <QCoreApplication>

#include "CheckReport.h"

namespace pdi {

// The readable form of a check report, as `pdi check` prints it: whose medium, from where, what
// is on it, the flags with one line each, then the findings grouped by code.
class CheckReportText {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::CheckReportText)

public:
    static QString render(const CheckReport& report, int examplesPerCode = 5);
};

} // namespace pdi
