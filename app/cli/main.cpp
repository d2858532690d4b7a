// pdi-commands: every `pdi` command. The `pdi` program runs `pdi check` itself and hands every
// other command to this one (check_main.cpp says why).
#include "AuditCommand.h"
#include "CheckCommand.h"
#include "CliApplication.h"
#include "ConfigCommand.h"
#include "DbCommand.h"
#include "ImportCommand.h"
#include "JobsCommand.h"
#include "NodeCommand.h"
#include "ReconcileCommand.h"
#include "UserCommand.h"
#include "WriteCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "dicom/Dcmtk.h"

namespace {

int usage(const std::vector<std::unique_ptr<pdi::cli::Command>>& commands, QTextStream& stream) {
    stream << QCoreApplication::translate(
                  "pdi::cli",
                  "PDI Station %1: write, check and import portable medical image media.")
                  .arg(QLatin1String(PDI_VERSION))
           << "\n\n"
           << QCoreApplication::translate(
                  "pdi::cli", "usage: pdi COMMAND [options]; pdi COMMAND --help tells more")
           << "\n\n";
    for (const auto& c : commands)
        stream << QStringLiteral("  %1  %2\n").arg(c->name(), -10).arg(c->summary());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    // DCMTK's dictionary is installed before any thread starts: installing the compiled table
    // briefly sets an environment variable, which is not safe while other threads read theirs.
    pdi::initDcmtk();
    std::vector<std::unique_ptr<pdi::cli::Command>> commands;
    commands.push_back(std::make_unique<pdi::cli::CheckCommand>());
    commands.push_back(std::make_unique<pdi::cli::WriteCommand>());
    commands.push_back(std::make_unique<pdi::cli::LabelCommand>());
    commands.push_back(std::make_unique<pdi::cli::UserCommand>());
    commands.push_back(std::make_unique<pdi::cli::ConfigCommand>());
    commands.push_back(std::make_unique<pdi::cli::AuditCommand>());
    commands.push_back(std::make_unique<pdi::cli::NodeCommand>());
    commands.push_back(std::make_unique<pdi::cli::ReconcileCommand>());
    commands.push_back(std::make_unique<pdi::cli::ImportCommand>());
    commands.push_back(std::make_unique<pdi::cli::JobsCommand>());
    commands.push_back(std::make_unique<pdi::cli::DbCommand>());

    // Painting a label needs Qt Gui, which needs a platform: the command line never shows a window,
    // so without a display it uses the offscreen one.
    bool gui = false;
    for (const auto& c : commands)
        gui = gui || (argc > 1 && c->needsGui() && c->name() == QString::fromLocal8Bit(argv[1]));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt Gui wants a private runtime folder; a server account often has none.
        const QByteArray runtime =
            QFile::encodeName(QDir::tempPath()) + "/pdi-runtime-" + QByteArray::number(::getuid());
        ::mkdir(runtime.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    pdi::cli::describeApplication(app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h") || args.at(1) == QLatin1String("help")) {
        usage(commands, out);
        return args.size() < 2 ? pdi::cli::ExitUsage : pdi::cli::ExitOk;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out << QStringLiteral("pdi %1\n").arg(QLatin1String(PDI_VERSION));
        return pdi::cli::ExitOk;
    }
    for (const auto& c : commands) {
        if (c->name() == args.at(1))
            return pdi::cli::runCommand(*c, args);
    }
    err << QCoreApplication::translate("pdi::cli", "unknown command \"%1\"").arg(args.at(1))
        << "\n\n";
    usage(commands, err);
    return pdi::cli::ExitUsage;
}
