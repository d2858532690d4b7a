#include "ImportJob.h"

#include "IdentityGuard.h"
#include "ImportAudit.h"
#include "ImportJobLock.h"
#include "ImportPlanner.h"
#include "ImportSelector.h"
#include "ObjectPreparer.h"
#include "account/AccessControl.h"
#include "audit/AuditTrail.h"
#include "destination/ImportDestination.h"

#include <QCryptographicHash>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace pdi {

ImportJob::ImportJob(const Station& station, const Session& session)
    : station_(station)
    , session_(session) {}

Result<void> ImportJob::requireImport() const {
    return AccessControl::require(session_, Permission::Import, station_.audit(),
                                  QStringLiteral("import"));
}

Result<ImportOutcome> ImportJob::run(const ImportRequest& request, const JobProgress& progress) {
    if (auto allowed = requireImport(); !allowed)
        return allowed.error();
    Result<ImportMedium> medium =
        ImportMedium::open(request.medium, station_.settings().checkSettings(), progress);
    if (!medium)
        return medium.error();
    Result<ImportPlan> plan = prepare(request, std::move(*medium), progress);
    if (!plan)
        return plan.error();
    return execute(*plan, progress);
}

Result<ImportPlan> ImportJob::prepare(const ImportRequest& request, const ImportMedium& medium,
                                      const JobProgress& progress) {
    if (auto allowed = requireImport(); !allowed)
        return allowed.error();
    return ImportPlanner(station_, session_).plan(request, medium, progress);
}

Result<ImportPlan> ImportJob::prepare(const ImportRequest& request, ImportMedium&& medium,
                                      const JobProgress& progress) {
    if (auto allowed = requireImport(); !allowed)
        return allowed.error();
    return ImportPlanner(station_, session_).plan(request, std::move(medium), progress);
}

Result<QVector<UnfinishedImport>> ImportJob::unfinished(const ImportMedium& medium) const {
    if (auto allowed = requireImport(); !allowed)
        return allowed.error();
    return ImportJobStore(station_.database()).unfinished(medium);
}

ImportSelection ImportJob::select(const ImportMedium& medium, int patientIndex,
                                  const QStringList& studyUids, const QStringList& seriesUids) {
    return ImportSelector::select(medium, patientIndex, studyUids, seriesUids);
}

