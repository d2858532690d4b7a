#include "ImportCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "destination/DestinationChoice.h"
#include "dicom/PersonName.h"
#include "job/IdentityGuard.h"
#include "job/ImportJob.h"
#include "job/ImportPlanner.h"
#include "node/NodeStore.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <unistd.h>

namespace pdi::cli {

namespace {

QString identity(const QString& id, const QString& issuer, const QString& name) {
    return QStringLiteral("%1%2  %3")
        .arg(id, issuer.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(issuer),
             PersonName::fromDicom(name).display());
}

} // namespace

// The destinations of this station, when it exists (a usage error creates no data directory).
void ImportCommand::listDestinations(const QCommandLineParser& parser, Console& console) {
    const QString directory = DataDirectory::resolve(parser.value(QStringLiteral("data-dir")));
    if (!QFileInfo(directory).isDir())
        return;
    Result<Station> station = Station::open(directory);
    if (!station)
        return;
    Result<DestinationChoice> choice = DestinationChoice::read(NodeStore(station->database()));
    if (!choice)
        return;
    QStringList names;
    for (const DicomNode& n : choice->nodes())
        names << n.name;
    console.err << tr("Name the destination with --to: %1. The Import workspace offers %2 first.")
                       .arg(names.join(QLatin1String(", ")), choice->preferred())
                << '\n';
}

// The planner finds the problem; the command line names its options.
QString ImportCommand::givenIdentityProblem(const ImportRequest& request) {
    switch (ImportPlanner::givenIdentityProblem(request)) {
    case ImportPlanner::GivenIdentityProblem::None:
        return {};
    case ImportPlanner::GivenIdentityProblem::GivenWhileKeepingIds:
        return tr("--name, --birth-date and --sex set a local identity; --keep-ids keeps the "
                  "outside one: give one or the other.");
    case ImportPlanner::GivenIdentityProblem::BirthDate:
        return tr("--birth-date takes a date as YYYYMMDD, e.g. 19700101; \"%1\" is not one.")
            .arg(request.birthDate);
    case ImportPlanner::GivenIdentityProblem::Sex:
        return tr("--sex takes M, F or O.");
    }
    return {};
}

QString ImportCommand::summary() const {
    return tr("import an outside patient's objects into a PACS or the local archive");
}

int ImportCommand::run(const QStringList& arguments, Console& console) {
    const QString usage =
        tr("usage: pdi import MEDIUM --to NODE|local (--patient-id LOCALID [--issuer ISSUER] | "
           "--keep-ids) [--accession ACC] [--study UID]... [--series UID]... [--outside-id ID] "
           "[--name PN --birth-date YYYYMMDD --sex M|F|O] [--source NODE|local]... [--dry-run] "
           "[--confirm-difference REASON [--approver USER]] [--json FILE|-]  [--data-dir DIR] "
           "[--password-stdin]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption to(QStringLiteral("to"), tr("destination: a node or local"),
                                QStringLiteral("NODE"));
    const QCommandLineOption patientId(QStringLiteral("patient-id"),
                                       tr("the local Patient ID to file the objects under"),
                                       QStringLiteral("LOCALID"));
    const QCommandLineOption issuer(QStringLiteral("issuer"), tr("the local Issuer of Patient ID"),
                                    QStringLiteral("ISSUER"));
    const QCommandLineOption keepIds(QStringLiteral("keep-ids"),
                                     tr("keep the outside identity (no local patient)"));
    const QCommandLineOption accession(QStringLiteral("accession"),
                                       tr("the Accession Number of the local order"),
                                       QStringLiteral("ACC"));
    const QCommandLineOption study(
        QStringLiteral("study"), tr("import only this study (repeatable)"), QStringLiteral("UID"));
    const QCommandLineOption series(QStringLiteral("series"),
                                    tr("import only this series (repeatable)"),
                                    QStringLiteral("UID"));
    const QCommandLineOption outsideId(
        QStringLiteral("outside-id"),
        tr("which patient of the medium, when it holds several (its Patient ID there)"),
        QStringLiteral("ID"));
    const QCommandLineOption outsideIssuer(QStringLiteral("outside-issuer"),
                                           tr("with --outside-id: its issuer on the medium"),
                                           QStringLiteral("ISSUER"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        tr("the local name (DICOM PN, e.g. YAMADA^TARO=山田^太郎=やまだ^たろう); only when no "
           "source knows LOCALID"),
        QStringLiteral("PN"));
    const QCommandLineOption birthDate(QStringLiteral("birth-date"),
                                       tr("the local birth date; only when no source knows "
                                          "LOCALID"),
                                       QStringLiteral("YYYYMMDD"));
    const QCommandLineOption sex(QStringLiteral("sex"),
                                 tr("the local sex (M, F, O); only when no source knows LOCALID"),
                                 QStringLiteral("SEX"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    tr("where to look LOCALID up (repeatable; default: every "
                                       "find or worklist node and local)"),
                                    QStringLiteral("NODE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("plan and check everything, send and record nothing"));
    const QCommandLineOption confirmDifference(
        QStringLiteral("confirm-difference"),
        tr("import although the local patient's birth date, sex or name contradicts the "
           "medium's, for this reason (recorded with the job and in the audit trail)"),
        QStringLiteral("REASON"));
    const QCommandLineOption approver(
        QStringLiteral("approver"),
        tr("with --confirm-difference, where the station requires it: the second person who "
           "approves (their password is asked for after yours)"),
        QStringLiteral("USER"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("also write the result as JSON to FILE, or only JSON to standard output with -"),
        QStringLiteral("FILE"));
    for (const QCommandLineOption& o :
         {to, patientId, issuer, keepIds, accession, study, series, outsideId, outsideIssuer, name,
          birthDate, sex, source, dryRun, confirmDifference, approver, json})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("MEDIUM"),
                                 tr("folder, disc image (any name) or ZIP archive"));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    if (parser.positionalArguments().size() != 1 ||
        parser.isSet(patientId) == parser.isSet(keepIds)) {
        return commandLine.wrongUsage(console);
    }
    if (!parser.isSet(to)) {
        console.err << usage << '\n';
        listDestinations(parser, console);
        return ExitUsage;
    }

    ImportRequest request;
    request.medium = parser.positionalArguments().constFirst();
    request.destination = parser.value(to);
    request.keepIds = parser.isSet(keepIds);
    request.localPatientId = parser.value(patientId);
    request.localIssuer = parser.value(issuer);
    request.accessionNumber = parser.value(accession);
    request.studies = parser.values(study);
    request.series = parser.values(series);
    if (parser.isSet(outsideId))
        request.outsidePatientId = parser.value(outsideId);
    if (parser.isSet(outsideIssuer))
        request.outsideIssuer = parser.value(outsideIssuer);
    // Null: not given; an empty value given on purpose stays empty but not null.
    auto given = [&parser](const QCommandLineOption& o) {
        if (!parser.isSet(o))
            return QString();
        const QString v = parser.value(o);
        return v.isNull() ? QString::fromLatin1("", 0) : v;
    };
    request.name = given(name);
    request.birthDate = given(birthDate);
    request.sex = given(sex);
    request.sources = parser.values(source);
    request.dryRun = parser.isSet(dryRun);
    request.differenceReason = parser.value(confirmDifference).trimmed();
    if (parser.isSet(confirmDifference) && request.differenceReason.isEmpty()) {
        console.err << tr("--confirm-difference needs the reason, e.g. --confirm-difference "
                          "\"name changed by marriage, confirmed with the patient\".")
                    << '\n';
        return ExitUsage;
    }
    if (parser.isSet(approver) && !parser.isSet(confirmDifference)) {
        console.err << tr("--approver approves a confirmed difference: give "
                          "--confirm-difference REASON too.")
                    << '\n';
        return ExitUsage;
    }

    if (const QString problem = givenIdentityProblem(request); !problem.isEmpty()) {
        console.err << problem << '\n';
        return ExitUsage;
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    if (int code = login->signIn(Permission::Import, QStringLiteral("import")); code != ExitOk)
        return code;

    if (parser.isSet(approver)) {
        QString problem;
        const std::optional<QString> password = login->passwords().read(
            tr("Password of %1, who approves:").arg(parser.value(approver)), console, problem);
        if (!password) {
            console.err << problem << '\n';
            return ExitAuth;
        }
        Result<Session> approved = IdentityGuard(login->station(), login->session())
                                       .approve(parser.value(approver), *password);
        if (!approved)
            return login->fail(approved.error());
        request.differenceApprover = *approved;
    }

    JobProgress progress;
    const bool terminal = isatty(STDERR_FILENO);
    int lastPercent = -1;
    progress.report = [&](const QString& step, qint64 done, qint64 total) {
        if (!terminal || total <= 0)
            return;
        const int percent = int(done * 100 / total);
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        console.err << '\r' << DisplayText::printable(step) << ' ' << percent << '%'
                    << (done >= total ? "\n" : "");
        console.err.flush();
    };

    Station& station = login->station();
    Result<ImportMedium> medium =
        ImportMedium::open(request.medium, station.settings().checkSettings(), progress);
    if (!medium)
        return login->fail(medium.error());
    ImportJob job(station, login->session());
    const bool severalPatients = medium->report().contents.patients.size() > 1;
    // The plan takes the medium over: what it does not send of the check is let go before the
    // sources are asked and the objects sent.
    Result<ImportPlan> plan = job.prepare(request, std::move(*medium), progress);
    if (!plan) {
        const int code = login->fail(plan.error());
        const bool chosen = !request.outsidePatientId.isNull() || !request.studies.isEmpty() ||
                            !request.series.isEmpty();
        if (!chosen && severalPatients)
            console.err << tr("Choose the patient with --outside-id ID (or with --study / "
                              "--series).")
                        << '\n';
        return code;
    }
    Result<ImportOutcome> outcome = job.execute(*plan, progress);
    if (!outcome) {
        const int code = login->fail(outcome.error());
        if (!plan->contradictions.isEmpty() && request.differenceReason.isEmpty())
            console.err << tr("To import under this local patient all the same, give the reason "
                              "with --confirm-difference \"REASON\".")
                        << '\n';
        return code;
    }

    const QString jsonTarget = parser.value(json);
    if (jsonTarget != QLatin1String("-")) {
        // Every line may quote the medium (names, IDs, file names): written through
        // Console::line, escaped.
        QTextStream& out = console.out;
        const auto line = [&out](const QString& text) {
            Console::line(out, text);
        };
        line(tr("Medium:       %1 (%2)")
                 .arg(plan->medium.identifier, plan->medium.medium->location()));
        line(tr("Outside:      %1  born %2  sex %3  from %4")
                 .arg(identity(plan->outside.id, plan->outside.issuer, plan->outside.name),
                      plan->outside.birthDate, plan->outside.sex,
                      plan->sourceInstitution.isEmpty() ? tr("unknown institution")
                                                        : plan->sourceInstitution));
        line(tr("Local:        %1  born %2  sex %3  (from %4)")
                 .arg(identity(plan->local.patientId, plan->local.issuer, plan->local.name),
                      plan->local.birthDate, plan->local.sex, plan->demographicsSource));
        if (!plan->local.accessionNumber.isEmpty())
            line(tr("Accession:    %1").arg(plan->local.accessionNumber));
        if (!plan->match.differences.isEmpty())
            line(tr("Differs:      %1").arg(plan->match.differences.join(QLatin1String("; "))));
        if (plan->identityOverride.isSet()) {
            const IdentityOverride& o = plan->identityOverride;
            line(tr("Contradicts:  %1")
                     .arg(IdentityDifference::sentences(o.differences).join(QLatin1String("; "))));
            line(o.approvedBy.isEmpty()
                     ? tr("Confirmed:    %1 (by %2)").arg(o.reason, o.confirmedBy)
                     : tr("Confirmed:    %1 (by %2, approved by %3)")
                           .arg(o.reason, o.confirmedBy, o.approverName));
        }
        line(tr("Destination:  %1 (%2, %3)")
                 .arg(plan->destination.name, plan->destination.aeTitle,
                      plan->destination.characterSet));
        line(tr("Objects:      %1 planned, %2 sent before, %3 sent now, %4 committed, %5 "
                "failed, %6 pending")
                 .arg(outcome->planned)
                 .arg(outcome->sentBefore)
                 .arg(outcome->sentNow)
                 .arg(outcome->committed)
                 .arg(outcome->failed)
                 .arg(outcome->pending));
        if (!plan->leftOut.isEmpty()) {
            line(tr("Left out (%n file(s)):", nullptr, int(plan->leftOut.size())));
            for (const LeftOutFile& f : std::as_const(plan->leftOut))
                line(QStringLiteral("  %1: %2").arg(f.path, f.reason));
        }
        const int shown = qMin<int>(20, outcome->failures.size());
        for (int i = 0; i < shown; ++i)
            line(tr("failed: %1: %2")
                     .arg(outcome->failures.at(i).first, outcome->failures.at(i).second));
        if (outcome->failures.size() > shown)
            line(tr("... and %n more failure(s) in the job record.", nullptr,
                    int(outcome->failures.size() - shown)));
        for (const QString& p : std::as_const(plan->lookupProblems))
            line(tr("warning: %1").arg(p));
        line(outcome->message);
        out.flush();
    }
    if (!jsonTarget.isEmpty() &&
        !writeJson(ImportJob::toJson(*plan, *outcome), jsonTarget, console))
        return ExitUsage;
    switch (outcome->status) {
    case ImportOutcome::Status::Complete:
    case ImportOutcome::Status::DryRun:
        return ExitOk;
    case ImportOutcome::Status::Incomplete:
        Console::line(console.err, outcome->message);
        return ExitFailed;
    }
    return ExitFailed;
}

} // namespace pdi::cli
