// pdiscreenshots OUTPUT_FOLDER [LANGUAGE...]: the user guide's screenshots
// (scripts/screenshots.sh).
#include "ScreenshotTour.h"

#include <QApplication>
#include <QSize>
#include <QTextStream>

#include "dicom/Dcmtk.h"

int main(int argc, char** argv) {
    // DCMTK's dictionary is installed before any thread starts: installing the compiled table
    // briefly sets an environment variable, which is not safe while other threads read theirs.
    pdi::initDcmtk();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pdistation"));
    QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << "usage: pdiscreenshots OUTPUT_FOLDER [ja] [en]\n";
        return 2;
    }
    const QString out = args.takeFirst();
    if (args.isEmpty())
        args = QStringList{QStringLiteral("ja"), QStringLiteral("en")};
    const QString sample = QStringLiteral(PDI_SOURCE_DIR "/resources/sample-medium");
    // PDI_SCREENSHOT_SIZE=WxH: the main window's logical size (default 1366x768).
    QSize window(1366, 768);
    const QStringList size = qEnvironmentVariable("PDI_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
        window = QSize(size.at(0).toInt(), size.at(1).toInt());
    for (const QString& language : std::as_const(args)) {
        const pdi::Result<QStringList> written =
            pdi::ScreenshotTour::render(language, out, sample, window);
        if (!written) {
            err << language << ": " << written.error().message << '\n';
            return 1;
        }
        for (const QString& path : *written)
            QTextStream(stdout) << path << '\n';
    }
    return 0;
}
