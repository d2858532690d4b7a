#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdicdir.h>

#include <vector>

namespace pdi {

// A directory record where the DICOMDIR lists it: records are listed as DcmDicomDir lists its
// record tree (a record, the records below it, then its next sibling), and each names the records
// its offsets point to.
struct ListedRecord {
    DcmDirectoryRecord* record = nullptr;
    int next = -1;  // its next sibling in the list; -1 for the last of its level
    int lower = -1; // its first child in the list; -1 for none
};

// Writes a new DICOMDIR exactly as DcmDicomDir::write writes one (file meta information, the
// file-set elements, every record with its offsets, little endian explicit, undefined lengths,
// no group lengths), from records the caller has already listed. DcmDicomDir::write first turns
// its record tree into that list, reaching each record's children by index (a walk from the first
// one each time) and then every offset element by walking all records once per offset tag; here
// the list and each offset's target are known, so every record is visited once. The lengths
// and offsets are DCMTK's own arithmetic (DcmDicomDir's lengthUntilSQ and lengthOfRecord) and
// every byte is written by DCMTK (DcmMetaInfo::write, DcmDataset::write).
class DicomdirFile : private DcmDicomDir {
public:
    // path must not exist (an existing DICOMDIR would be read and its records kept).
    DicomdirFile(const OFFilename& path, const char* fileSetId);

    OFCondition error() override { return DcmDicomDir::error(); }

    // Writes the records (owned by the caller, who may change nothing in them meanwhile) to the
    // path; the top level runs from records[0] along its next indices. On failure the caller
    // removes whatever was written.
    OFCondition write(const std::vector<ListedRecord>& records);

private:
    OFFilename path_;
};

} // namespace pdi
