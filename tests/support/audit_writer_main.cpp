// pdi_test_audit_writer DATA_DIR USER PASSWORD COUNT TAG: one process of a station (the database
// PDI_DATABASE names) that signs in and appends COUNT audit records, each in its own transaction
// and each with target "TAG i", as fast as it can: the concurrency test runs several of them at
// once against one shared database. Exit 0 when every record was written; otherwise the error.
#include "station/Station.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 6) {
        std::fprintf(stderr, "usage: pdi_test_audit_writer DATA_DIR USER PASSWORD COUNT TAG\n");
        return 2;
    }
    pdi::Result<pdi::Station> station = pdi::Station::open(a.at(1));
    if (!station) {
        std::fprintf(stderr, "%s\n", qPrintable(station.error().message));
        return 1;
    }
    pdi::Result<pdi::Session> session = station->authenticator().login(a.at(2), a.at(3));
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    for (int i = 0; i < a.at(4).toInt(); ++i) {
        pdi::AuditEvent e = pdi::AuditEvent::by(*session, pdi::AuditEventType::Check);
        e.target = QStringLiteral("%1 %2").arg(a.at(5)).arg(i);
        if (auto recorded = station->audit().record(e); !recorded) {
            std::fprintf(stderr, "record %d: %s\n", i, qPrintable(recorded.error().message));
            return 1;
        }
    }
    return 0;
}
