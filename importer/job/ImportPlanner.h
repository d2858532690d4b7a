#pragma once

#include "ImportPlan.h"
#include "account/Session.h"
#include "job/JobProgress.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>

namespace pdi {

class ImportAudit;
class NodeStore;

// Decides everything about an import before anything is sent: checks the request, chooses the
// outside patient, looks the local ID up in the reconciliation sources, checks that the local
// identity can be written in the destination's character set, and selects what is sent and what
// is left out. A refusal (Conflict) is recorded in the audit trail with its reason. Which nodes
// are destinations and which sources are asked is the policy of DestinationChoice and
// ReconcileSources, which the CLI and the GUI share.
class ImportPlanner {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportPlanner)

public:
    ImportPlanner(const Station& station, const Session& session)
        : station_(station)
        , session_(session) {}

    // Errors: Invalid/NotFound (a bad request), Conflict (refused, nothing sent), Network (a
    // source that may know the local patient could not be asked). Permissions are the caller's.
    Result<ImportPlan> plan(const ImportRequest& request, const ImportMedium& medium,
                            const JobProgress& progress = JobProgress()) const;
    // The same for a medium the plan takes over (nothing else holds its check): once the objects
    // are chosen, the plan keeps only what sending reads of the check
    // (ImportMedium::keepOnlyWhatSendingReads), before the sources are asked, so that the
    // memory of a job does not grow with the objects on the medium.
    Result<ImportPlan> plan(const ImportRequest& request, ImportMedium&& medium,
                            const JobProgress& progress = JobProgress()) const;

    // What is wrong with a local identity given by hand, before any source is asked; each front
    // end says it in its own terms.
    enum class GivenIdentityProblem { None, GivenWhileKeepingIds, BirthDate, Sex };
    static GivenIdentityProblem givenIdentityProblem(const ImportRequest& request);

private:
    Result<ImportPlan> planFrom(const ImportRequest& request, ImportMedium medium,
                                bool letGoOfCheck, const JobProgress& progress) const;
    Result<void> checkRequest(ImportPlan& plan, const NodeStore& nodes) const;
    Result<void> chooseOutside(ImportPlan& plan) const;
    Result<void> checkGivenIdentity(const ImportRequest& request) const;
    Result<void> findLocal(ImportPlan& plan, const ImportAudit& audit,
                           const JobProgress& progress) const;
    Result<void> takeKnown(ImportPlan& plan, const ImportAudit& audit) const;
    Result<void> checkCharacterSet(const ImportPlan& plan, const ImportAudit& audit) const;

    Station station_;
    Session session_;
};

} // namespace pdi
