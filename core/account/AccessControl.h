#pragma once

#include "Role.h"
#include "result/Result.h"

#include <QCoreApplication>

namespace pdi {

class AuditTrail;
class Session;

// The one place that decides whether a signed-in person may do something. Library entry points
// that act call require() before they touch anything, so the rule holds whether the call comes
// from the GUI, the CLI or a test.
class AccessControl {
    Q_DECLARE_TR_FUNCTIONS(pdi::AccessControl)

public:
    // Ok when the session's role holds the permission; otherwise a Permission error that names
    // the person, the role and what is missing.
    static Result<void> require(const Session& session, Permission permission);
    // The same, and a refusal is also recorded: a security-alert (Use of Restricted Function)
    // naming the refused action, e.g. "config set institution.name" or "write".
    static Result<void> require(const Session& session, Permission permission,
                                const AuditTrail& audit, const QString& action);
    // Whether lists drawn from the station's records (jobs) may show patients to this person:
    // whoever looks patients up to write, reconcile or import may. Reception checks the medium
    // in hand, which shows its own patient, and sees such lists without patients.
    static bool maySeePatients(const Session& session);
};

} // namespace pdi
