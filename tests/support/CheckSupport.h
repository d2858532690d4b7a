#pragma once

#include "report/CheckReport.h"

#include <QString>
#include <QStringList>

namespace pdi::test {

// The medium checked as `pdi check [--quick]` does, with the default settings; an empty report
// (and a warning naming why) when it cannot be opened.
CheckReport check(const QString& location, bool quick = false);

// Every finding, one "CODE path message" line each: what a failing assertion prints.
QString describe(const CheckReport& report);

// The messages of the findings with this code (and, when given, this path).
QStringList messages(const CheckReport& report, const QString& code,
                     const QString& path = QString());

// Makes a DICOM file damaged after its pixel data, as the corpus' damaged-late-* files are: a
// private sequence of undefined length and an item are appended, and the file ends inside them.
bool cutInsideTrailingSequence(const QString& path);

} // namespace pdi::test
