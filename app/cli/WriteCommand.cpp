#include "WriteCommand.h"

#include "CliLogin.h"
#include "JsonOutput.h"
#include "archive/LocalArchive.h"
#include "dicom/PersonName.h"
#include "job/WriteJob.h"
#include "label/LabelRenderer.h"
#include "label/ReportDescription.h"
#include "network/RetrievedStudies.h"
#include "report/CheckReport.h"
#include "report/DisplayText.h"
#include "report/MediumChecker.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>

#include <unistd.h>

namespace pdi::cli {

namespace {

int exitCodeFor(WriteOutcome::Status status) {
    switch (status) {
    case WriteOutcome::Status::Written:
        return ExitOk;
    case WriteOutcome::Status::Refused:
        return ExitFindings;
    case WriteOutcome::Status::BadInput:
        return ExitUsage;
    case WriteOutcome::Status::Failed:
    case WriteOutcome::Status::Cancelled:
        return ExitFailed;
    case WriteOutcome::Status::NotAllowed:
        return ExitRole;
    }
    return ExitFailed;
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
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    CliLogin::addOptions(parser);
    const QCommandLineOption out(
        QStringLiteral("out"), tr("target: a folder (USB stick), FILE.iso, /dev/srN or stdio:PATH"),
        QStringLiteral("TARGET"));
    const QCommandLineOption media(QStringLiteral("media"), tr("cd, dvd, dvd-dl, bd or usb"),
                                   QStringLiteral("TYPE"));
    const QCommandLineOption patient(QStringLiteral("patient-id"),
                                     tr("write this patient of a mixed source"),
                                     QStringLiteral("ID"));
    const QCommandLineOption study(QStringLiteral("study"), tr("only this study (repeatable)"),
                                   QStringLiteral("UID"));
    const QCommandLineOption series(QStringLiteral("series"), tr("only this series (repeatable)"),
                                    QStringLiteral("UID"));
    const QCommandLineOption exclude(QStringLiteral("exclude-series"),
                                     tr("leave this series out (repeatable)"),
                                     QStringLiteral("UID"));
    const QCommandLineOption other(
        QStringLiteral("other"), tr("add a non-DICOM file such as a referral letter (repeatable)"),
        QStringLiteral("FILE"));
    const QCommandLineOption web(QStringLiteral("web"),
                                 tr("add web content (INDEX.HTM and IHE_PDI)"));
    const QCommandLineOption allow(
        QStringLiteral("allow"),
        tr("include content that needs a decision: video, bulk or ai (repeatable)"),
        QStringLiteral("WHAT"));
    const QCommandLineOption markAi(QStringLiteral("mark-ai"),
                                    tr("treat this series as AI-derived (repeatable)"),
                                    QStringLiteral("UID"));
    const QCommandLineOption notAi(QStringLiteral("not-ai"),
                                   tr("treat this series as not AI-derived (repeatable)"),
                                   QStringLiteral("UID"));
    const QCommandLineOption label(QStringLiteral("label"), tr("also write the label as PDF"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("write the result as JSON to FILE, or to standard output with -"),
        QStringLiteral("FILE"));
    parser.addOptions({out, media, patient, study, series, exclude, other, web, allow, markAi,
                       notAi, label, json});
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("DICOM files and folders"),
                                 QStringLiteral("SOURCE..."));
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << '\n' << usage << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText() << '\n';
        return ExitOk;
    }
    WriteRequest request;
    request.sources = parser.positionalArguments();
    request.target = parser.value(out);
    request.labelPdf = parser.value(label);
    if (request.sources.isEmpty() || request.target.isEmpty()) {
        console.err << usage << '\n';
        return ExitUsage;
    }
    ExportOptions& o = request.options;
    const WriteTarget kind = WriteJob::targetKind(request.target);
    o.media = kind == WriteTarget::Folder ? TargetMedia::Usb : TargetMedia::Cd;
    if (parser.isSet(media)) {
        const auto m = TargetMedia::fromName(parser.value(media));
        if (!m) {
            console.err << tr("unknown media type \"%1\": use cd, dvd, dvd-dl, bd or usb")
                               .arg(parser.value(media))
                        << '\n';
            return ExitUsage;
        }
        o.media = *m;
    }
    o.patientId = parser.value(patient);
    o.studies = parser.values(study);
    o.series = parser.values(series);
    o.excludeSeries = parser.values(exclude);
    o.otherFiles = parser.values(other);
    o.web = parser.isSet(web);
    o.markAi = parser.values(markAi);
    o.notAi = parser.values(notAi);
    for (const QString& what : parser.values(allow)) {
        if (what == QLatin1String("video"))
            o.allowVideo = true;
        else if (what == QLatin1String("bulk"))
            o.allowBulk = true;
        else if (what == QLatin1String("ai"))
            o.allowAi = true;
        else {
            console.err << tr("--allow takes video, bulk or ai, not \"%1\"").arg(what) << '\n';
            return ExitUsage;
        }
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    if (int code = login->signIn(Permission::Write, QStringLiteral("write")); code != ExitOk)
        return code;

    // SOURCE "local" (when no such file or folder exists): the station's own archive, the
    // objects of --patient-id.
    const int local = request.sources.indexOf(QStringLiteral("local"));
    if (local >= 0 && !QFileInfo::exists(request.sources.at(local))) {
        if (o.patientId.isEmpty())
            return login->fail(
                Error::invalid(tr("The source local (the station's archive) needs --patient-id.")));
        const LocalArchive archive(login->station());
        Result<QStringList> issuers = archive.issuers(o.patientId);
        if (!issuers)
            return login->fail(issuers.error());
        if (issuers->isEmpty())
            return login->fail(Error::invalid(
                tr("The local archive holds no patient with ID %1.").arg(o.patientId)));
        if (issuers->size() > 1)
            return login->fail(Error::invalid(
                tr("The local archive holds patient ID %1 from several issuers (%2); one "
                   "patient per medium.")
                    .arg(o.patientId, issuers->join(QLatin1String(", ")))));
        Result<QStringList> files = archive.files(o.patientId, issuers->constFirst(), o.studies);
        if (!files)
            return login->fail(files.error());
        request.sources.removeAt(local);
        request.sources += *files;
    }

    // SOURCE "pacs:NODE": the patient's studies (or --study) retrieved from that node with
    // C-GET into a folder of the data directory, removed again when the command ends.
    std::vector<std::unique_ptr<RetrievedStudies>> retrieved;
    for (int i = request.sources.size() - 1; i >= 0; --i) {
        const QString source = request.sources.at(i);
        if (!source.startsWith(QLatin1String("pacs:")) || QFileInfo::exists(source))
            continue;
        Result<std::unique_ptr<RetrievedStudies>> fetched =
            RetrievedStudies::fetch(login->station(), login->session(), source.mid(5), o.patientId,
                                    o.studies, JobProgress());
        if (!fetched)
            return login->fail(fetched.error());
        console.err << tr("Retrieved %n object(s) from %1.", nullptr, (*fetched)->objects())
                           .arg(source.mid(5))
                    << '\n';
        request.sources[i] = (*fetched)->folder();
        retrieved.push_back(std::move(*fetched));
    }

    JobProgress progress;
    QString lastStep;
    if (::isatty(STDERR_FILENO)) {
        progress.report = [&](const QString& step, qint64, qint64) {
            if (step != lastStep) {
                lastStep = step;
                console.err << step << "...\n";
                console.err.flush();
            }
        };
    }
    const WriteOutcome outcome =
        WriteJob(login->station()).run(login->session(), request, progress);

    const QString jsonTarget = parser.value(json);
    if (jsonTarget != QLatin1String("-")) {
        const ExportPlan& plan = outcome.plan;
        if (!plan.patient.id.isEmpty()) {
            console.out << tr("Patient:  %1  ID %2  born %3")
                               .arg(PersonName::fromDicom(plan.patient.name).display(),
                                    plan.patient.id, DisplayText::date(plan.patient.birthDate))
                        << '\n';
        }
        if (outcome.status == WriteOutcome::Status::Written) {
            console.out
                << tr("Written:  %1 objects (%2 decoded to uncompressed) to %3, File-set ID %4")
                       .arg(plan.instanceCount())
                       .arg(outcome.transcoded)
                       .arg(outcome.targetPath, outcome.fileSetId)
                << '\n';
            for (const PlannedStudy& st : plan.studies) {
                console.out << "  "
                            << tr("Study %1  %2  %3")
                                   .arg(DisplayText::date(st.date),
                                        st.modalities.join(QLatin1Char('/')), st.description)
                            << '\n';
                for (const PlannedSeries& se : st.series)
                    console.out << "    "
                                << tr("Series %1  %2  %3  %4 objects")
                                       .arg(se.number, se.modality, se.description)
                                       .arg(se.instances.size())
                                << '\n';
            }
        }
        if (!plan.excluded.isEmpty()) {
            console.out << tr("Left out:") << '\n';
            for (const ExcludedContent& e : plan.excluded)
                console.out << "  - " << e.message << '\n';
        }
        if (!plan.decisions.isEmpty()) {
            console.out << tr("Decisions (recorded):") << '\n';
            for (const ExportDecision& d : plan.decisions)
                console.out << "  - " << d.kindName() << ": " << d.series << '\n';
        }
        if (!plan.patientsFound.isEmpty() && outcome.status == WriteOutcome::Status::Refused)
            console.out << tr("Patients in the sources:") << '\n'
                        << "  " << plan.patientsFound.join(QStringLiteral("\n  ")) << '\n';
        if (outcome.verified)
            console.out
                << tr("Verified: read back with the checker's rules; every file's SHA-256 matches.")
                << '\n';
        if (!outcome.labelPath.isEmpty())
            console.out << tr("Label:    %1").arg(outcome.labelPath) << '\n';
        if (outcome.jobId > 0)
            console.out << tr("Job:      %1").arg(outcome.jobId) << '\n';
        (outcome.status == WriteOutcome::Status::Written ? console.out : console.err)
            << outcome.message << '\n';
    }
    console.out.flush();
    if (!jsonTarget.isEmpty() && !writeJson(outcome.toJson(), jsonTarget, console))
        return ExitUsage;
    return exitCodeFor(outcome.status);
}

QString LabelCommand::summary() const {
    return tr("make the disc label and case insert of a medium as PDF");
}

int LabelCommand::run(const QStringList& arguments, Console& console) {
    const QString usage =
        tr("usage: pdi label MEDIUM --pdf FILE [--data-dir DIR] [--password-stdin]");
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    CliLogin::addOptions(parser);
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("the PDF to write"),
                                 QStringLiteral("FILE"));
    parser.addOption(pdf);
    parser.addPositionalArgument(QStringLiteral("MEDIUM"), tr("folder, disc image or ZIP"));
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << '\n' << usage << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText() << '\n';
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(pdf)) {
        console.err << usage << '\n';
        return ExitUsage;
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
        console.err << checked.error().message << '\n';
        return ExitUsage;
    }
    const MediumIssuer issuer = MediumIssuer::of(settings.institution(), login->session().role());
    const ReportDescription::Result described =
        ReportDescription::describe(checked->report, issuer, QDate::currentDate());
    if (!described.ok) {
        console.err << described.error << '\n';
        return ExitFindings;
    }
    const LabelRenderer::RenderResult rendered =
        LabelRenderer::renderPdf(described.description, parser.value(pdf));
    if (!rendered.ok) {
        console.err << rendered.error << '\n';
        return ExitFailed;
    }
    console.out
        << tr("Label written to %1 (%n page(s)).", nullptr, rendered.pages).arg(parser.value(pdf))
        << '\n';
    return ExitOk;
}

} // namespace pdi::cli
