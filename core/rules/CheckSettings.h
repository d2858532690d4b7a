#pragma once

#include <QStringList>

namespace pdi {

// Site-configurable values the rules use. Defaults are built in; the settings store overrides
// them (ai.products, write.bulkSliceThickness, write.bulkInstanceCount).
struct CheckSettings {
    // Names of AI products (manufacturer, model or software), matched case-insensitively as
    // substrings against Manufacturer, Manufacturer's Model Name, Series Description, Software
    // Versions and Contributing Equipment.
    QStringList aiProducts = defaultAiProducts();
    // A series with slices this thin or thinner (mm) is thin-slice data.
    double bulkSliceThickness = 1.0;
    // A series with at least this many images (frames) is very large.
    int bulkInstanceCount = 1000;

    static QStringList defaultAiProducts();
};

} // namespace pdi
