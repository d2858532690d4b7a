#include "AccessControl.h"

#include "Session.h"
#include "audit/AuditTrail.h"

namespace pdi {

Result<void> AccessControl::require(const Session& session, Permission permission) {
    if (session.can(permission))
        return {};
    return Error::permission(
        tr("%1 is signed in as %2, which may not %3. Ask an administrator to do it, or to "
           "give you a role that may.")
            .arg(session.userName(), Roles::displayName(session.role()),
                 Permissions::displayName(permission)));
}

bool AccessControl::maySeePatients(const Session& session) {
    return session.can(Permission::Write) || session.can(Permission::Reconcile) ||
           session.can(Permission::Import);
}

Result<void> AccessControl::require(const Session& session, Permission permission,
                                    const AuditTrail& audit, const QString& action) {
    Result<void> allowed = require(session, permission);
    if (allowed)
        return allowed;
    AuditEvent e = AuditEvent::by(session, AuditEventType::SecurityAlert);
    e.alert = SecurityAlert::RestrictedFunction;
    e.outcome = AuditOutcome::MinorFailure;
    e.target = action;
    e.details = QJsonObject{{QStringLiteral("action"), action},
                            {QStringLiteral("permission"), Permissions::name(permission)}};
    // The refusal stands even if it cannot be recorded; the storage problem surfaces on the
    // next write that matters.
    (void)audit.record(e);
    return allowed;
}

} // namespace pdi
