#pragma once

#include "DicomStructureWalk.h"
#include "StructureBytes.h"

#include <QString>

namespace pdi::structure {

// The meta information (group 0002, always Explicit VR Little Endian, PS3.10 7.1), walked like
// the data set: sets transferSyntax to the data set's and leaves in at the data set's start.
// False, with result saying what and where, when the meta information is damaged.
bool walkMeta(FileBytes& in, QString& transferSyntax, DicomStructureWalk::Result& result);

} // namespace pdi::structure
