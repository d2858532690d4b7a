#include "CheckWorkspace.h"
#include "MainWindow.h"
#include "StationShell.h"
#include "UiLanguage.h"
#include "recovery/StationRecovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QThreadPool>

#include "dicom/Dcmtk.h"
#include "job/WorkerThreads.h"

int main(int argc, char** argv) {
    // DCMTK's dictionary is installed before any thread starts: installing the compiled table
    // briefly sets an environment variable, which is not safe while other threads read theirs.
    pdi::initDcmtk();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pdistation"));
    QApplication::setApplicationDisplayName(QStringLiteral("PDI Station"));
    QApplication::setOrganizationName(QStringLiteral("PDI Station"));
    QApplication::setApplicationVersion(QStringLiteral(PDI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pdistation"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pdistation.svg")));
    // Between sign-out and the login dialog no window is visible; the shell says when to end.
    QApplication::setQuitOnLastWindowClosed(false);
    pdi::UiLanguage::apply(QString());
    // Checks started from the GUI parse DICOM on Qt's pool: the same known stack as the readers.
    pdi::WorkerThreads::applyStack(*QThreadPool::globalInstance());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "the station's data directory (default: "
                                            "PDI_DATA_DIR or ~/.local/share/pdistation)"),
        QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.addPositionalArgument(
        QStringLiteral("MEDIUM"),
        QCoreApplication::translate("main", "a medium to check after signing in (optional)"));
    parser.process(app);

    pdi::Result<pdi::Station> station =
        pdi::Station::open(pdi::DataDirectory::resolve(parser.value(dataDir)));
    if (!station) {
        QMessageBox::critical(nullptr, QStringLiteral("PDI Station"), station.error().message);
        return 1;
    }
    // Writes and imports whose program was killed end here; whoever starts the station is told,
    // by the name of the person who started them (the audit trail keeps it too).
    const QStringList interrupted =
        pdi::StationRecovery::run(*station, QStringLiteral("pdistation"));
    if (!interrupted.isEmpty())
        QMessageBox::warning(nullptr, QStringLiteral("PDI Station"),
                             interrupted.join(QLatin1String("\n\n")));
    pdi::StationShell shell(*station);
    QObject::connect(&shell, &pdi::StationShell::finished, &app, &QApplication::quit);
    const QString medium = parser.positionalArguments().value(0);
    if (!medium.isEmpty()) {
        auto* once = new QObject(&shell);
        QObject::connect(&shell, &pdi::StationShell::signedIn, once, [&shell, medium, once] {
            if (pdi::CheckWorkspace* check = shell.mainWindow()->checkWorkspace())
                check->openMedium(medium);
            once->deleteLater();
        });
    }
    if (pdi::Result<void> started = shell.start(); !started) {
        QMessageBox::critical(nullptr, QStringLiteral("PDI Station"), started.error().message);
        return 1;
    }
    const int code = app.exec();
    // The window closed last is still waiting for its deferred delete; deleting it now lets a
    // running check stop before the program ends.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
