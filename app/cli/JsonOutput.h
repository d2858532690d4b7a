#pragma once

#include "Command.h"

#include <QJsonObject>

namespace pdi::cli {

// Writes a command's JSON result to a file (atomically) or to standard output ("-").
bool writeJson(const QJsonObject& object, const QString& target, Console& console);

} // namespace pdi::cli
