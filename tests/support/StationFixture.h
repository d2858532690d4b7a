#pragma once

#include "audit/AuditEvent.h"
#include "station/Station.h"

#include <QTemporaryDir>

#include <optional>

namespace pdi::test {

// A fresh data directory in a temporary folder, with a first administrator signed in. Real
// SQLite file, real PBKDF2 (each login takes a fraction of a second).
class StationFixture {
public:
    static inline const QString AdminName = QStringLiteral("admin");
    static inline const QString AdminPassword = QStringLiteral("Harbour-Lights-27");

    StationFixture();

    bool ok() const { return station_.has_value() && admin_.has_value(); }
    QString error() const { return error_; }
    QString path() const { return dir_.path(); }
    Station& station() { return *station_; }
    const Session& admin() const { return *admin_; }

    // Adds an account (as admin) and signs it in; nullopt with error() set on failure.
    std::optional<Session> addAndLogin(const QString& name, Role role, const QString& password);

    // The audit records of one type, oldest first, as the administrator lists them; empty when
    // the trail cannot be read.
    QVector<AuditRecord> records(AuditEventType type);

    // Every byte of every file under the data directory (database, WAL, settings, locks).
    QByteArray allBytes() const;

private:
    QTemporaryDir dir_;
    std::optional<Station> station_;
    std::optional<Session> admin_;
    QString error_;
};

} // namespace pdi::test
