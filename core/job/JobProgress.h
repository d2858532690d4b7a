#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace pdi {

// How long work (a scan, a write, an import, a retrieval) reports back and learns it should
// stop. One type for every job so that the GUI runs them all the same way. report() is called
// on the working thread; a GUI marshals it to its own.
struct JobProgress {
    std::function<void(const QString& step, qint64 done, qint64 total)> report;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void operator()(const QString& step, qint64 done, qint64 total) const {
        if (report)
            report(step, done, total);
    }
};

} // namespace pdi
