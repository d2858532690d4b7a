#include "CommandLine.h"

namespace pdi::cli {

CommandLine::CommandLine(const Command& command, QString usage)
    : usage_(std::move(usage)) {
    parser_.setApplicationDescription(command.summary());
    parser_.addHelpOption();
}

std::optional<int> CommandLine::parse(const QStringList& arguments, Console& console) {
    if (!parser_.parse(arguments)) {
        console.err << parser_.errorText() << '\n' << usage_ << '\n';
        return ExitUsage;
    }
    if (parser_.isSet(QStringLiteral("help"))) {
        console.out << parser_.helpText() << '\n' << usage_ << '\n';
        return ExitOk;
    }
    return std::nullopt;
}

int CommandLine::wrongUsage(Console& console) const {
    console.err << usage_ << '\n';
    return ExitUsage;
}

} // namespace pdi::cli
