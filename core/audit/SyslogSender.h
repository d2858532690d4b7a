#pragma once

#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>

#include <optional>

namespace pdi {

struct SyslogSettings;

// What one attempt to empty the queue achieved.
struct SyslogDelivery {
    int sent = 0;
    int remaining = 0;          // still queued
    bool off = false;           // audit.syslog.enabled is false: nothing was tried
    bool busy = false;          // another process is sending the queue right now
    std::optional<Error> error; // the repository could not be reached; what remains stays queued
};

// Sends the persistent queue (table syslog_queue) to the Audit Record Repository, oldest first.
// AuditTrail queues a message with every record while forwarding is on; nothing is lost while
// the repository is down, because a message leaves the queue only after it was handed to the
// network:
//   TLS (RFC 5425): after the bytes were written to an authenticated TLS connection; the peer's
//     certificate is checked against audit.syslog.caFile, the station presents
//     audit.syslog.certFile/keyFile when set.
//   UDP (RFC 5426): after the datagram was sent. UDP cannot tell whether anyone received it;
//     use TLS where loss matters.
// A process that dies between sending and removing a message sends it again next time
// (at least once). One process sends at a time (a lock file next to the database).
//
// Blocking: call from a worker thread in the GUI. Needs no permission: it only delivers what is
// already on the record.
class SyslogSender {
    Q_DECLARE_TR_FUNCTIONS(pdi::SyslogSender)

public:
    explicit SyslogSender(Database database)
        : db_(std::move(database)) {}

    SyslogDelivery flush() const;
    int queued() const;

private:
    Database db_;
};

} // namespace pdi
