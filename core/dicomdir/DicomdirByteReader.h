#pragma once

#include "DicomDirectory.h"

#include <QByteArray>

namespace pdi {

// Reads the file-set header and the directory records of a DICOMDIR straight from its bytes,
// without building DCMTK's tree of every element (about 5 KB per record, and most of a quick
// check's time). It knows only the common case: Explicit VR Little Endian, defined lengths and
// the undefined-length sequences and items DICOMDIRs use, every item's elements in ascending
// order. Anything else (another VR or encoding, a value whose padding or length DCMTK would
// correct, a duplicate or misplaced element) it declines, and the caller reads the DICOMDIR
// with DCMTK, so both readers always give the same DicomDirectory for the same bytes.
class DicomdirByteReader {
public:
    // bytes: the whole file, already found intact by the structure walk; dataSetStart: where
    // the data set begins after the meta information. On success fills the data set's part of
    // dir (file-set ID, character sets, root offsets, records in file order, not linked, and
    // truncated), sets *firstRoot to the root's first offset and returns true; returns false
    // when it declines (dir is then unusable).
    static bool read(const QByteArray& bytes, qint64 dataSetStart, DicomDirectory& dir,
                     quint32* firstRoot);
};

} // namespace pdi
