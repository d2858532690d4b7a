#pragma once

#include "report/CheckReport.h"

#include <QCoreApplication>
#include <QVector>

namespace pdi {

// The warning badges of a checked medium as reception sees them, each with one sentence that
// says what it means; the same list is shown on screen and printed in the report.
struct CheckBadge {
    QString key; // stable: the MediumFlags key, or "notPdi"
    QString text;
    QString explanation;
    bool severe = false; // red: act before using the medium; amber: know about it
};

class CheckBadges {
    Q_DECLARE_TR_FUNCTIONS(pdi::CheckBadges)

public:
    static QVector<CheckBadge> of(const CheckReport& report);
};

} // namespace pdi
