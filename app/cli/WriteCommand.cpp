#include "WriteCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "dicom/PersonName.h"
#include "job/WriteJob.h"
#include "label/LabelRenderer.h"
#include "label/ReportDescription.h"
#include "report/CheckReport.h"
#include "report/DisplayText.h"
#include "report/MediumChecker.h"
#include "source/PatientSource.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>
#include <vector>

#include <unistd.h>

namespace pdi::cli {

namespace {

// The options of pdi write, as the parser knows them.
struct WriteOptions {
    QCommandLineOption out{QStringLiteral("out"),
                           WriteCommand::tr("target: a folder (USB stick), FILE.iso, /dev/srN or "
                                            "stdio:PATH"),
                           QStringLiteral("TARGET")};
    QCommandLineOption media{QStringLiteral("media"),
                             WriteCommand::tr("cd, dvd, dvd-dl, bd or usb"),
                             QStringLiteral("TYPE")};
    QCommandLineOption patient{QStringLiteral("patient-id"),
                               WriteCommand::tr("write this patient of a mixed source"),
                               QStringLiteral("ID")};
    QCommandLineOption study{QStringLiteral("study"),
                             WriteCommand::tr("only this study (repeatable)"),
                             QStringLiteral("UID")};
    QCommandLineOption series{QStringLiteral("series"),
                              WriteCommand::tr("only this series (repeatable)"),
                              QStringLiteral("UID")};
    QCommandLineOption exclude{QStringLiteral("exclude-series"),
                               WriteCommand::tr("leave this series out (repeatable)"),
                               QStringLiteral("UID")};
    QCommandLineOption other{
        QStringLiteral("other"),
        WriteCommand::tr("add a non-DICOM file such as a referral letter (repeatable)"),
        QStringLiteral("FILE")};
    QCommandLineOption web{QStringLiteral("web"),
                           WriteCommand::tr("add web content (INDEX.HTM and IHE_PDI)")};
    QCommandLineOption allow{
        QStringLiteral("allow"),
        WriteCommand::tr("include content that needs a decision: video, bulk or ai (repeatable)"),
        QStringLiteral("WHAT")};
    QCommandLineOption markAi{QStringLiteral("mark-ai"),
                              WriteCommand::tr("treat this series as AI-derived (repeatable)"),
                              QStringLiteral("UID")};
    QCommandLineOption notAi{QStringLiteral("not-ai"),
                             WriteCommand::tr("treat this series as not AI-derived (repeatable)"),
                             QStringLiteral("UID")};
    QCommandLineOption label{QStringLiteral("label"),
                             WriteCommand::tr("also write the label as PDF"),
                             QStringLiteral("FILE")};
    QCommandLineOption json{
        QStringLiteral("json"),
        WriteCommand::tr("write the result as JSON to FILE, or to standard output with -"),
        QStringLiteral("FILE")};

