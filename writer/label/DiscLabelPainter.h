#pragma once

#include "layout/MediumDescription.h"

#include <QRectF>

class QPainter;

namespace pdi {

// The disc face (JP-2011): whose disc it is above the hub, the studies and the disc number beside
// it, warning marks and the issuer below; area is the square around the 120 mm disc.
class DiscLabelPainter {
public:
    static void paint(QPainter& painter, const QRectF& area, const MediumDescription& m);
};

} // namespace pdi
