#include "ReconcileCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "archive/LocalArchive.h"
#include "dicom/PersonName.h"
#include "job/ImportMedium.h"
#include "reconcile/PatientReconciler.h"
#include "reconcile/ReconcileSources.h"
#include "report/DisplayText.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace pdi::cli {

QString ReconcileCommand::summary() const {
    return tr("list local candidates for the patients of an outside medium");
}

int ReconcileCommand::run(const QStringList& arguments, Console& console) {
    const QString usage = tr("usage: pdi reconcile MEDIUM [--source NODE|local]... [--json "
                             "FILE|-]  [--data-dir DIR] [--password-stdin]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("where to look for local patients: a node with the find or worklist role, or local "
           "(repeatable; default: all of them)"),
        QStringLiteral("NODE"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("also write the candidates as JSON to FILE, or only JSON to standard output with -"),
        QStringLiteral("FILE"));
    parser.addOption(source);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("MEDIUM"),
                                 tr("folder, disc image (any name) or ZIP archive"));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    if (parser.positionalArguments().size() != 1) {
        return commandLine.wrongUsage(console);
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    if (int code = login->signIn(Permission::Reconcile, QStringLiteral("reconcile"));
        code != ExitOk)
        return code;
    Station& station = login->station();
    const Settings settings = station.settings();
    const LocalArchive archive(station);
    Result<PatientReconciler::Options> options =
        ReconcileSources::options(station, &archive, parser.values(source));
    if (!options)
        return login->fail(options.error());

    Result<ImportMedium> medium =
        ImportMedium::open(parser.positionalArguments().constFirst(), settings.checkSettings());
    if (!medium)
        return login->fail(medium.error());
    const PatientReconciler reconciler(*options);
    const QVector<PatientReconciliation> results = reconciler.reconcile(medium->report());

    const QString jsonTarget = parser.value(json);
    QStringList allProblems;
    QStringList failed;
    for (const PatientReconciliation& r : results) {
        for (const QString& p : r.problems) {
            if (!allProblems.contains(p))
                allProblems << p;
        }
        for (const QString& f : r.failedSources) {
            if (!failed.contains(f))
                failed << f;
        }
    }
    QStringList asked;
    for (const DicomNode& n : std::as_const(options->sources))
        asked << n.name;

    if (jsonTarget != QLatin1String("-")) {
        console.out << tr("Medium %1: %n patient(s); sources asked: %2", nullptr,
                          int(results.size()))
                           .arg(medium->identifier, asked.join(QLatin1String(", ")))
                    << '\n';
        if (medium->report().flags[MediumFlags::Autorun] ||
            medium->report().flags[MediumFlags::Executables])
            console.out << tr("warning: the medium carries programs or an autorun file; nothing "
                              "on it is run.")
                        << '\n';
        for (const PatientReconciliation& r : results) {
            console.out << '\n'
                        << tr("Outside patient %1%2  %3  born %4  sex %5  (%n object(s), from %6)",
                              nullptr, r.instances)
                               .arg(r.outside.id,
                                    r.outside.issuer.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (%1)").arg(r.outside.issuer),
                                    PersonName::fromDicom(r.outside.name).display(),
                                    DisplayText::date(r.outside.birthDate),
                                    DisplayText::sex(r.outside.sex),
                                    r.institutions.isEmpty()
                                        ? tr("unknown institution")
                                        : r.institutions.join(QLatin1String(", ")))
                        << '\n';
            if (r.candidates.isEmpty())
                console.out << "  " << tr("no local candidate found") << '\n';
            for (const Candidate& c : r.candidates) {
                console.out << QStringLiteral("  %1  %2  %3%4  %5  %6  %7  [%8: %9]\n")
                                   .arg(c.match.score, 3)
                                   .arg(CandidateScorer::verdictText(c.match.verdict), c.patient.id,
                                        c.patient.issuer.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" (%1)").arg(c.patient.issuer),
                                        PersonName::fromDicom(c.patient.name).display(),
                                        DisplayText::date(c.patient.birthDate),
                                        DisplayText::sex(c.patient.sex),
                                        Candidate::kindName(c.kind), c.source);
                if (c.kind == Candidate::Kind::Worklist)
                    console.out << "       "
                                << tr("order: accession %1, %2, scheduled %3")
                                       .arg(c.accessionNumber, c.procedure, c.scheduledDate)
                                << '\n';
                console.out << "       "
                            << tr("matches: %1").arg(c.match.matches.join(QLatin1String("; ")))
                            << '\n';
                if (!c.match.differences.isEmpty())
                    console.out
                        << "       "
                        << tr("differs: %1").arg(c.match.differences.join(QLatin1String("; ")))
                        << '\n';
                if (!c.characterSetNote.isEmpty())
                    console.out << "       " << tr("note: %1").arg(c.characterSetNote) << '\n';
            }
        }
        for (const QString& p : std::as_const(allProblems))
            console.out << tr("warning: %1").arg(p) << '\n';
        console.out << '\n'
                    << tr("Nothing was chosen. Import with: pdi import MEDIUM --to NODE "
                          "--patient-id LOCALID")
                    << '\n';
    }
    console.out.flush();
    if (!jsonTarget.isEmpty()) {
        QJsonArray patients;
        for (const PatientReconciliation& r : results)
            patients.append(r.toJson());
        const QJsonObject root{
            {QStringLiteral("medium"),
             QJsonObject{{QStringLiteral("path"), medium->medium->location()},
                         {QStringLiteral("identifier"), medium->identifier},
                         {QStringLiteral("flags"), medium->report().flags.toJson()}}},
            {QStringLiteral("sources"), QJsonArray::fromStringList(asked)},
            {QStringLiteral("patients"), patients},
            {QStringLiteral("problems"), QJsonArray::fromStringList(allProblems)}};
        if (!writeJson(root, jsonTarget, console))
            return ExitUsage;
    }
    // Candidates from some sources are still useful; none answering is a failure.
    return !asked.isEmpty() && failed.size() >= asked.size() ? ExitFailed : ExitOk;
}

} // namespace pdi::cli
