#include "CheckCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "report/CheckReportText.h"
#include "report/MediumChecker.h"

#include "station/Station.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace pdi::cli {

CheckCommand::CheckCommand() = default;
CheckCommand::~CheckCommand() = default;

QString CheckCommand::summary() const {
    return tr("check a medium (folder, ISO image, ZIP) against the PDI rules");
}

int CheckCommand::run(const QStringList& arguments, Console& console) {
    const QString usage = tr("usage: pdi check MEDIUM [--json FILE|-] [--quick]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("MEDIUM"),
                                 tr("folder, disc image (any name) or ZIP archive"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("also write the report as JSON to FILE, or only JSON "
                                     "to standard output with -"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   tr("read only the DICOMDIR when there is one (for reception)"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        tr("the station's data directory, for the site's AI product list "
           "and thresholds (else PDI_DATA_DIR, else the default)"),
        QStringLiteral("DIR"));
    parser.addOption(json);
    parser.addOption(quick);
    parser.addOption(dataDirOption);
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return commandLine.wrongUsage(console);

    MediumChecker::Options options;
    options.quick = parser.isSet(quick);
    // The site's AI product list and thresholds when this station has a data directory; the
    // check itself needs no account and creates nothing.
    const QString dataDir = DataDirectory::resolve(parser.value(dataDirOption));
    if (DataDirectory::holdsStation(dataDir)) {
        // Without the site's list an AI-derived image of a product only the site named would
        // pass unflagged: say so rather than check quietly with the built-in one.
        if (Result<Station> station = Station::openToRead(dataDir))
            options.settings = station->settings().checkSettings();
        else
            console.err << tr("The site's check settings could not be read (%1); the medium is "
                              "checked with the built-in list of AI products and thresholds.")
                               .arg(station.error().message)
                        << '\n';
    }
    Result<CheckedMedium> outcome = MediumChecker::check(positional.constFirst(), options);
    if (!outcome) {
        console.err << outcome.error().message << '\n';
        return ExitUsage;
    }
    checked_ = std::make_unique<CheckedMedium>(std::move(*outcome));
    const CheckReport& report = checked_->report;
    const QString jsonTarget = parser.value(json);
    if (jsonTarget != QLatin1String("-"))
        console.out << CheckReportText::render(report);
    console.out.flush();
    if (!jsonTarget.isEmpty() && !writeJson(report.toJson(), jsonTarget, console))
        return ExitUsage;
    return report.conformant() ? ExitOk : ExitFindings;
}

} // namespace pdi::cli
