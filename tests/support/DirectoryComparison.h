#pragma once

#include "dicomdir/DicomDirectory.h"

#include <QString>

namespace pdi::test {

// The first difference between two readings of a DICOMDIR (everything a reading holds: whether
// it was read, the error, the file-set header, every field of every record, the hierarchy, the
// findings), for a person; empty when they are the same. Used by the differential test and the
// fuzzer that prove the byte reader gives what DCMTK's tree gives.
QString directoryDifference(const DicomdirReader::Result& a, const DicomdirReader::Result& b);

} // namespace pdi::test
