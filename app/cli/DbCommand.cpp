#include "DbCommand.h"

#include "CliLogin.h"
#include "JsonOutput.h"
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
        pending.append(QJsonObject{{QStringLiteral("version"), m.version},
                                   {QStringLiteral("description"),
                                    QString::fromLatin1(m.description)}});
    return QJsonObject{{QStringLiteral("engine"), engineName(s.engine)},
                       {QStringLiteral("address"), s.address},
                       {QStringLiteral("description"), s.description},
                       {QStringLiteral("schemaVersion"), s.version},
                       {QStringLiteral("programVersion"), s.latest},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("pending"), pending}};
}

int printStatus(const DatabaseStatus& s, Console& console) {
    console.out << DbCommand::tr("Database: %1").arg(s.description) << '\n'
                << DbCommand::tr("Address: %1").arg(s.address) << '\n'
                << DbCommand::tr("Schema version: %1 (this program: %2)")
                       .arg(s.version)
                       .arg(s.latest)
                << '\n';
    for (const AppliedMigration& m : s.applied)
        console.out << QStringLiteral("  %1  %2  %3\n").arg(m.version, 3).arg(m.appliedAt,
                                                                              m.description);
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
    const QString usage = tr("usage: pdi db status [--json] | migrate  [--data-dir DIR] "
                             "[--password-stdin]");
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    CliLogin::addOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("status: write JSON to standard output"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("status or migrate"));
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << '\n' << usage << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText() << '\n' << usage << '\n';
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 ||
        !QStringList{QStringLiteral("status"), QStringLiteral("migrate")}.contains(action)) {
        console.err << usage << '\n';
        return ExitUsage;
    }

    // The schema as it is: status shows an old or new one, migrate upgrades an old one.
    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login =
        CliLogin::openForMaintenance(parser, console, exitCode, SchemaPolicy::AsIs);
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
