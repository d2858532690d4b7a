#pragma once

#include "layout/MediumDescription.h"

#include <QRectF>

class QPainter;

namespace pdi {

// The jewel case's front insert: the patient, the studies and warning marks above the issuer;
// area is the 120 x 120 mm square.
class CaseFrontPainter {
public:
    static void paint(QPainter& painter, const QRectF& area, const MediumDescription& m);
};

} // namespace pdi
