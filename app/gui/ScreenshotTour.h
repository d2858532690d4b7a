#pragma once

#include "result/Result.h"

#include <QString>

namespace pdi {

// Renders the user guide's screenshots (docs/images/<language>/*.png): every workspace of a
// sample station, offscreen, in one language. A fresh data directory is set up through the
// first-run wizard's library call, with sample accounts and the bundled sample medium (plus an
// autorun file and a letter, so the Check workspace shows its badges).
class ScreenshotTour {
public:
    static Result<QStringList> render(const QString& language, const QString& outputFolder,
                                      const QString& sampleMedium);
};

} // namespace pdi
