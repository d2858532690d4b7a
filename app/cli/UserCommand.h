#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi user add NAME --role ROLE [--display-name TEXT] | list [--json] | disable NAME |
//          enable NAME | unlock NAME | role NAME ROLE | passwd NAME
class UserCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
