// pdiscreenshots OUTPUT_FOLDER [LANGUAGE...]: the user guide's screenshots
// (scripts/screenshots.sh).
#include "ScreenshotTour.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char** argv) {
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
    for (const QString& language : std::as_const(args)) {
        const pdi::Result<QStringList> written = pdi::ScreenshotTour::render(language, out, sample);
        if (!written) {
            err << language << ": " << written.error().message << '\n';
            return 1;
        }
        for (const QString& path : *written)
            QTextStream(stdout) << path << '\n';
    }
    return 0;
}
