#include "JobRunner.h"

#include <QProgressBar>

namespace pdi {

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
    , state_(std::make_shared<State>()) {
    poll_.setInterval(100);
    connect(&poll_, &QTimer::timeout, this,
            [this] { Q_EMIT progressed(state_->done.load(), state_->total.load()); });
}

JobRunner::~JobRunner() {
    // The worker stops at its next check; the task's destructor waits for it.
    state_->cancel = true;
    delete task_;
}

JobProgress JobRunner::begin(const QString& step) {
    state_ = std::make_shared<State>();
    state_->step = step;
    JobProgress progress;
    progress.cancel = &state_->cancel;
    const std::shared_ptr<State> state = state_;
    const QPointer<JobRunner> self(this);
    progress.report = [state, self](const QString& step, qint64 done, qint64 total) {
        state->done = done;
        state->total = total;
        bool changed = false;
        {
            QMutexLocker lock(&state->mutex);
            changed = !step.isEmpty() && state->step != step;
            if (changed)
                state->step = step;
        }
        if (changed && self)
            QMetaObject::invokeMethod(
                self,
                [self, state, step] {
                    // A step of a job that has ended, or of an earlier one, is not shown.
                    if (self && self->state_ == state && self->isRunning())
                        Q_EMIT self->stepChanged(step);
                },
                Qt::QueuedConnection);
    };
    poll_.start();
    return progress;
}

void JobRunner::end() {
    task_ = nullptr;
    poll_.stop();
}

void JobRunner::cancel() {
    if (isRunning())
        state_->cancel = true;
}

bool JobRunner::cancelRequested() const {
    return state_->cancel;
}

QString JobRunner::step() const {
    QMutexLocker lock(&state_->mutex);
    return state_->step;
}

qint64 JobRunner::done() const {
    return state_->done;
}

qint64 JobRunner::total() const {
    return state_->total;
}

void JobRunner::show(QProgressBar* bar, qint64 done, qint64 total) {
    if (total <= 0) {
        bar->setRange(0, 0);
        return;
    }
    bar->setRange(0, 1000);
    bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
}

} // namespace pdi
