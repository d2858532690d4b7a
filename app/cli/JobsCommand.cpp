#include "JobsCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "DateArgument.h"
#include "JsonOutput.h"
#include "dicom/PersonName.h"
#include "job/JobList.h"
#include "node/DicomNode.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace pdi::cli {

namespace {

QString timeText(const QDateTime& t) {
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString patientText(const JobPatient& p) {
    QString text = p.id.isEmpty() ? JobsCommand::tr("(no ID)") : p.id;
    if (!p.issuer.isEmpty())
        text += QStringLiteral(" (%1)").arg(p.issuer);
    const QString name = PersonName::fromDicom(p.name).display();
    return name.isEmpty() ? text : QStringLiteral("%1  %2").arg(text, name);
}

QString stationText(const JobRecord& j) {
    const QString name =
        j.stationName.isEmpty() ? JobsCommand::tr("an unnamed station") : j.stationName;
    return j.thisStation ? JobsCommand::tr("%1 (this station)").arg(name) : name;
}

// The pdi import that continues the job: the same outside patient, destination and local ID
// (the job is found again by them and the medium's content).
QString importCommand(const JobRecord& j) {
    QStringList a{QStringLiteral("pdi import MEDIUM --to"), j.destination};
    if (j.keptOutsideIds) {
        a << QStringLiteral("--keep-ids");
    } else {
        a << QStringLiteral("--patient-id") << j.local.id;
        if (!j.local.issuer.isEmpty())
            a << QStringLiteral("--issuer") << j.local.issuer;
    }
    if (!j.patient.id.isEmpty())
        a << QStringLiteral("--outside-id") << j.patient.id;
    return a.join(QLatin1Char(' '));
}

// What a person does next, in words; empty when there is nothing to do.
QString nextStep(const JobRecord& j) {
    if (j.resumable()) {
        const QString medium = j.mediumId.isEmpty()
                                   ? JobsCommand::tr("the same medium")
                                   : JobsCommand::tr("the medium %1").arg(j.mediumId);
        const QString where = j.thisStation
                                  ? QString()
                                  : JobsCommand::tr("It ran at %1; it continues at any station "
                                                    "that has the medium. ")
                                        .arg(stationText(j));
        return where + JobsCommand::tr("To continue it here: insert %1 at this station and run "
                                       "the import again (%2), or open the medium in the Import "
                                       "workspace, which offers to resume it.")
                           .arg(medium, importCommand(j));
    }
    if (j.kind == JobKind::Import && j.state == JobState::Running && !j.thisStation)
        return JobsCommand::tr("It is running at %1; once it stops it can be continued here.")
            .arg(stationText(j));
    if (j.kind == JobKind::Write &&
        (j.state == JobState::Interrupted || j.state == JobState::Failed))
        return JobsCommand::tr("A write is not resumed: write the medium again.");
    return QString();
}

void printJob(const JobRecord& j, Console& console) {
    QString when = JobsCommand::tr("started %1 by %2").arg(timeText(j.startedAt), j.startedBy);
    if (j.kind == JobKind::Import && j.runs > 1)
        when += JobsCommand::tr(", run %1 times, last %2 by %3")
                    .arg(j.runs)
                    .arg(timeText(j.lastRunAt), j.lastRunBy);
    if (j.endedAt.isValid())
        when += JobsCommand::tr(", ended %1").arg(timeText(j.endedAt));
    Console::line(console.out, QStringLiteral("#%1  %2  %3  %4  %5")
                                   .arg(j.id)
                                   .arg(JobStates::kindDisplayName(j.kind), stationText(j),
                                        JobStates::displayName(j.state), when));
    const QString indent = QStringLiteral("    ");
    if (!j.patientShown) {
        Console::line(console.out,
                      indent + JobsCommand::tr("patient not shown: your role does not look "
                                               "patients up"));
    } else if (j.kind == JobKind::Write) {
        Console::line(console.out,
                      indent + JobsCommand::tr("patient %1").arg(patientText(j.patient)));
        Console::line(console.out, indent + JobsCommand::tr("to %1").arg(j.destination));
    } else {
        const QString local = j.keptOutsideIds
                                  ? JobsCommand::tr("filed under the outside IDs")
                                  : JobsCommand::tr("filed under %1").arg(patientText(j.local));
        Console::line(
            console.out,
            indent + JobsCommand::tr("outside patient %1, %2").arg(patientText(j.patient), local));
        Console::line(console.out,
                      indent + JobsCommand::tr("from medium %1 to %2")
                                   .arg(j.mediumId, DicomNode::readableName(j.destination)));
    }
    if (j.kind == JobKind::Import && !j.patientShown)
        Console::line(console.out, indent + JobsCommand::tr("to %1").arg(
                                                DicomNode::readableName(j.destination)));
    if (const QString progress = j.progressText(); !progress.isEmpty())
        Console::line(console.out, indent + progress);
    if (!j.message.isEmpty())
        Console::line(console.out, indent + JobsCommand::tr("last message: %1").arg(j.message));
    if (j.patientShown) {
        if (const QString next = nextStep(j); !next.isEmpty())
            Console::line(console.out, indent + next);
    }
}

} // namespace

QString JobsCommand::summary() const {
    return tr("list the write and import jobs of every station");
}

int JobsCommand::run(const QStringList& arguments, Console& console) {
    const QString usage =
        tr("usage: pdi jobs [--unfinished] [--station NAME] [--kind write|import] [--since DATE] "
           "[--limit N] [--json FILE|-]  [--data-dir DIR] [--password-stdin]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption unfinished(
        QStringLiteral("unfinished"),
        tr("only jobs that did not finish: running, interrupted, and imports that can be resumed"));
    const QCommandLineOption station(QStringLiteral("station"),
                                     tr("only the jobs of this station (default: every station "
                                        "sharing the database)"),
                                     QStringLiteral("NAME"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("only writes or only imports"),
                                  QStringLiteral("write|import"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("only jobs started, run or ended from this date "
                                      "(YYYY-MM-DD, local time) or ISO 8601 time on"),
                                   QStringLiteral("DATE"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("only the newest N jobs (default 100; 0: all)"),
                                   QStringLiteral("N"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("also write the jobs as JSON to FILE, or only JSON to standard output with -"),
        QStringLiteral("FILE"));
    for (const QCommandLineOption& o : {unfinished, station, kind, since, limit, json})
        parser.addOption(o);
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    if (!parser.positionalArguments().isEmpty())
        return commandLine.wrongUsage(console);

    JobFilter filter;
    filter.unfinishedOnly = parser.isSet(unfinished);
    if (parser.isSet(kind)) {
        filter.kind = JobStates::kindFromName(parser.value(kind));
        if (!filter.kind) {
            console.err << tr("--kind takes write or import.") << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(since)) {
        filter.since = DateArgument::since(parser.value(since));
        if (!filter.since.isValid()) {
            console.err << tr("--since takes a date like 2024-01-31 or a time like "
                              "2024-01-31T09:00:00+09:00.")
                        << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit < 0) {
            console.err << tr("--limit takes a number, 0 for all.") << '\n';
            return ExitUsage;
        }
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    // Every role may list jobs; the list leaves out what the role may not see.
    if (int code = login->signIn(std::nullopt, QStringLiteral("jobs")); code != ExitOk)
        return code;
    const JobList jobs(login->station().database());
    if (parser.isSet(station)) {
        Result<QString> id = jobs.stationNamed(parser.value(station));
        if (!id)
            return login->fail(id.error());
        filter.stationId = *id;
    }
    Result<QVector<JobRecord>> listed = jobs.list(login->session(), filter);
    if (!listed)
        return login->fail(listed.error());

    const QString jsonTarget = parser.value(json);
    if (jsonTarget != QLatin1String("-")) {
        const QString scope = parser.isSet(station) ? tr("station %1").arg(parser.value(station))
                                                    : tr("every station");
        console.out << (filter.unfinishedOnly
                            ? tr("%n unfinished job(s) of %1, newest first", nullptr,
                                 int(listed->size()))
                            : tr("%n job(s) of %1, newest first", nullptr, int(listed->size())))
                           .arg(scope)
                    << '\n';
        for (const JobRecord& j : std::as_const(*listed)) {
            console.out << '\n';
            printJob(j, console);
        }
    }
    console.out.flush();
    if (!jsonTarget.isEmpty()) {
        QJsonArray array;
        for (const JobRecord& j : std::as_const(*listed))
            array.append(j.toJson());
        const QJsonObject root{
            {QStringLiteral("station"), parser.value(station)},
            {QStringLiteral("unfinishedOnly"), filter.unfinishedOnly},
            {QStringLiteral("kind"), filter.kind ? JobStates::kindName(*filter.kind) : QString()},
            {QStringLiteral("jobs"), array}};
        if (!writeJson(root, jsonTarget, console))
            return ExitUsage;
    }
    return ExitOk;
}

} // namespace pdi::cli
