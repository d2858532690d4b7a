#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi db status [--json] | migrate | copy --to postgresql://...   (administrators)
class DbCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::DbCommand)

public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
