#pragma once

#include "report/DisplayText.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace pdi::cli {

// Exit codes shared by every command (documented in docs/cli.md).
enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1, // errors found / refused by policy
    ExitUsage = 2,    // bad usage or unreadable input
    ExitFailed = 3,   // write, verification or send failed / incomplete
    ExitAuth = 4,
    ExitRole = 5,
};

struct Console {
    QTextStream& out;
    QTextStream& err;

    // One line of text that may hold what a medium spelled (file names, patient names,
    // descriptions, messages that quote them): control and text-reordering characters are shown
    // escaped, as the check report shows them (DisplayText::printable), never sent to act on the
    // terminal.
    static void line(QTextStream& stream, const QString& text) {
        stream << DisplayText::printable(text) << '\n';
    }
};

// One `pdi` sub-command. Commands parse their arguments and call the libraries; nothing more.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Commands that paint (labels) need a QGuiApplication; the others run without one.
    virtual bool needsGui() const { return false; }
    virtual int run(const QStringList& arguments, Console& console) = 0;
};

} // namespace pdi::cli
