#pragma once

#include "result/Result.h"

#include <QSize>
#include <QString>

namespace pdi {

// Renders the user guide's screenshots (docs/images/<language>/*.png): every workspace of a
// sample station, offscreen, in one language. A fresh data directory is set up through the
// first-run wizard's library call, with sample accounts and the bundled sample medium (plus an
// autorun file and a letter, so the Check workspace shows its badges).
//
// The main window is shown at `window` logical pixels: 1366x768 (a common hospital laptop) for
// the guide; 1280x720 under QT_SCALE_FACTOR=1.5 is a 1920x1080 screen at 150 %.
class ScreenshotTour {
public:
    static Result<QStringList> render(const QString& language, const QString& outputFolder,
                                      const QString& sampleMedium,
                                      const QSize& window = QSize(1366, 768));
};

} // namespace pdi
