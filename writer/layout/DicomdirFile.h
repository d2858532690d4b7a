#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdicdir.h>

#include <memory>
#include <vector>

namespace pdi {

// A directory record where the DICOMDIR lists it: records are listed as DcmDicomDir lists its
// record tree (a record, the records below it, then its next sibling), and each names the records
// its offsets point to.
struct ListedRecord {
    std::unique_ptr<DcmDirectoryRecord> record;
    int next = -1;  // its next sibling in the list; -1 for the last of its level
    int lower = -1; // its first child in the list; -1 for none
};

// Writes a new DICOMDIR exactly as DcmDicomDir::write writes one (file meta information, the
// file-set elements, every record with its offsets, little endian explicit, undefined lengths,
// no group lengths), from records the caller has already listed. DcmDicomDir::write first turns
// its record tree into that list, reaching each record's children by index (a walk from the
// first one each time), then reaches every offset element by walking all records once per offset
// tag, and writes the records one after the other. Here the list and each offset's target are
// known, and each record is encoded on its own (on worker threads) at the place its offset says.
// Every length and offset is DCMTK's own arithmetic (DcmDicomDir's lengthUntilSQ and
// lengthOfRecord), every byte is DCMTK's encoding (DcmMetaInfo::write, DcmDataset::write for the
// file-set elements, DcmItem::write for each record, as DcmSequenceOfItems::write calls it).
class DicomdirFile : private DcmDicomDir {
public:
    // path must not exist (an existing DICOMDIR would be read and its records kept).
    DicomdirFile(const OFFilename& path, const char* fileSetId);

    OFCondition error() override { return DcmDicomDir::error(); }

    // Writes the records to the path and frees them. On failure the caller removes whatever was
    // written.
    OFCondition write(std::vector<ListedRecord> records);

private:
    // Each record with its offsets to its next sibling and first child (new elements, as
    // DcmDicomDir makes them), then its length in the file.
    OFCondition measure(std::vector<ListedRecord>& records, std::vector<Uint32>& lengths);
    // The file meta information, and the file-set elements split where the records go.
    OFCondition encodeHeader(const std::vector<Uint32>& at, int last, std::vector<char>& meta,
                             std::vector<char>& dataset, size_t& recordsAt);

    OFFilename path_;
};

} // namespace pdi
