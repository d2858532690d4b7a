#include "DbCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "settings/SiteSettings.h"
#include "station/DatabaseCopy.h"
#include "station/DatabaseMaintenance.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace pdi::cli {

namespace {

QString engineName(DatabaseEngine engine) {
    return engine == DatabaseEngine::Sqlite ? QStringLiteral("sqlite")
                                            : QStringLiteral("postgresql");
}

QJsonObject statusJson(const DatabaseStatus& s) {
    QJsonArray applied;
    for (const AppliedMigration& m : s.applied)
        applied.append(QJsonObject{{QStringLiteral("version"), m.version},
                                   {QStringLiteral("description"), m.description},
                                   {QStringLiteral("appliedAt"), m.appliedAt}});
    QJsonArray pending;
    for (const Migration& m : s.pending)
        pending.append(
            QJsonObject{{QStringLiteral("version"), m.version},
                        {QStringLiteral("description"), QString::fromLatin1(m.description)}});
    QJsonArray stations;
    for (const StationEntry& e : s.stations)
        stations.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("host"), e.host},
                                    {QStringLiteral("dataDirectory"), e.dataDirectory},
                                    {QStringLiteral("firstSeen"), e.firstSeen},
                                    {QStringLiteral("lastSeen"), e.lastSeen}});
    return QJsonObject{{QStringLiteral("engine"), engineName(s.engine)},
                       {QStringLiteral("stations"), stations},
                       {QStringLiteral("address"), s.address},
                       {QStringLiteral("description"), s.description},
                       {QStringLiteral("schemaVersion"), s.version},
                       {QStringLiteral("programVersion"), s.latest},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("pending"), pending}};
}

int printCopy(const DatabaseCopyReport& r, const QString& to, const QString& dataDir,
              Console& console) {
    console.out << DbCommand::tr("Copied into %1:").arg(to) << '\n';
    for (const CopiedTable& t : r.tables)
        console.out << DbCommand::tr("  %1: %2 copied, %3 there already (kept)")
                           .arg(t.table, -18)
                           .arg(t.copied)
                           .arg(t.kept)
                    << '\n';
    console.out << (r.auditVerbatim
                        ? DbCommand::tr("The audit trail went over record for record (%1 "
                                        "records, last hash %2): its anchors stay valid.")
                        : DbCommand::tr("The audit trail's %1 records were appended to the "
                                        "shared chain, after a record naming their last hash %2."))
                       .arg(r.auditRecords)
                       .arg(r.sourceHead)
                << '\n';
    const AuditVerification& v = r.verification;
    if (!v.intact) {
        console.out << DbCommand::tr("The shared audit trail does NOT verify at record %1: %2")
                           .arg(v.firstBadSeq)
                           .arg(v.problem)
                    << '\n';
        return ExitFailed;
    }
    console.out << DbCommand::tr("The shared audit trail verifies: %1 records, last hash %2.")
                       .arg(v.records)
                       .arg(v.headHash)
                << '\n'
                << DbCommand::tr("To work on the shared database from now on, put this line into "
                                 "%1/station.conf:")
                       .arg(dataDir)
                << '\n'
                << QStringLiteral("database = %1").arg(to) << '\n';
    return ExitOk;
}

int printStatus(const DatabaseStatus& s, Console& console) {
    console.out
        << DbCommand::tr("Database: %1").arg(s.description) << '\n'
        << DbCommand::tr("Address: %1").arg(s.address) << '\n'
        << DbCommand::tr("Schema version: %1 (this program: %2)").arg(s.version).arg(s.latest)
        << '\n';
    for (const AppliedMigration& m : s.applied)
        console.out
            << QStringLiteral("  %1  %2  %3\n").arg(m.version, 3).arg(m.appliedAt, m.description);
    if (!s.stations.isEmpty())
        console.out << DbCommand::tr("Stations using it:") << '\n';
    for (const StationEntry& e : s.stations)
        console.out << DbCommand::tr("  %1 (%2, %3), last started %4")
                           .arg(e.name, e.host, e.dataDirectory, e.lastSeen)
                    << '\n';
    if (s.isNewer()) {
        console.out << DbCommand::tr("The database was set up by a newer PDI Station; update "
                                     "this one before using it.")
                    << '\n';
        return ExitFailed;
    }
    if (!s.pending.isEmpty()) {
        console.out << DbCommand::tr("Waiting to be applied by pdi db migrate:") << '\n';
        for (const Migration& m : s.pending)
            console.out << QStringLiteral("  %1  %2\n")
                               .arg(m.version, 3)
                               .arg(QString::fromLatin1(m.description));
    } else {
        console.out << DbCommand::tr("The schema is up to date.") << '\n';
    }
    return ExitOk;
}

} // namespace

QString DbCommand::summary() const {
    return tr("show, upgrade and move the station database (administrators)");
}

int DbCommand::run(const QStringList& arguments, Console& console) {
    const QString usage = tr("usage: pdi db status [--json] | migrate | copy --to "
                             "postgresql://USER@HOST:PORT/DB?password_file=FILE  [--data-dir DIR] "
                             "[--password-stdin]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("status: write JSON to standard output"));
    parser.addOption(json);
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("copy: the shared PostgreSQL database to copy this station's "
                                   "records into"),
                                QStringLiteral("ADDRESS"));
    parser.addOption(to);
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("status, migrate or copy"));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 ||
        !QStringList{QStringLiteral("status"), QStringLiteral("migrate"), QStringLiteral("copy")}
             .contains(action) ||
        (action == QLatin1String("copy")) != parser.isSet(to)) {
        return commandLine.wrongUsage(console);
    }

    // The schema as it is: status shows an old or new one, migrate upgrades an old one.
    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::openForMaintenance(
        parser, console, exitCode,
        action == QLatin1String("copy") ? SchemaPolicy::Upgrade : SchemaPolicy::AsIs);
    if (!login)
        return exitCode;
    if (int code = login->signIn(Permission::ManageSettings, QStringLiteral("db %1").arg(action));
        code != ExitOk)
        return code;
    const DatabaseMaintenance maintenance(login->station().database());

    if (action == QLatin1String("status")) {
        Result<DatabaseStatus> status = maintenance.status(login->session());
        if (!status)
            return login->fail(status.error());
        if (parser.isSet(json))
            return writeJson(statusJson(*status), QStringLiteral("-"), console) ? ExitOk
                                                                                : ExitFailed;
        return printStatus(*status, console);
    }
    if (action == QLatin1String("copy")) {
        Result<DatabaseLocation> target =
            DatabaseLocation::parse(parser.value(to), login->station().directory());
        if (!target)
            return login->fail(target.error());
        Result<DatabaseCopyReport> copied =
            DatabaseCopy(login->station(), SiteSettings::catalog()).to(login->session(), *target);
        if (!copied)
            return login->fail(copied.error());
        return printCopy(*copied, target->address(), login->station().directory().path(), console);
    }
    Result<DatabaseMaintenance::Migrated> migrated = maintenance.migrate(login->session());
    if (!migrated)
        return login->fail(migrated.error());
    if (migrated->from == migrated->to)
        console.out << tr("The schema is already up to date (version %1).").arg(migrated->to)
                    << '\n';
    else
        console.out << tr("The schema was brought from version %1 to version %2.")
                           .arg(migrated->from)
                           .arg(migrated->to)
                    << '\n';
    return ExitOk;
}

} // namespace pdi::cli
