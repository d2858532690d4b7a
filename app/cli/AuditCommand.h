#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi audit list [--since DATE] [--user NAME] [--patient ID] [--event EVENT] [--json]
//         | verify | export --format dicom --out DIR | flush
class AuditCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