QString ImportJob::jobKey(const ImportPlan& plan) {
    const QString text =
        QStringList{plan.medium.contentHash,         plan.outside.id,      plan.outside.issuer,
                    plan.destination.name.toLower(), plan.local.patientId, plan.local.issuer}
            .join(QChar(0));
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ImportJob::lockPath(const Station& station, const ImportPlan& plan) {
    return ImportJobLock::path(station, jobKey(plan));
}

QJsonObject ImportJob::toJson(const ImportPlan& plan, const ImportOutcome& outcome) {
    return importJson(plan, outcome);
}

Result<ImportOutcome> ImportJob::execute(ImportPlan& plan, const JobProgress& progress) {
    if (auto allowed = requireImport(); !allowed)
        return allowed.error();
    // Before anything else, a dry run included: a contradicting local patient needs a person's
    // confirmed decision.
    if (auto admitted = IdentityGuard(station_, session_).admit(plan, jobKey(plan)); !admitted)
        return admitted.error();
    if (plan.request.dryRun)
        return dryRun(plan);

    // One run of a job at a time.
    ImportJobLock lock(station_, jobKey(plan));
    if (auto held = lock.acquire(plan.outside.id, plan.destination.name); !held)
        return held.error();
    if (auto recorded = ImportAudit(station_, session_).mediumContent(plan); !recorded)
        return recorded.error();

    ImportOutcome outcome;
    outcome.planned = plan.instances.size();
    Result<ImportJobStore::StateWriter> states = openRecord(plan, outcome);
    if (!states)
        return states.error();
    QVector<const ImportObject*> todo;
    for (const ImportObject& i : std::as_const(plan.instances)) {
        const InstanceState s = states->state(i.sopInstanceUid);
        if (s == InstanceState::Sent || s == InstanceState::Committed)
            ++outcome.sentBefore;
        else
            todo << &i;
    }

    const std::unique_ptr<ImportDestination> destination =
        ImportDestination::of(station_, session_, plan.destination);
    Result<Stop> stop = send(plan, todo, *destination, *states, outcome, progress);
    if (!stop)
        return stop.error();
    QString commitMessage;
    if (!stop->connectionLost && !progress.cancelled()) {
        Result<QString> confirmed = confirm(plan, *destination, *states, outcome, progress);
        if (!confirmed)
            return confirmed.error();
        commitMessage = *confirmed;
    }
    if (auto counted = count(plan, outcome); !counted)
        return counted.error();
    QStringList why;
    for (const QString& message : {stop->message, commitMessage}) {
        if (!message.isEmpty())
            why << message;
    }
    summarize(plan.destination, why, outcome);
    if (auto recorded = finishRecord(plan, outcome, stop->connectionLost); !recorded)
        return recorded.error();
    progress(outcome.message, outcome.planned, outcome.planned);
    return outcome;
}

// Everything but sending: the first object is loaded and coerced to find a refusal now.
Result<ImportOutcome> ImportJob::dryRun(const ImportPlan& plan) const {
    const ObjectPreparer preparer(plan, station_.settings());
    const PreparedObject first = preparer.prepare(plan.instances.constFirst());
    if (!first.failure.isEmpty())
        return Error::conflict(tr("%1: %2").arg(plan.instances.constFirst().path, first.failure));
    ImportOutcome outcome;
    outcome.planned = plan.instances.size();
    outcome.status = ImportOutcome::Status::DryRun;
    outcome.pending = outcome.planned;
    outcome.message =
        tr("Dry run: %n object(s) would be sent to %1; nothing was sent.", nullptr, outcome.planned)
            .arg(plan.destination.name);
    return outcome;
}

// The job record, found by its key or created with the person's reconciliation decision, and
// its instances; answers where each of them stands.
Result<ImportJobStore::StateWriter> ImportJob::openRecord(const ImportPlan& plan,
                                                          ImportOutcome& outcome) const {
    const Database db = station_.database();
    const ImportJobStore store(db);
    auto begun = db.begin();
    if (!begun)
        return begun.error();
    Transaction& tx = *begun;
    Result<ImportJobStore::Opened> job = store.open(tx, jobKey(plan), plan, session_.userName());
    if (!job)
        return job.error();
    outcome.jobId = job->id;
    outcome.run = job->run;
    if (job->created) {
        if (auto recorded = ImportAudit(station_, session_).decision(tx, plan, job->id); !recorded)
            return recorded.error();
    }
    if (auto recorded = ImportAudit(station_, session_).started(tx, plan, job->id, job->run);
        !recorded)
        return recorded.error();
    Result<QHash<QString, InstanceState>> states = store.addInstances(tx, job->id, plan.instances);
    if (!states)
        return states.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return ImportJobStore::StateWriter(db, job->id, std::move(*states));
}

// Sends what is still to send, in plan order; loading and coercing the next objects overlaps
// with sending this one.
Result<ImportJob::Stop> ImportJob::send(const ImportPlan& plan,
                                        const QVector<const ImportObject*>& todo,
                                        ImportDestination& destination,
                                        ImportJobStore::StateWriter& states, ImportOutcome& outcome,
                                        const JobProgress& progress) const {
    Stop stop;
    if (!todo.isEmpty()) {
        if (auto opened = destination.open(todo); !opened)
            stop = {opened.error().message, true};
    }
    const QString step = tr("sending to %1").arg(plan.destination.name);
    const qint64 total = todo.size();
    qint64 done = 0;
    const ObjectPreparer preparer(plan, station_.settings());
    auto prefetch = std::make_unique<ObjectPrefetch>(preparer, todo);
    for (const ImportObject* i : std::as_const(todo)) {
        if (stop.connectionLost)
            break;
        if (progress.cancelled()) {
            stop.message = tr("The import was cancelled.");
            break;
        }
        progress(step, done, total);
        ++done;
        PreparedObject prepared = prefetch->next();
        Q_ASSERT(prepared.instance == i);
        if (!prepared.failure.isEmpty()) {
            if (auto ok = states.change(i->sopInstanceUid, InstanceState::Failed, prepared.failure);
                !ok)
                return ok.error();
            continue;
        }
        ImportDestination::Stored stored = destination.store(*prepared.file, *i);
        if (stored.kind != ImportDestination::Stored::Kind::Stored && prepared.source &&
            prepared.source->endedEarly()) {
            // The medium failed, not the destination: this object is not stored, and the next
            // one goes on (on a new association when this one had to be aborted).
            stored = {ImportDestination::Stored::Kind::Rejected,
                      tr("%1 became shorter or unreadable on the medium while it was being sent; "
                         "it was not stored. Check the medium and run the same import again.")
                          .arg(i->path)};
        }
        if (stored.kind == ImportDestination::Stored::Kind::ConnectionLost) {
            stop = {stored.message, true};
            break;
        }
        const bool ok = stored.kind == ImportDestination::Stored::Kind::Stored;
        if (ok)
            ++outcome.sentNow;
        if (auto changed =
                states.change(i->sopInstanceUid, ok ? InstanceState::Sent : InstanceState::Failed,
                              stored.message);
            !changed)
            return changed.error();
    }
    prefetch.reset();
    destination.close();
    if (auto flushed = states.flush(); !flushed)
        return flushed.error();
    progress(step, done, total);
    return stop;
}

// The trailing step: the destination takes responsibility, or the job stays incomplete. Answers
// why not, when it did not.
Result<QString> ImportJob::confirm(const ImportPlan& plan, ImportDestination& destination,
                                   ImportJobStore::StateWriter& states, ImportOutcome& outcome,
                                   const JobProgress& progress) const {
    if (!destination.confirms())
        return QString();
    QVector<const ImportObject*> sent;
    for (const ImportObject& i : std::as_const(plan.instances)) {
        if (states.state(i.sopInstanceUid) == InstanceState::Sent)
            sent << &i;
    }
    if (sent.isEmpty())
        return QString();
    outcome.commitmentAsked = true;
    const ImportDestination::Confirmation answer = destination.confirm(sent, progress);
    if (!answer.problem.isEmpty())
        return answer.problem;
    for (const QString& uid : answer.confirmed) {
        if (states.state(uid) != InstanceState::Sent)
            continue;
        if (auto ok =
                states.change(uid, InstanceState::Committed, QString(), answer.transactionUid);
            !ok)
            return ok.error();
    }
    for (const auto& [uid, reason] : answer.refused) {
        if (states.state(uid) != InstanceState::Sent)
            continue;
        if (auto ok = states.change(uid, InstanceState::Failed, reason, answer.transactionUid); !ok)
            return ok.error();
    }
    if (auto flushed = states.flush(); !flushed)
        return flushed.error();
    return QString();
}

// The counts over this plan, from the job record.
Result<void> ImportJob::count(const ImportPlan& plan, ImportOutcome& outcome) const {
    Result<QHash<QString, ImportJobStore::Instance>> rows =
        ImportJobStore(station_.database()).instances(outcome.jobId);
    if (!rows)
        return rows.error();
    for (const ImportObject& i : std::as_const(plan.instances)) {
        const auto row = rows->find(i.sopInstanceUid);
        const InstanceState state = row == rows->cend() ? InstanceState::Pending : row->state;
        if (state == InstanceState::Sent)
            ++outcome.sent;
        else if (state == InstanceState::Committed)
            ++outcome.committed;
        else if (state == InstanceState::Failed) {
            ++outcome.failed;
            outcome.failures.append({i.sopInstanceUid, row->reason});
        } else
            ++outcome.pending;
    }
    return {};
}

void ImportJob::summarize(const DicomNode& node, const QStringList& stops, ImportOutcome& outcome) {
    const bool commits = node.has(DicomNode::Commit);
    const int finished = commits ? outcome.committed : outcome.sent + outcome.committed;
    outcome.status = finished == outcome.planned ? ImportOutcome::Status::Complete
                                                 : ImportOutcome::Status::Incomplete;
    if (outcome.status == ImportOutcome::Status::Complete) {
        outcome.message =
            commits
                ? tr("Complete: %n object(s) sent to %1 and committed.", nullptr, outcome.planned)
                      .arg(node.name)
                : tr("Complete: %n object(s) sent to %1.", nullptr, outcome.planned).arg(node.name);
        return;
    }
    QStringList why = stops;
    if (outcome.failed > 0)
        why << tr("%n object(s) failed; the reasons are in the job record.", nullptr,
                  outcome.failed);
    outcome.reasons = why;
    outcome.message =
        tr("Incomplete: %1 of %2 object(s) done (%3 sent, %4 committed, %5 failed, %6 still to "
           "send). %7 Run the same command again to continue; what was sent is not sent again.")
            .arg(finished)
            .arg(outcome.planned)
            .arg(outcome.sent)
            .arg(outcome.committed)
            .arg(outcome.failed)
            .arg(outcome.pending)
            .arg(why.join(QLatin1Char(' ')));
}

// The end of the run in the job record and the audit trail, in one transaction.
Result<void> ImportJob::finishRecord(const ImportPlan& plan, const ImportOutcome& outcome,
                                     bool connectionLost) const {
    auto begun = station_.database().begin();
    if (!begun)
        return begun.error();
    Transaction& tx = *begun;
    if (auto ok = ImportJobStore(station_.database())
                      .finish(tx, outcome.jobId, outcome.status, outcome.message);
        !ok)
        return ok.error();
    if (auto ok = ImportAudit(station_, session_).finished(tx, plan, outcome, connectionLost); !ok)
        return ok.error();
    return tx.commit();
}

} // namespace pdi
