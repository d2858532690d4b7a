#pragma once

#include <QString>

namespace pdi {

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
