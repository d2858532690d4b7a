#pragma once

#include "station/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QThreadPool;

namespace pdi {

// Runs one piece of blocking library work (a password hash, an audit query, sending the audit
// queue) off the GUI thread and hands its result back on the GUI thread:
//
//   BackgroundTask::run(this, station.database(),
//       [auth, user, password] { return auth.login(user, password); },
//       [this](Result<Session> session) { ... });
//
// The task is a child of owner: when owner goes away first, done is not called, and the
// destructor waits for the work to end so that nothing it uses disappears under it. The work
// runs on a pool of its own, so that it never waits behind a long medium check on Qt's global
// pool. Each run releases the worker thread's database connection when done.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    template <typename Work, typename Done>
    static BackgroundTask* run(QObject* owner, const Database& database, Work work, Done done) {
        using T = std::invoke_result_t<Work&>;
        auto result = std::make_shared<std::optional<T>>();
        auto* task = new BackgroundTask(owner);
        task->start(QtConcurrent::run(pool(),
                                      [result, work = std::move(work), database]() mutable {
                                          result->emplace(work());
                                          database.releaseThreadConnection();
                                      }),
                    [result, done = std::move(done)]() mutable { done(std::move(**result)); });
        return task;
    }

    ~BackgroundTask() override;
    bool isRunning() const { return watcher_.isRunning(); }

    // How many tasks of this process are still running: tests wait for it to reach zero.
    static int running();

private:
    explicit BackgroundTask(QObject* owner);
    void start(QFuture<void> future, std::function<void()> finish);
    static QThreadPool* pool();

    QFutureWatcher<void> watcher_;
    std::function<void()> finish_;
};

} // namespace pdi
