// pdi_test_postgres start|stop STATE: the PostgreSQL server that the suites of the ctest label
// "postgresql" share (FIXTURES_SETUP / FIXTURES_CLEANUP). start writes the server's address to
// STATE; stop stops it and removes its folder.
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 ||
        (args.at(1) != QLatin1String("start") && args.at(1) != QLatin1String("stop"))) {
        std::fprintf(stderr, "usage: pdi_test_postgres start|stop STATE\n");
        return 2;
    }
    const QString stateFile = args.at(2);
    if (args.at(1) == QLatin1String("stop")) {
        QFile state(stateFile);
        if (!state.open(QIODevice::ReadOnly))
            return 0;
        const QJsonObject o = QJsonDocument::fromJson(state.readAll()).object();
        const QString folder = o.value(QStringLiteral("folder")).toString();
        const QStringList stop{QStringLiteral("-D"), folder + QStringLiteral("/server/data"),
                               QStringLiteral("-m"), QStringLiteral("immediate"),
                               QStringLiteral("-w"), QStringLiteral("stop")};
        const QString pgctl =
            QLatin1String(pdi::test::PostgresServer::BinDir) + QStringLiteral("/pg_ctl");
        if (::geteuid() == 0)
            pdi::test::run(QStringLiteral("runuser"),
                           QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                       QStringLiteral("--"), pgctl} +
                               stop);
        else
            pdi::test::run(pgctl, stop);
        if (!folder.isEmpty())
            QDir(folder).removeRecursively();
        state.remove();
        return 0;
    }
    pdi::test::PostgresServer server;
    // Under /tmp, which the server's user (nobody, when run as root) can reach; one folder per
    // build tree, so that two checkouts testing at once keep apart.
    const QByteArray tree = QCryptographicHash::hash(
        QFileInfo(stateFile).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    const QString folder = QDir::tempPath() + QStringLiteral("/pdi-pg-fixture-") +
                           QString::fromLatin1(tree.toHex().left(12));
    QDir(folder).removeRecursively();
    if (!server.start(folder)) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(server.error()));
        return 1;
    }
    server.keep();
    QFile state(stateFile);
    if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    state.write(QJsonDocument(QJsonObject{{QStringLiteral("url"), server.url()},
                                          {QStringLiteral("port"), server.port()},
                                          {QStringLiteral("folder"), folder}})
                    .toJson());
    std::printf("PostgreSQL on 127.0.0.1:%d (%s)\n", server.port(), qPrintable(folder));
    return 0;
}
