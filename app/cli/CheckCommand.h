#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>

namespace pdi {
struct CheckedMedium;
}

namespace pdi::cli {

// pdi check MEDIUM [--json FILE|-] [--quick]
class CheckCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::CheckCommand)

public:
    CheckCommand();
    ~CheckCommand() override;
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    // The medium checked last, kept as long as the command: `pdi` ends the process right after
    // the command (check_main.cpp), so the system frees it at once instead of the program taking
    // apart every file's entry, summary and record.
    std::unique_ptr<CheckedMedium> checked_;
};

} // namespace pdi::cli
