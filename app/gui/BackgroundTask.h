#pragma once

#include "job/WorkerThreads.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace pdi {

// Runs one piece of blocking library work (a password hash, an audit query, a medium check)
// off the GUI thread and hands its result back on the GUI thread:
//
//   BackgroundTask::run(this, station.database(),
//       [auth, user, password] { return auth.login(user, password); },
//       [this](Result<Session> session) { ... });
//
// The task is a child of owner: when owner goes away first, done is not called, and the
// destructor waits for the work to end so that nothing it uses disappears under it. Each task
// runs on a thread of its own with the known stack (WorkerThread), so that it never waits behind
// a long medium check. A thread that cannot be started (no memory, a thread limit) is the
// work's error, handed to done like any other (see failed()): a person sees it instead of a job
// that never ends. Each run
// releases the worker thread's database connection when done.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    template <typename Work, typename Done>
    static BackgroundTask* run(QObject* owner, const Database& database, Work work, Done done) {
        using T = std::invoke_result_t<Work&>;
        auto result = std::make_shared<std::optional<T>>();
        auto* task = new BackgroundTask(owner);
        task->start(
            [result, work = std::move(work), database]() mutable {
                result->emplace(work());
                database.releaseThreadConnection();
            },
            [result, done = std::move(done)](std::optional<Error> failure) mutable {
                if (failure)
                    done(failed<T>(std::move(*failure)));
                else
                    done(std::move(**result));
            });
        return task;
    }

    ~BackgroundTask() override;
    bool isRunning() const { return watcher_.isRunning(); }

    // How many tasks of this process are still running: tests wait for it to reach zero.
    static int running();

    // The stack of the threads tasks start from now on (WorkerThreads::kStackBytes); a test
    // asks for one no system can give, to see what a thread that cannot start does.
    static void setThreadStack(std::size_t bytes);

private:
    explicit BackgroundTask(QObject* owner);
    void start(std::function<void()> work, std::function<void(std::optional<Error>)> finish);

    // What the work would have returned had it failed this way: a Result, or a result with a
    // member `error` (an Error, an optional one, or its message).
    template <typename T> static T failed(Error error) {
        if constexpr (std::is_constructible_v<T, Error>) {
            return T(std::move(error));
        } else {
            T value{};
            if constexpr (std::is_assignable_v<decltype((value.error)), Error>)
                value.error = std::move(error);
            else
                value.error = std::move(error.message);
            return value;
        }
    }

    QFutureWatcher<void> watcher_;
    WorkerThread thread_;
    std::optional<Error> failure_;
    std::function<void(std::optional<Error>)> finish_;
};

} // namespace pdi
