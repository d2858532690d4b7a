#include "CliApplication.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace pdi::cli {

void describeApplication(QCoreApplication& app) {
    QCoreApplication::setApplicationName(QStringLiteral("pdi"));
    QCoreApplication::setOrganizationName(QStringLiteral("PDI Station"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PDI_VERSION));
    Translations::install(app);
}

int runCommand(Command& command, const QStringList& arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    Console console{out, err};
    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("pdi %1").arg(command.name());
    const int code = command.run(rest, console);
    out.flush();
    err.flush();
    return code;
}

} // namespace pdi::cli
