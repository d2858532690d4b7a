#include "WorkerThreads.h"
#include "LargePageHeap.h"

#include <QThreadPool>

#include <atomic>
#include <cstring>
#include <vector>

#include <pthread.h>

namespace pdi {

namespace {

struct Shared {
    const std::function<void(int)>* work;
    int count;
    std::atomic<int> next{0};
};

void* workLoop(void* arg) {
    LargePageHeap::extendToThisThread();
    auto* shared = static_cast<Shared*>(arg);
    for (int i = shared->next++; i < shared->count; i = shared->next++)
        (*shared->work)(i);
    return nullptr;
}

} // namespace

Result<void> WorkerThreads::forEach(int count, int threads, const std::function<void(int)>& work,
                                    std::size_t stackBytes) {
    if (count <= 0)
        return {};
    Shared shared;
    shared.work = &work;
    shared.count = count;
    const int wanted = qBound(1, threads, count);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    int failure = pthread_attr_setstacksize(&attr, stackBytes);
    std::vector<pthread_t> started;
    started.reserve(size_t(wanted));
    for (int i = 0; i < wanted && failure == 0; ++i) {
        pthread_t thread;
        const int rc = pthread_create(&thread, &attr, workLoop, &shared);
        if (rc != 0) {
            failure = rc;
            break;
        }
        started.push_back(thread);
    }
    pthread_attr_destroy(&attr);
    for (pthread_t thread : started)
        pthread_join(thread, nullptr);
    if (started.empty())
        return Error::storage(
            tr("no thread could be started to read the files (%1); the computer is short of "
               "memory or of threads. Close other programs and try again.")
                .arg(QString::fromLocal8Bit(std::strerror(failure))));
    return {};
}

void WorkerThreads::applyStack(QThreadPool& pool) {
    pool.setStackSize(uint(kStackBytes));
}

WorkerThread::~WorkerThread() {
    join();
}

Result<void> WorkerThread::start(std::function<void()> work, std::size_t stackBytes) {
    join();
    work_ = std::move(work);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    int rc = pthread_attr_setstacksize(&attr, stackBytes);
    pthread_t thread;
    if (rc == 0)
        rc = pthread_create(&thread, &attr, &WorkerThread::run, this);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        work_ = nullptr;
        return Error::storage(
            tr("no thread could be started for this work (%1); the computer is short of memory "
               "or of threads. Close other programs and try again.")
                .arg(QString::fromLocal8Bit(std::strerror(rc))));
    }
    thread_ = thread;
    started_ = true;
    return {};
}

void WorkerThread::join() {
    if (!started_)
        return;
    pthread_join(thread_, nullptr);
    started_ = false;
    work_ = nullptr;
}

void* WorkerThread::run(void* self) {
    LargePageHeap::extendToThisThread();
    static_cast<WorkerThread*>(self)->work_();
    return nullptr;
}

} // namespace pdi
