// `pdi`: the program people and scripts call. A reception desk runs `pdi check` on every medium
// that comes in, and before reading the medium a process spends most of a quick check loading
// and relocating shared libraries. So this program runs the check itself with only what a check
// needs (Qt Core, DCMTK's data dictionary and parser, the medium readers) and no GUI, network,
// disc-burning or image-codec library. Every other command runs in pdi-commands, next to this
// program, which it replaces itself with (exec): arguments, environment, standard streams and the
// exit code pass through unchanged.
#include "CheckCommand.h"
#include "CliApplication.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "dicom/Dcmtk.h"
#include "job/LargePageHeap.h"

namespace {

// Where pdi-commands is: beside this program (the build tree and the installed bin folder).
QByteArray commandsProgram() {
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return QFile::encodeName(QFileInfo(self).absolutePath() + QStringLiteral("/pdi-commands"));
}

int handOver(int argc, char** argv) {
    const QByteArray program = commandsProgram();
    ::execv(program.constData(), argv);
    const int error = errno;
    QCoreApplication app(argc, argv);
    pdi::cli::describeApplication(app);
    QTextStream(stderr) << QCoreApplication::translate(
                               "pdi::cli",
                               "PDI Station is incompletely installed: %1 cannot be started (%2). "
                               "Install PDI Station again.")
                               .arg(QFile::decodeName(program),
                                    QString::fromLocal8Bit(std::strerror(error)))
                        << '\n';
    return pdi::cli::ExitFailed;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "check") != 0)
        return handOver(argc, argv);
    // Before the first of the check's many small objects (the dictionary's 7,800 entries the
    // first of them): a check is over in a few hundred milliseconds, and its heap's page faults
    // were a third of a quick check's time.
    static_cast<void>(pdi::LargePageHeap::reserve(32 * 1024 * 1024));
    // DCMTK's dictionary is installed before any thread starts: installing the compiled table
    // briefly sets an environment variable, which is not safe while other threads read theirs.
    pdi::initDcmtk();
    QCoreApplication app(argc, argv);
    pdi::cli::describeApplication(app);
    pdi::cli::CheckCommand check;
    const int code = pdi::cli::runCommand(check, app.arguments());
    // All this program writes is written: runCommand flushed the report, a JSON file was
    // committed (QSaveFile), the station database was closed before the medium was read, and a
    // check creates nothing else (no temporary file, no thread left working). What remains is
    // taking apart the checked medium the command keeps, object by object (a tenth of a quick
    // check's CPU on 5,000 instances), and Qt's own clean-up; ending the process frees it all at
    // once. Only here: pdi-commands and the GUI run their check in a process that goes on.
    std::fflush(nullptr);
    std::quick_exit(code);
}
