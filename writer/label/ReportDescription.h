#pragma once

#include "layout/MediumBuilder.h"
#include "layout/MediumDescription.h"
#include "report/CheckReport.h"
#include "result/Result.h"

#include <QCoreApplication>

namespace pdi {

// The description of an existing medium, read from its check report, so that `pdi label` can
// label any medium (a disc written earlier, a USB stick) the same way the writer does.
class ReportDescription {
    Q_DECLARE_TR_FUNCTIONS(pdi::ReportDescription)

public:
    // Conflict when the medium holds no patient or several: a label names one patient.
    static Result<MediumDescription> describe(const CheckReport& report, const MediumIssuer& issuer,
                                              const QDate& created);
};

} // namespace pdi
