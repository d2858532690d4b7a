#pragma once

#include "layout/MediumDescription.h"

#include <QRectF>

class QPainter;

namespace pdi {

// The jewel case's back inlay: the spines, the contents as a table, how to open the medium and
// what made it; area is the 151 x 118 mm inlay with its two spines.
class CaseBackPainter {
public:
    static void paint(QPainter& painter, const QRectF& area, const MediumDescription& m);
};

} // namespace pdi
