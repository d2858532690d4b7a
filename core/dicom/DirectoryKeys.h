#pragma once

#include <QByteArray>

class DcmDataset;
class DcmItem;

namespace pdi {

// The attributes a DICOMDIR's PATIENT, STUDY, SERIES and IMAGE records take from an object
// (PS3.3 F.5, the General Purpose profile of PS3.11, and what DCMTK's record builder reads for
// them), kept as the object encodes them: the elements themselves, values untouched, Specific
// Character Set with them, so a directory written from them carries the object's own bytes and
// never a re-encoded name. They are taken while the object is read once for the write plan, so
// the DICOMDIR need not read the object again.
class DirectoryKeys {
public:
    // The keys of a parsed data set, encoded as Explicit VR Little Endian; empty when one of
    // them is too large to keep beside the plan (the DICOMDIR then reads the object itself).
    static QByteArray capture(DcmItem& dataset);
    // The keys back into an empty data set. False when the bytes are not keys this class wrote.
    static bool restore(const QByteArray& keys, DcmDataset& into);
};

} // namespace pdi
