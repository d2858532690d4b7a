#include "NodeCommand.h"

#include "CliLogin.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "audit/AuditTrail.h"
#include "network/DicomAssociation.h"
#include "node/NodeStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

namespace pdi::cli {

QString NodeCommand::summary() const {
    return tr("add, list, remove and test PACS and worklist nodes (administrators)");
}

int NodeCommand::run(const QStringList& arguments, Console& console) {
    const QString usage =
        tr("usage: pdi node add NAME --aet AET --host HOST --port PORT [--calling-aet AET] "
           "[--tls --ca FILE [--cert FILE --key FILE] [--no-host-check]] [--roles "
           "store,find,worklist,commit] "
           "[--charset \"ISO_IR 192\"|\"ISO 2022 IR 87\"]\n"
           "     | list [--json] | remove NAME | echo NAME   [--data-dir DIR] [--password-stdin]");
    CommandLine commandLine(*this, usage);
    QCommandLineParser& parser = commandLine.parser();
    CliLogin::addOptions(parser);
    const QCommandLineOption aet(QStringLiteral("aet"), tr("add: the node's AE title"),
                                 QStringLiteral("AET"));
    const QCommandLineOption host(QStringLiteral("host"), tr("add: host name or IP address"),
                                  QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), tr("add: TCP port"),
                                  QStringLiteral("PORT"));
    const QCommandLineOption callingAet(
        QStringLiteral("calling-aet"),
        tr("add: the AE title this station calls with (default: station.aeTitle)"),
        QStringLiteral("AET"));
    const QCommandLineOption tls(QStringLiteral("tls"), tr("add: use DICOM TLS"));
    const QCommandLineOption noHostCheck(
        QStringLiteral("no-host-check"),
        tr("add: with --tls, accept a certificate that does not name the host (any certificate "
           "from the CA)"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                tr("add: PEM file with the CA that signs the node's certificate"),
                                QStringLiteral("FILE"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  tr("add: this station's PEM certificate, when the node asks "
                                     "for one"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("add: the unencrypted PEM private key of --cert"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption roles(QStringLiteral("roles"),
                                   tr("add: store, find, worklist, commit, comma-separated "
                                      "(default: store,find)"),
                                   QStringLiteral("ROLES"));
    const QCommandLineOption charset(
        QStringLiteral("charset"),
        tr("add: the node's character set, ISO_IR 192 (default) or ISO 2022 IR 87"),
        QStringLiteral("CS"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("list: write JSON to standard output"));
    for (const QCommandLineOption& o :
         {aet, host, port, callingAet, tls, noHostCheck, ca, cert, key, roles, charset, json})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("add, list, remove or echo"));
    if (const std::optional<int> answered = commandLine.parse(arguments, console))
        return *answered;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QHash<QString, int> arity{{QStringLiteral("add"), 2},
                                    {QStringLiteral("list"), 1},
                                    {QStringLiteral("remove"), 2},
                                    {QStringLiteral("echo"), 2}};
    if (!arity.contains(action) || args.size() != arity.value(action)) {
        return commandLine.wrongUsage(console);
    }
    const QString name = args.value(1);

    DicomNode node;
    if (action == QLatin1String("add")) {
        if (!parser.isSet(aet) || !parser.isSet(host) || !parser.isSet(port)) {
            console.err << tr("pdi node add needs --aet, --host and --port.") << '\n'
                        << usage << '\n';
            return ExitUsage;
        }
        node.name = name;
        node.aeTitle = parser.value(aet);
        node.host = parser.value(host);
        bool ok = false;
        node.port = parser.value(port).toInt(&ok);
        if (!ok)
            node.port = 0;
        node.callingAeTitle = parser.value(callingAet);
        node.tls = parser.isSet(tls);
        node.verifyHostName = !parser.isSet(noHostCheck);
        auto absolute = [](const QString& path) {
            return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
        };
        node.caFile = absolute(parser.value(ca));
        node.certFile = absolute(parser.value(cert));
        node.keyFile = absolute(parser.value(key));
        if (parser.isSet(roles)) {
            const std::optional<int> parsed = DicomNode::parseRoles(parser.value(roles));
            if (!parsed) {
                console.err << tr("--roles takes store, find, worklist and commit, "
                                  "comma-separated, e.g. --roles store,find,commit.")
                            << '\n';
                return ExitUsage;
            }
            node.roles = *parsed;
        }
        if (parser.isSet(charset)) {
            const std::optional<QString> cs = DicomNode::parseCharacterSet(parser.value(charset));
            if (!cs) {
                console.err << tr("--charset takes one of: %1.")
                                   .arg(DicomNode::characterSetChoices().join(QLatin1String(", ")))
                            << '\n';
                return ExitUsage;
            }
            node.characterSet = *cs;
        }
    }

    int exitCode = ExitOk;
    std::unique_ptr<CliLogin> login = CliLogin::open(parser, console, exitCode);
    if (!login)
        return exitCode;
    const QString attempted = QStringLiteral("node %1 %2").arg(action, name).trimmed();
    if (int code = login->signIn(Permission::ManageNodes, attempted); code != ExitOk)
        return code;
    const Session& session = login->session();
    NodeStore nodes(login->station().database());

    if (action == QLatin1String("add")) {
        Result<DicomNode> added = nodes.add(session, node);
        if (!added) {
            Error e = added.error();
            // The library says what is wrong with the TLS files; here, which options set them.
            if (node.tls || !node.caFile.isEmpty() || !node.certFile.isEmpty() ||
                !node.keyFile.isEmpty())
                e.message += QLatin1Char(' ') +
                             tr("(DICOM TLS: --tls, --ca FILE, --cert FILE and --key FILE.)");
            return login->fail(e);
        }
        console.out << tr("Node %1 added: %2 at %3:%4, roles %5, %6%7.")
                           .arg(added->name, added->aeTitle, added->host)
                           .arg(added->port)
                           .arg(DicomNode::roleNames(added->roles).join(QLatin1Char(',')),
                                added->characterSet, added->tls ? tr(", TLS") : QString())
                    << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        if (auto removed = nodes.remove(session, name); !removed)
            return login->fail(removed.error());
        console.out << tr("Node %1 removed.").arg(name) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        Result<QVector<DicomNode>> list = nodes.list(true);
        if (!list)
            return login->fail(list.error());
        if (parser.isSet(json)) {
            QJsonArray items;
            for (const DicomNode& n : *list)
                items.append(n.toJson());
            return writeJson(QJsonObject{{QStringLiteral("nodes"), items}}, QStringLiteral("-"),
                             console)
                       ? ExitOk
                       : ExitFailed;
        }
        for (const DicomNode& n : *list) {
            if (n.isLocal()) {
                console.out << QStringLiteral("%1  %2\n")
                                   .arg(n.name, -16)
                                   .arg(tr("the station's own archive (store, find)"));
                continue;
            }
            console.out << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                               .arg(n.name, -16)
                               .arg(n.aeTitle, -16)
                               .arg(QStringLiteral("%1:%2").arg(n.host).arg(n.port), -24)
                               .arg(DicomNode::roleNames(n.roles).join(QLatin1Char(',')), -24)
                               .arg(n.characterSet)
                               .arg(n.tls ? QStringLiteral("  TLS") : QString());
        }
        return ExitOk;
    }

    // echo
    Result<DicomNode> found = nodes.find(name);
    if (!found)
        return login->fail(found.error());
    if (auto echoed =
            nodes.echo(session, found->name, LocalAe::fromSettings(login->station().settings()));
        !echoed)
        return login->fail(echoed.error());
    console.out << tr("%1 answered the C-ECHO.").arg(DicomAssociation::describe(*found)) << '\n';
    return ExitOk;
}

} // namespace pdi::cli
