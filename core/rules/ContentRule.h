#pragma once

#include "MediumRule.h"

#include <QCoreApplication>

namespace pdi {

// What the objects hold: patients, transfer syntaxes, video, bulk and lossy series, duplicate
// instances (PDI-C codes).
class ContentRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::ContentRule)

public:
    void check(const RuleInput& input, Findings& out) const override;

    // "CT series 3 "AXIAL"", for a finding about a series.
    static QString seriesLabel(const SeriesContents& series);
    // The folder holding the series' first file, so a person can find it on the medium.
    static QString seriesPath(const MediumContents& contents, const SeriesContents& series);
};

} // namespace pdi
