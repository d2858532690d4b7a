#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QThreadPool>

#include "job/WorkerThreads.h"

#include <atomic>

namespace pdi {

namespace {
std::atomic<int> g_running{0};
} // namespace

BackgroundTask::BackgroundTask(QObject* owner)
    : QObject(owner) {}

BackgroundTask::~BackgroundTask() {
    if (watcher_.isRunning())
        watcher_.waitForFinished();
    if (finish_)
        --g_running;
}

int BackgroundTask::running() {
    return g_running;
}

QThreadPool* BackgroundTask::pool() {
    // Owned by the application object so that its threads end before the application does.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(4);
        WorkerThreads::applyStack(*p);
        return p;
    }();
    return pool;
}

void BackgroundTask::start(QFuture<void> future, std::function<void()> finish) {
    ++g_running;
    finish_ = std::move(finish);
    connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
        std::function<void()> finish = std::move(finish_);
        finish_ = nullptr;
        --g_running;
        deleteLater();
        finish();
    });
    watcher_.setFuture(std::move(future));
}

} // namespace pdi
