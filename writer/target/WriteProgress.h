#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace pdi {

// How long work reports back and learns it should stop. report() may be called from worker
// threads; the caller marshals to its own thread.
struct WriteProgress {
    std::function<void(const QString& step, qint64 done, qint64 total)> report;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void operator()(const QString& step, qint64 done, qint64 total) const {
        if (report)
            report(step, done, total);
    }
};

// The outcome of one step of writing a medium.
struct StepResult {
    bool ok = false;
    bool cancelled = false;
    QString error; // what failed and what to do
    static StepResult success() { return {true, false, QString()}; }
    static StepResult failure(const QString& error) { return {false, false, error}; }
    static StepResult stopped(const QString& why) { return {false, true, why}; }
};

} // namespace pdi
