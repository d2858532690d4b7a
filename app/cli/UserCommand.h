#pragma once

#include "Command.h"
#include "account/AccountStore.h"

#include <QCoreApplication>

namespace pdi::cli {

class CliLogin;

// pdi user add NAME --role ROLE [--display-name TEXT] | list [--json] | disable NAME |
//          enable NAME | unlock NAME | role NAME ROLE | passwd NAME
class UserCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    int list(const AccountStore& accounts, CliLogin& login, bool json);
};

} // namespace pdi::cli
