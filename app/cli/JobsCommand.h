#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi jobs [--unfinished] [--station NAME] [--kind write|import] [--since DATE] [--limit N]
//          [--json FILE|-]: the write and import jobs of every station sharing the database.
class JobsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::JobsCommand)

public:
    QString name() const override { return QStringLiteral("jobs"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
