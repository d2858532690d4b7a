#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi config list [--json] | get KEY | set KEY VALUE | unset KEY   (administrators)
class ConfigCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::ConfigCommand)

public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
