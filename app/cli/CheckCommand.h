#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi check MEDIUM [--json FILE|-] [--quick]
class CheckCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
