#pragma once

#include "Command.h"

#include <QCommandLineParser>

#include <optional>

namespace pdi::cli {

// What every command does with its arguments before its own work: the same answer to a mistake
// (what was wrong, then the usage) and to --help (the options, then the usage) everywhere.
class CommandLine {
public:
    // A parser with the command's summary and --help; the command adds its own options.
    CommandLine(const Command& command, QString usage);

    QCommandLineParser& parser() { return parser_; }

    // Parses. nullopt when the command goes on; otherwise the exit code, after printing the
    // mistake or the help.
    std::optional<int> parse(const QStringList& arguments, Console& console);
    // Prints the usage as the answer to arguments that parse but do not fit together.
    int wrongUsage(Console& console) const;

private:
    QCommandLineParser parser_;
    QString usage_;
};

} // namespace pdi::cli
