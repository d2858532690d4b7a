#pragma once

#include "result/Result.h"

#include <QCoreApplication>

#include <cstddef>
#include <functional>

#include <pthread.h>

class QThreadPool;

namespace pdi {

// Runs the reading of a medium's files on threads this program starts itself, each with a known
// stack. DCMTK's parser recurses once per nested sequence; the structure walk bounds the nesting
// before DCMTK sees a file, and kStackBytes leaves that bound a wide margin whatever the platform's
// default stack. A thread that cannot be started (no memory, a thread limit) is an error the
// caller reports, never a wait for work that no thread will do: QThreadPool counts a thread it
// could not start as running, so its blocking helpers would wait for ever.
class WorkerThreads {
    Q_DECLARE_TR_FUNCTIONS(pdi::WorkerThreads)

public:
    static constexpr std::size_t kStackBytes = 16u << 20;

    // Calls work(i) for every i in [0, count) on up to `threads` threads (at least one) and
    // returns when all are done. When only some threads start, the ones that did do all the work;
    // when none starts, nothing is done and the error says so.
    static Result<void> forEach(int count, int threads, const std::function<void(int)>& work,
                                std::size_t stackBytes = kStackBytes);

    // Gives a Qt pool the same known stack (Qt's global pool).
    static void applyStack(QThreadPool& pool);
};

// One thread with a known stack for work that runs beside its caller (the GUI's background
// tasks): start() says at once, as an error, when the thread cannot be started, so the caller
// never waits for work that will not run. Joined when destroyed.
class WorkerThread {
    Q_DECLARE_TR_FUNCTIONS(pdi::WorkerThread)

public:
    WorkerThread() = default;
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    Result<void> start(std::function<void()> work,
                       std::size_t stackBytes = WorkerThreads::kStackBytes);
    // Waits for the work to end (nothing when it never started).
    void join();

private:
    static void* run(void* self);

    std::function<void()> work_;
    pthread_t thread_{};
    bool started_ = false;
};

} // namespace pdi
