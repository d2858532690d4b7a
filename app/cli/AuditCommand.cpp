#include "AuditCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "DateArgument.h"
#include "JsonOutput.h"
#include "audit/AuditExport.h"
#include "station/Timestamp.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace pdi::cli {

namespace {

QString patientsText(const QVector<AuditPatient>& patients) {
    QStringList ids;
    for (const AuditPatient& p : patients)
        ids << (p.issuer.isEmpty() ? p.id : QStringLiteral("%1^^^%2").arg(p.id, p.issuer));
    return ids.join(QLatin1Char(','));
}

QString line(const AuditRecord& r) {
    const AuditEvent& e = r.event;
    QStringList parts;
    parts << QStringLiteral("#%1").arg(r.seq) << r.localTime()
          << QStringLiteral("%1(%2)@%3").arg(e.actor.userName, e.actor.role, e.actor.station)
          << (e.alert == SecurityAlert::None
                  ? auditEventName(e.type)
                  : QStringLiteral("%1:%2").arg(auditEventName(e.type), securityAlertName(e.alert)))
          << auditOutcomeName(e.outcome);
    if (!e.target.isEmpty())
        parts << QStringLiteral("target=%1").arg(e.target);
    if (!e.patientsBefore.isEmpty())
        parts << QStringLiteral("patients-before=%1").arg(patientsText(e.patientsBefore));
    if (!e.patients.isEmpty())
        parts << QStringLiteral("patients=%1").arg(patientsText(e.patients));
    if (e.mediaType != MediaType::None || !e.mediumId.isEmpty())
        parts << QStringLiteral("medium=%1:%2").arg(mediaTypeName(e.mediaType), e.mediumId);
    if (!e.details.isEmpty())
        parts << QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    return parts.join(QLatin1String("  "));
}

} // namespace

QString AuditCommand::summary() const {
    return tr("list, verify, export and forward the audit trail (administrators)");
}

