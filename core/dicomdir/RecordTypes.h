#pragma once

#include <QString>

namespace pdi {

// The directory record type a DICOMDIR must use for an object of a given SOP class (PS3.3 F.5),
// or an empty string when this table does not know the class.
QString expectedRecordType(const QString& sopClassUid);

} // namespace pdi
