#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace pdi {

// How long import work reports back and learns it should stop (the shape of WriteProgress).
// report() is called on the working thread; a GUI marshals it to its own.
struct ImportProgress {
    std::function<void(const QString& step, qint64 done, qint64 total)> report;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void operator()(const QString& step, qint64 done, qint64 total) const {
        if (report)
            report(step, done, total);
    }
};

} // namespace pdi
