#pragma once

#include "Command.h"

class QCoreApplication;

namespace pdi::cli {

// What both command-line programs (pdi and pdi-commands) set up the same way: the application's
// name and version, the user-interface language, and running one command with its output
// flushed before the process ends.
void describeApplication(QCoreApplication& app);
int runCommand(Command& command, const QStringList& arguments);

} // namespace pdi::cli
