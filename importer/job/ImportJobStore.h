#pragma once

#include "ImportOutcome.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <optional>

namespace pdi {

// Where one instance of an import job stands.
enum class InstanceState { Pending, Sent, Committed, Failed };

// The import jobs of this station (tables import_jobs and import_instances): one row per import
// (an outside patient of one medium, to one destination, under one local ID) found again by its
// key, and one row per planned instance with its state. Plain SQL with bound values only.
//
// A cheap handle over the Database; construct one where needed. Permissions are the caller's.
class ImportJobStore {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportJobStore)

public:
    explicit ImportJobStore(Database database)
        : db_(std::move(database)) {}

    struct Opened {
        qint64 id = 0;
        int run = 0;          // 1 for a new job
        bool created = false; // a new job: the reconciliation decision is recorded with it
    };
    // The job of this key with one more run, or a new one, recording the plan's identities, the
    // files left out and who ran it. Writes in the caller's transaction.
    Result<Opened> open(Transaction& tx, const QString& key, const ImportPlan& plan,
                        const QString& user) const;
    // The decision to import under a contradicting local patient recorded with the job of this
    // key; nullopt when there is no such job or nothing contradicted.
    Result<std::optional<IdentityOverride>> identityOverride(const QString& key) const;
    // Adds the planned instances the job does not hold yet as pending, and returns where every
    // instance of the job stands. Writes in the caller's transaction.
    Result<QHash<QString, InstanceState>>
    addInstances(Transaction& tx, qint64 job, const QVector<ImportObject>& instances) const;

    struct Instance {
        InstanceState state = InstanceState::Pending;
        QString reason;
    };
    // Every instance of the job by SOP Instance UID.
    Result<QHash<QString, Instance>> instances(qint64 job) const;

    // The end of a run: its status and message. Writes in the caller's transaction.
    Result<void> finish(Transaction& tx, qint64 job, ImportOutcome::Status status,
                        const QString& message) const;

    // A job whose record says a run is sending, with where its instances stand.
    struct RunningJob {
        qint64 id = 0;
        QString key;
        QString startedBy; // who started the run (updated_by)
        QString startedAt; // updated_at
        QString destination;
        QString outsidePatientId;
        QString localPatientId;
        QString localIssuer;
        QString localName;
        QString mediumId;
        int sent = 0; // sent or committed
        int committed = 0;
        int pending = 0;
        int failed = 0;
    };
    Result<QVector<RunningJob>> running() const;
    // Ends a running job's record as interrupted, in the caller's transaction.
    Result<void> interrupt(Transaction& tx, qint64 job, const QString& message) const;

    // The jobs of this medium (by its content) that did not finish, newest first, each with the
    // request that continues it.
    Result<QVector<UnfinishedImport>> unfinished(const ImportMedium& medium) const;

    // Writes instance states in batches: one transaction per instance would make the station
    // database (synchronous, for the audit trail) the bottleneck of a fast PACS.
    class StateWriter {
    public:
        StateWriter(Database database, qint64 job, QHash<QString, InstanceState> states);

        // Records a change; written with the next batch.
        Result<void> change(const QString& uid, InstanceState state, const QString& reason,
                            const QString& transaction = QString());
        // Writes what is waiting.
        Result<void> flush();
        // Where an instance stands as written so far.
        InstanceState state(const QString& uid) const;

    private:
        struct Change {
            QString uid;
            InstanceState state;
            QString reason;
            QString transaction;
        };
        static constexpr int FlushEvery = 200;
        static constexpr qint64 FlushAfterMs = 2000;

        Database db_;
        qint64 job_;
        QHash<QString, InstanceState> states_;
        QVector<Change> changes_;
        QElapsedTimer sinceFlush_;
    };

private:
    Result<void> readInstanceCounts(UnfinishedImport& job) const;

    Database db_;
};

} // namespace pdi
