#pragma once

#include "DataDirectory.h"
#include "Database.h"
#include "StationRegistry.h"
#include "account/AccountStore.h"
#include "account/Authenticator.h"
#include "audit/AuditAnchoring.h"
#include "audit/AuditTrail.h"
#include "audit/AuditVerifier.h"
#include "audit/SyslogSender.h"
#include "result/Result.h"
#include "settings/Settings.h"

namespace pdi {

// This workstation's state, opened once per process: the data directory and its database, and
// the services that work on them. Services are cheap handles; take them where needed:
//
//   auto station = Station::open(DataDirectory::resolve(dirFromCommandLine));
//   Result<Session> session = station->authenticator().login(user, password);
//   station->audit().record(AuditEvent::by(*session, AuditEventType::Export));
class Station {
public:
    // The data directory and the database it names (DatabaseLocation::resolve).
    static Result<Station> open(const QString& dataDirectory);
    // For a process that only reads the station's settings (a check): the database as it is,
    // with no write lock taken and nothing written (no schema upgrade, no entry in the list of
    // stations), so that it neither waits for another process that is writing (an import, a
    // sign-in) nor changes the database. A database whose schema is not this program's is
    // opened as open() opens it (brought up to date, or refused), so that what is read is read
    // with the schema this program knows.
    static Result<Station> openToRead(const QString& dataDirectory);
    // The given database, its schema treated as policy says (`pdi db`).
    static Result<Station> open(const DataDirectory& directory, const DatabaseLocation& location,
                                SchemaPolicy policy);

    const DataDirectory& directory() const { return directory_; }
    const Database& database() const { return db_; }

    Settings settings() const { return Settings(db_); }
    AccountStore accounts() const { return AccountStore(db_); }
    Authenticator authenticator() const { return Authenticator(db_); }
    AuditTrail audit() const { return AuditTrail(db_); }
    AuditVerifier verifier() const { return AuditVerifier(db_); }
    AuditAnchoring anchoring() const { return AuditAnchoring(db_); }
    SyslogSender syslog() const { return SyslogSender(db_); }
    // The stations that share the database (one: this, on the embedded file).
    StationRegistry stations() const { return StationRegistry(db_); }

private:
    Station(DataDirectory directory, Database db)
        : directory_(std::move(directory))
        , db_(std::move(db)) {}
    DataDirectory directory_;
    Database db_;
};

} // namespace pdi