int AuditCommand::run(const QStringList& arguments, Console& console) {
    const QString usage =
        tr("usage: pdi audit list [--since DATE] [--user NAME] [--patient ID] [--event EVENT] "
           "[--limit N] [--json]\n"
           "       pdi audit verify [--anchor FILE|LINE] [--json]\n"
           "       pdi audit anchor [--json]\n"
           "       pdi audit export --format dicom --out DIR [--since DATE] [--user NAME] "
           "[--patient ID] [--event EVENT]\n"
           "       pdi audit flush\n"
           "       (all: [--data-dir DIR] [--password-stdin])");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("records from this date (YYYY-MM-DD, local time) or "
                                      "ISO 8601 time on"),
                                   QStringLiteral("DATE"));
    const QCommandLineOption user(QStringLiteral("user"), tr("records of this user"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption patient(QStringLiteral("patient"),
                                     tr("records involving this patient ID (before or "
                                        "after import)"),
                                     QStringLiteral("ID"));
    const QCommandLineOption event(QStringLiteral("event"),
                                   tr("records of this event (login, export, import, ...)"),
                                   QStringLiteral("EVENT"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("only the newest N records"),
                                   QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("write JSON to standard output"));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        tr("verify: also compare with this anchor (a file of anchor lines, e.g. from the "
           "repository, or one line as printed by pdi audit anchor)"),
        QStringLiteral("FILE|LINE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("export format: dicom (PS3.15 A.5 XML)"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("export: the folder to write one XML file per record to"),
                                 QStringLiteral("DIR"));
    for (const QCommandLineOption& o :
         {since, user, patient, event, limit, json, format, out, anchorOption})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("list, verify, anchor, export or flush"));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 ||
        !QStringList{QStringLiteral("list"), QStringLiteral("verify"), QStringLiteral("export"),
                     QStringLiteral("flush"), QStringLiteral("anchor")}
             .contains(action)) {
        return commandLine.wrongUsage(console);
    }

    AuditQuery query;
    if (parser.isSet(since)) {
        query.since = DateArgument::since(parser.value(since));
        if (!query.since.isValid()) {
            console.err << tr("--since takes a date like 2024-01-31 or a time like "
                              "2024-01-31T09:00:00+09:00.")
                        << '\n';
            return ExitUsage;
        }
    }
    query.user = parser.value(user);
    query.patientId = parser.value(patient);
    if (parser.isSet(event)) {
        query.event = auditEventFromName(parser.value(event));
        if (!query.event) {
            QStringList names;
            for (AuditEventType t : allAuditEventTypes())
                names << auditEventName(t);
            console.err << tr("--event takes one of: %1.").arg(names.join(QLatin1String(", ")))
                        << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit <= 0) {
            console.err << tr("--limit takes a positive number.") << '\n';
            return ExitUsage;
        }
    }
    if (action == QLatin1String("export")) {
        if (parser.value(format) != QLatin1String("dicom") || !parser.isSet(out)) {
            console.err << tr("export needs --format dicom and --out DIR.") << '\n';
            return ExitUsage;
        }
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    if (int code = login->signIn(Permission::ReadAudit, QStringLiteral("audit %1").arg(action));
        code != ExitOk)
        return code;
    const Station& station = login->station();

    if (action == QLatin1String("anchor")) {
        Result<AuditAnchoring::Taken> taken = station.anchoring().anchor(login->session());
        if (!taken)
            return login->fail(taken.error());
        if (parser.isSet(json)) {
            const QJsonObject o{{QStringLiteral("seq"), double(taken->anchor.seq)},
                                {QStringLiteral("hash"), taken->anchor.hash},
                                {QStringLiteral("time"), Timestamp::isoUtc(taken->anchor.time)},
                                {QStringLiteral("line"), taken->anchor.toLine()},
                                {QStringLiteral("fileError"), taken->fileError}};
            if (!writeJson(o, QStringLiteral("-"), console))
                return ExitFailed;
        } else {
            console.out << taken->anchor.toLine() << '\n';
        }
        if (!taken->fileError.isEmpty()) {
            console.err << taken->fileError << '\n';
            return ExitFailed;
        }
        return ExitOk;
    }

    if (action == QLatin1String("verify")) {
        QVector<AuditAnchor> given;
        if (parser.isSet(anchorOption)) {
            const QString value = parser.value(anchorOption);
            if (std::optional<AuditAnchor> one = AuditAnchor::fromLine(value)) {
                given << *one;
            } else {
                QString error;
                given = AuditAnchorFile(value).read(&error);
                if (!error.isEmpty() || given.isEmpty()) {
                    console.err << (error.isEmpty()
                                        ? tr("--anchor takes a file of anchor lines or one line "
                                             "as printed by pdi audit anchor; %1 holds none.")
                                              .arg(value)
                                        : error)
                                << '\n';
                    return ExitUsage;
                }
            }
        }
        Result<AuditVerification> v = station.verifier().verify(login->session(), given);
        if (!v)
            return login->fail(v.error());
        QJsonObject perStation;
        for (auto it = v->stationRecords.constBegin(); it != v->stationRecords.constEnd(); ++it)
            perStation.insert(it.key(), double(it.value()));
        if (parser.isSet(json)) {
            const QJsonObject o{
                {QStringLiteral("stations"), perStation},
                {QStringLiteral("intact"), v->intact},
                {QStringLiteral("records"), double(v->records)},
                {QStringLiteral("headHash"), v->headHash},
                {QStringLiteral("firstBadRecord"), double(v->firstBadSeq)},
                {QStringLiteral("problem"), v->problem},
                {QStringLiteral("anchorsChecked"), v->anchorsChecked},
                {QStringLiteral("lastAnchor"), v->lastAnchor ? v->lastAnchor->toLine() : QString()},
                {QStringLiteral("anchorWarning"), v->anchorWarning}};
            if (!writeJson(o, QStringLiteral("-"), console))
                return ExitFailed;
        } else if (v->intact) {
            console.out << tr("Audit trail intact: %n record(s); last hash %1", nullptr,
                              int(v->records))
                               .arg(v->headHash.isEmpty() ? QStringLiteral("-") : v->headHash)
                        << '\n';
            // One chain, whoever appended: the records of each station in it.
            for (auto it = v->stationRecords.constBegin(); it != v->stationRecords.constEnd(); ++it)
                console.out
                    << tr("  station %1: %n record(s)", nullptr, int(it.value())).arg(it.key())
                    << '\n';
            if (v->lastAnchor)
                console.out << tr("Matches %n anchor(s); the newest names record %1 (%2).", nullptr,
                                  v->anchorsChecked)
                                   .arg(v->lastAnchor->seq)
                                   .arg(Timestamp::isoUtc(v->lastAnchor->time))
                            << '\n';
            else
                console.out << tr("No anchor to compare with: records cut from the end or a "
                                  "chain computed anew would not show (see pdi audit anchor).")
                            << '\n';
        } else {
            console.out
                << tr("Audit trail BROKEN at record %1: %2").arg(v->firstBadSeq).arg(v->problem)
                << '\n';
        }
        if (!v->anchorWarning.isEmpty() && !parser.isSet(json))
            console.err << tr("warning: %1").arg(v->anchorWarning) << '\n';
        return v->intact ? ExitOk : ExitFindings;
    }

    if (action == QLatin1String("flush")) {
        const SyslogDelivery d = station.syslog().flush();
        if (d.off) {
            console.out << tr("Forwarding to an audit repository is off (audit.syslog.enabled); %n "
                              "message(s) queued.",
                              nullptr, d.remaining)
                        << '\n';
            return ExitOk;
        }
        if (d.busy) {
            console.out << tr("Another PDI Station process is sending the queue right now.")
                        << '\n';
            return ExitOk;
        }
        console.out << tr("%n audit message(s) sent", nullptr, d.sent) << "; "
                    << tr("%n still queued.", nullptr, d.remaining) << '\n';
        if (d.error)
            return login->fail(*d.error);
        return ExitOk;
    }

    Result<QVector<AuditRecord>> records = station.audit().list(login->session(), query);
    if (!records)
        return login->fail(records.error());

    if (action == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray items;
            for (const AuditRecord& r : *records)
                items.append(r.toJson());
            return writeJson(QJsonObject{{QStringLiteral("records"), items}}, QStringLiteral("-"),
                             console)
                       ? ExitOk
                       : ExitFailed;
        }
        for (const AuditRecord& r : *records)
            console.out << line(r) << '\n';
        return ExitOk;
    }

    // export
    const QString dir = parser.value(out);
    Result<int> written =
        AuditExport::writeDicomXml(*records, AuditSource::fromSettings(station.settings()), dir);
    if (!written)
        return login->fail(written.error());
    console.out << tr("%n audit message(s) written to %1", nullptr, *written).arg(dir) << '\n';
    return ExitOk;
}

} // namespace pdi::cli
