#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi reconcile MEDIUM [--source NODE|local]... [--json FILE|-]
// Lists local candidates for every patient on the medium; chooses nothing.
class ReconcileCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::ReconcileCommand)

public:
    QString name() const override { return QStringLiteral("reconcile"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
