#pragma once

#include "Command.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace pdi {
struct ImportRequest;
}

namespace pdi::cli {

// pdi import MEDIUM --to NODE|local (--patient-id LOCALID [--issuer ISSUER] | --keep-ids)
//            [--accession ACC] [--study UID]... [--series UID]... [--dry-run] [--json FILE|-]
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    static QString givenIdentityProblem(const ImportRequest& request);
    static void listDestinations(const QCommandLineParser& parser, Console& console);
};

} // namespace pdi::cli
