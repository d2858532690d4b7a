#include "BackgroundTask.h"

#include <QFutureInterface>

#include <atomic>

namespace pdi {

namespace {
std::atomic<int> g_running{0};
std::atomic<std::size_t> g_stack{WorkerThreads::kStackBytes};
} // namespace

BackgroundTask::BackgroundTask(QObject* owner)
    : QObject(owner) {}

BackgroundTask::~BackgroundTask() {
    if (watcher_.isRunning())
        watcher_.waitForFinished();
    thread_.join();
    if (finish_)
        --g_running;
}

int BackgroundTask::running() {
    return g_running;
}

void BackgroundTask::setThreadStack(std::size_t bytes) {
    g_stack = bytes;
}

void BackgroundTask::start(std::function<void()> work,
                           std::function<void(std::optional<Error>)> finish) {
    ++g_running;
    finish_ = std::move(finish);
    connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
        std::function<void(std::optional<Error>)> finish = std::move(finish_);
        finish_ = nullptr;
        --g_running;
        deleteLater();
        finish(std::move(failure_));
    });
    QFutureInterface<void> future;
    future.reportStarted();
    watcher_.setFuture(future.future());
    Result<void> started = thread_.start(
        [future, work = std::move(work)]() mutable {
            work();
            future.reportFinished();
        },
        g_stack);
    if (!started) {
        // Finished without running: done gets the error on the GUI thread, as it would a result.
        failure_ = started.error();
        future.reportFinished();
    }
}

} // namespace pdi
