#pragma once

#include "BackgroundTask.h"
#include "job/JobProgress.h"
#include "station/Database.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QProgressBar;

namespace pdi {

// The one way a widget runs a long library job (a check, a source read, a write, an import) off
// the GUI thread, after CTK's job/worker split: the job is library work that takes a JobProgress;
// the runner owns the worker, the progress the job reports and the cancel flag.
//
//   runner_->start(station.database(), tr("reading the medium"),
//       [location](const JobProgress& progress) { return Reader::read(location, progress); },
//       [this](Result<Thing> thing) { ... });
//
// A new step is signalled at once (stepChanged); the counts are polled every 100 ms
// (progressed), so a job that reports every object cannot flood the GUI thread. done runs on the
// GUI thread after the runner has stopped, so it may start the next job.
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // False, and nothing started, while a job of this runner runs.
    template <typename Work, typename Done>
    bool start(const Database& database, const QString& step, Work work, Done done) {
        if (isRunning())
            return false;
        const JobProgress progress = begin(step);
        task_ = BackgroundTask::run(
            this, database, [work = std::move(work), progress]() mutable { return work(progress); },
            [this, done = std::move(done)](auto result) mutable {
                end();
                done(std::move(result));
                Q_EMIT finished();
            });
        return true;
    }

    bool isRunning() const { return task_ != nullptr; }
    // Asks the job to stop; it ends at its next check and done still runs.
    void cancel();
    // The job that runs, or ran last, was asked to stop.
    bool cancelRequested() const;
    QString step() const;
    qint64 done() const;
    qint64 total() const;

    // A progress bar for counts: busy while the total is unknown, otherwise in thousandths (the
    // bytes of a disc image pass the int range of a bar).
    static void show(QProgressBar* bar, qint64 done, qint64 total);

Q_SIGNALS:
    void stepChanged(const QString& step);
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    struct State {
        std::atomic<bool> cancel{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        mutable QMutex mutex;
        QString step;
    };

    JobProgress begin(const QString& step);
    void end();

    std::shared_ptr<State> state_;
    QPointer<BackgroundTask> task_;
    QTimer poll_;
};

} // namespace pdi
