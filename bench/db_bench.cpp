// pdi_bench_db DATA_DIR APPENDS LOGINS: times audit appends and sign-ins on the station database
// PDI_DATABASE names (the embedded file by default) and prints one JSON object:
//   {"engine", "appendMs": [median, p90], "loginMs": [median, p90], "appends", "logins"}
// bench/db_bench.py runs it against SQLite and a PostgreSQL it starts, side by side.
#include "station/Station.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {

QJsonArray spread(QVector<double> ms) {
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 9 / 10))};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: pdi_bench_db DATA_DIR APPENDS LOGINS\n");
        return 2;
    }
    pdi::Result<pdi::Station> station = pdi::Station::open(args.at(1));
    if (!station) {
        std::fprintf(stderr, "%s\n", qPrintable(station.error().message));
        return 1;
    }
    const QString password = QStringLiteral("Quiet-Harbour-Lights-27");
    const pdi::Result<int> accounts = station->accounts().count();
    if (accounts && *accounts == 0) {
        auto created = station->accounts().createFirstAdministrator(
            {QStringLiteral("bench"), QStringLiteral("Bench"), pdi::Role::Admin, password});
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
    }
    QVector<double> logins;
    pdi::Result<pdi::Session> session = pdi::Error::invalid(QString());
    for (int i = 0; i < args.at(3).toInt(); ++i) {
        QElapsedTimer t;
        t.start();
        session = station->authenticator().login(QStringLiteral("bench"), password);
        logins << t.nsecsElapsed() / 1e6;
        if (!session) {
            std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
            return 1;
        }
    }
    QVector<double> appends;
    for (int i = 0; i < args.at(2).toInt(); ++i) {
        pdi::AuditEvent e = pdi::AuditEvent::by(*session, pdi::AuditEventType::Check);
        e.target = QStringLiteral("bench %1").arg(i);
        QElapsedTimer t;
        t.start();
        auto recorded = station->audit().record(e);
        appends << t.nsecsElapsed() / 1e6;
        if (!recorded) {
            std::fprintf(stderr, "%s\n", qPrintable(recorded.error().message));
            return 1;
        }
    }
    const QJsonObject out{
        {QStringLiteral("engine"), station->database().engine() == pdi::DatabaseEngine::Sqlite
                                       ? QStringLiteral("sqlite")
                                       : QStringLiteral("postgresql")},
        {QStringLiteral("appendMs"), spread(appends)},
        {QStringLiteral("loginMs"), spread(logins)},
        {QStringLiteral("appends"), appends.size()},
        {QStringLiteral("logins"), logins.size()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
