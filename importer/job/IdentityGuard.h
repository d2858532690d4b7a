#pragma once

#include "ImportPlan.h"
#include "account/Session.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>

namespace pdi {

// The barrier against a wrong-patient import (docs/import.md, "When the local patient differs").
// A local patient whose birth date or sex differs from the medium's, or whose names share no
// form (IdentityContradiction), is refused unless a person confirms the difference with a reason
// and, where the station requires it (import.overrideApproval), a second person with the right
// to import approves. A job that continues keeps the decision recorded when it started. The
// refusal is recorded in the audit trail with the differing values.
class IdentityGuard {
    Q_DECLARE_TR_FUNCTIONS(pdi::IdentityGuard)

public:
    IdentityGuard(const Station& station, const Session& session)
        : station_(station)
        , session_(session) {}

    // How the plan's local patient contradicts the outside one; none when the outside IDs are
    // kept.
    static QVector<IdentityDifference> contradictions(const ImportPlan& plan);

    // Whether this station asks a second person to approve an override.
    bool approvalRequired() const;
    // Where approve() checks the password, for running it off the GUI thread.
    Database database() const { return station_.database(); }

    // Lets the plan through, filling plan.identityOverride from the request or from the job's
    // record (jobKey), or refuses (Conflict, recorded) saying what differs and what would let
    // it through.
    Result<void> admit(ImportPlan& plan, const QString& jobKey) const;

    // Signs in the second person for an approval: their password is checked (a wrong one counts
    // towards the lock like any sign-in), they must be allowed to import and must not be the
    // person who asks. Their session ends at once; it is the proof kept with the request.
    Result<Session> approve(const QString& userName, const QString& password) const;

private:
    Result<void> refuse(const ImportPlan& plan, const QString& reason) const;

    Station station_;
    Session session_;
};

} // namespace pdi
