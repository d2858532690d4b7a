#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi node add NAME --aet AET --host HOST --port PORT [--calling-aet AET] [--tls --ca FILE
//          [--cert FILE --key FILE]] [--roles store,find,worklist,commit] [--charset CS]
//        | list [--json] | remove NAME | echo NAME          (administrators; audited)
class NodeCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::NodeCommand)

public:
    QString name() const override { return QStringLiteral("node"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
