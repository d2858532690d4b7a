#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pdi::cli {

// pdi write SOURCE... --out TARGET [options]: one patient's studies onto a referral medium.
class WriteCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::WriteCommand)

public:
    QString name() const override { return QStringLiteral("write"); }
    QString summary() const override;
    bool needsGui() const override { return true; } // the label is painted with Qt Gui
    int run(const QStringList& arguments, Console& console) override;
};

// pdi label MEDIUM --pdf FILE: the disc label and case insert of any medium.
class LabelCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(pdi::cli::LabelCommand)

public:
    QString name() const override { return QStringLiteral("label"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace pdi::cli
