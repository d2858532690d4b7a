#include "CheckWorkspace.h"
#include "MainWindow.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pdistation"));
    QApplication::setApplicationDisplayName(QStringLiteral("PDI Station"));
    QApplication::setOrganizationName(QStringLiteral("PDI Station"));
    QApplication::setApplicationVersion(QStringLiteral(PDI_VERSION));
    pdi::Translations::install(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("MEDIUM"),
        QCoreApplication::translate("main", "a medium to check on start (optional)"));
    parser.process(app);

    pdi::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.checkWorkspace()->openMedium(parser.positionalArguments().constFirst());
    return app.exec();
}