    void addTo(QCommandLineParser& parser) const {
        parser.addOptions({out, media, patient, study, series, exclude, other, web, allow, markAi,
                           notAi, label, json});
    }
};

// The request the options make; a sentence for the person when they do not make one.
std::optional<QString> readRequest(const QCommandLineParser& parser, const WriteOptions& opt,
                                   WriteRequest& request) {
    ExportOptions& o = request.options;
    o.media = WriteJob::targetKind(request.target) == WriteTarget::Folder ? TargetMedia::Usb
                                                                          : TargetMedia::Cd;
    if (parser.isSet(opt.media)) {
        const auto m = TargetMedia::fromName(parser.value(opt.media));
        if (!m)
            return WriteCommand::tr("unknown media type \"%1\": use cd, dvd, dvd-dl, bd or usb")
                .arg(parser.value(opt.media));
        o.media = *m;
    }
    o.patientId = parser.value(opt.patient);
    o.studies = parser.values(opt.study);
    o.series = parser.values(opt.series);
    o.excludeSeries = parser.values(opt.exclude);
    o.otherFiles = parser.values(opt.other);
    o.web = parser.isSet(opt.web);
    o.markAi = parser.values(opt.markAi);
    o.notAi = parser.values(opt.notAi);
    for (const QString& what : parser.values(opt.allow)) {
        if (what == QLatin1String("video"))
            o.allowVideo = true;
        else if (what == QLatin1String("bulk"))
            o.allowBulk = true;
        else if (what == QLatin1String("ai"))
            o.allowAi = true;
        else
            return WriteCommand::tr("--allow takes video, bulk or ai, not \"%1\"").arg(what);
    }
    return std::nullopt;
}

// SOURCE "local" (when no such file or folder exists): the station's own archive, the objects
// of --patient-id. SOURCE "pacs:NODE": the patient's studies (or --study) retrieved from that
// node with C-GET into a folder of the data directory, removed again when the command ends.
// PatientSource decides what they stand for, as it does for the Write workspace.
Result<std::vector<ResolvedSource>> resolveSources(CliLogin& login, WriteRequest& request) {
    const ExportOptions& o = request.options;
    std::vector<ResolvedSource> resolved;
    QStringList sources;
    for (const QString& argument : std::as_const(request.sources)) {
        const std::optional<PatientSource> source =
            PatientSource::fromArgument(argument, o.patientId, o.studies);
        if (!source) {
            sources << argument;
            continue;
        }
        if (o.patientId.isEmpty()) {
            return Error::invalid(
                source->kind() == PatientSource::Kind::LocalArchive
                    ? WriteCommand::tr(
                          "The source local (the station's archive) needs --patient-id.")
                    : WriteCommand::tr("The source %1 (a PACS) needs --patient-id.").arg(argument));
        }
        Result<ResolvedSource> files =
            source->resolve(login.station(), login.session(), JobProgress());
        if (!files)
            return files.error();
        if (source->kind() == PatientSource::Kind::Pacs)
            login.console().err << WriteCommand::tr("Retrieved %n object(s) from %1.", nullptr,
                                                    files->retrievedObjects())
                                       .arg(source->node())
                                << '\n';
        sources += files->locations();
        resolved.push_back(std::move(*files));
    }
    request.sources = sources;
    return resolved;
}

// What was written, or what stopped it, for a person.
// The library says what would include left-out content; the command line says which option.
QString optionFor(ExcludedContent::Reason reason) {
    switch (reason) {
    case ExcludedContent::Reason::Video:
        return WriteCommand::tr("(--allow video)");
    case ExcludedContent::Reason::Bulk:
        return WriteCommand::tr("(--allow bulk)");
    case ExcludedContent::Reason::AiDerived:
        return WriteCommand::tr("(--allow ai, or --not-ai)");
    default:
        return {};
    }
}

QString optionFor(ExportPlan::Refusal refusal) {
    switch (refusal) {
    case ExportPlan::Refusal::SeveralPatients:
        return WriteCommand::tr("Choose the patient with --patient-id.");
    case ExportPlan::Refusal::Capacity:
        return WriteCommand::tr("Leave series out with --exclude-series UID, or choose larger "
                                "media with --media.");
    case ExportPlan::Refusal::OtherFile:
        return WriteCommand::tr("Documents are added with --other FILE.");
    default:
        return {};
    }
}

void printOutcome(Console& console, const ExportPlan& plan, const Result<WriteOutcome>& outcome) {
    // Names, descriptions and file names come from the sources: every line is escaped.
    const auto line = [&console](const QString& text) {
        Console::line(console.out, text);
    };
    const bool written = outcome && outcome->status == WriteOutcome::Status::Written;
    if (!plan.patient.id.isEmpty()) {
        line(WriteCommand::tr("Patient:  %1  ID %2  born %3")
                 .arg(PersonName::fromDicom(plan.patient.name).display(), plan.patient.id,
                      DisplayText::date(plan.patient.birthDate)));
    }
    if (written) {
        line(WriteCommand::tr(
                 "Written:  %1 objects (%2 decoded to uncompressed) to %3, File-set ID %4")
                 .arg(plan.instanceCount())
                 .arg(outcome->transcoded)
                 .arg(outcome->targetPath, outcome->fileSetId));
        for (const PlannedStudy& st : plan.studies) {
            line(QStringLiteral("  ") + WriteCommand::tr("Study %1  %2  %3")
                                            .arg(DisplayText::date(st.date),
                                                 st.modalities.join(QLatin1Char('/')),
                                                 st.description));
            for (const PlannedSeries& se : st.series)
                line(QStringLiteral("    ") + WriteCommand::tr("Series %1  %2  %3  %4 objects")
                                                  .arg(se.number, se.modality, se.description)
                                                  .arg(se.instances.size()));
        }
    }
    if (!plan.excluded.isEmpty()) {
        line(WriteCommand::tr("Left out:"));
        for (const ExcludedContent& e : plan.excluded) {
            const QString option = optionFor(e.reason);
            line(QStringLiteral("  - ") + e.message +
                 (option.isEmpty() ? QString() : QLatin1Char(' ') + option));
        }
    }
    if (!plan.decisions.isEmpty()) {
        line(WriteCommand::tr("Decisions (recorded):"));
        for (const ExportDecision& d : plan.decisions)
            line(QStringLiteral("  - %1: %2").arg(d.kindName(), d.series));
    }
    const bool refused = !outcome && outcome.error().kind == Error::Kind::Conflict;
    if (!plan.patientsFound.isEmpty() && refused) {
        line(WriteCommand::tr("Patients in the sources:"));
        for (const QString& p : plan.patientsFound)
            line(QStringLiteral("  ") + p);
    }
    if (outcome && outcome->verified)
        line(WriteCommand::tr("Verified: read back with the checker's rules; every file's SHA-256 "
                              "matches."));
    if (outcome && !outcome->labelPath.isEmpty())
        line(WriteCommand::tr("Label:    %1").arg(outcome->labelPath));
    if (outcome && outcome->jobId > 0)
        line(WriteCommand::tr("Job:      %1").arg(outcome->jobId));
    Console::line(written ? console.out : console.err,
                  outcome ? outcome->message : outcome.error().message);
    if (const QString option = optionFor(plan.refusalKind); plan.refused && !option.isEmpty())
        console.err << option << '\n';
}

} // namespace

QString WriteCommand::summary() const {
    return tr("write one patient's studies to a USB folder, an ISO image or a disc, verified");
}

int WriteCommand::run(const QStringList& arguments, Console& console) {
    const QString usage =
        tr("usage: pdi write SOURCE|local|pacs:NODE... --out TARGET [--media cd|dvd|dvd-dl|bd|usb] "
           "[--patient-id ID] "
           "[--study UID]... [--series UID]... [--exclude-series UID]... [--other FILE]... [--web] "
           "[--allow video|bulk|ai]... [--mark-ai UID]... [--not-ai UID]... [--label FILE.pdf] "
           "[--json FILE|-]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const WriteOptions opt;
    opt.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("DICOM files and folders"),
                                 QStringLiteral("SOURCE..."));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    WriteRequest request;
    request.sources = parser.positionalArguments();
    request.target = parser.value(opt.out);
    request.labelPdf = parser.value(opt.label);
    if (request.sources.isEmpty() || request.target.isEmpty()) {
        return commandLine.wrongUsage(console);
    }
    if (const std::optional<QString> wrong = readRequest(parser, opt, request)) {
        console.err << *wrong << '\n';
        return ExitUsage;
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    if (int code = login->signIn(Permission::Write, QStringLiteral("write")); code != ExitOk)
        return code;
    const Result<std::vector<ResolvedSource>> retrieved = resolveSources(*login, request);
    if (!retrieved)
        return login->fail(retrieved.error());

    JobProgress progress;
    QString lastStep;
    if (::isatty(STDERR_FILENO)) {
        progress.report = [&](const QString& step, qint64, qint64) {
            if (step != lastStep) {
                lastStep = step;
                Console::line(console.err, step + QStringLiteral("..."));
                console.err.flush();
            }
        };
    }
    const WriteJob job(login->station(), login->session());
    const Result<WritePlan> planned = job.prepare(request, progress);
    const Result<WriteOutcome> outcome =
        planned ? job.execute(*planned, progress) : Result<WriteOutcome>(planned.error());
    const ExportPlan plan = planned ? planned->plan : ExportPlan();

    const QString jsonTarget = parser.value(opt.json);
    if (jsonTarget != QLatin1String("-"))
        printOutcome(console, plan, outcome);
    console.out.flush();
    if (!jsonTarget.isEmpty()) {
        const QJsonObject json = outcome
                                     ? outcome->toJson()
                                     : WriteOutcome::toJson(outcome.error(), request.target, plan);
        if (!writeJson(json, jsonTarget, console))
            return ExitUsage;
    }
    if (!outcome)
        return CliLogin::exitCodeFor(outcome.error());
    return outcome->status == WriteOutcome::Status::Written ? ExitOk : ExitFailed;
}

QString LabelCommand::summary() const {
    return tr("make the disc label and case insert of a medium as PDF");
}

int LabelCommand::run(const QStringList& arguments, Console& console) {
    const QString usage =
        tr("usage: pdi label MEDIUM --pdf FILE [--data-dir DIR] [--password-stdin]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("the PDF to write"),
                                 QStringLiteral("FILE"));
    parser.addOption(pdf);
    parser.addPositionalArgument(QStringLiteral("MEDIUM"), tr("folder, disc image or ZIP"));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(pdf)) {
        return commandLine.wrongUsage(console);
    }
    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    if (int code = login->signIn(Permission::Label, QStringLiteral("label")); code != ExitOk)
        return code;

    const Settings settings = login->station().settings();
    MediumChecker::Options options;
    options.settings = settings.checkSettings();
    const Result<CheckedMedium> checked =
        MediumChecker::check(parser.positionalArguments().first(), options);
    if (!checked) {
        Console::line(console.err, checked.error().message);
        return ExitUsage;
    }
    const MediumIssuer issuer = MediumIssuer::of(settings.institution(), login->session().role());
    const Result<MediumDescription> described =
        ReportDescription::describe(checked->report, issuer, QDate::currentDate());
    if (!described) {
        Console::line(console.err, described.error().message);
        return ExitFindings;
    }
    const Result<int> pages = LabelRenderer::renderPdf(*described, parser.value(pdf));
    if (!pages) {
        Console::line(console.err, pages.error().message);
        return ExitFailed;
    }
    console.out << tr("Label written to %1 (%n page(s)).", nullptr, *pages).arg(parser.value(pdf))
                << '\n';
    return ExitOk;
}

} // namespace pdi::cli
