#include "DicomdirFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdirrec.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcostrmf.h>
#include <dcmtk/dcmdata/dcvrulup.h>
#include <dcmtk/dcmdata/dcwcache.h>

namespace pdi {

namespace {

// DcmDicomDir::write's encoding, whatever it is asked for.
constexpr E_TransferSyntax kSyntax = DICOMDIR_DEFAULT_TRANSFERSYNTAX;
constexpr E_EncodingType kEncoding = EET_UndefinedLength;
constexpr E_GrpLenEncoding kGroupLengths = EGL_withoutGL;

// A new offset element in the record, in place of the one it had (as copyRecordPtrToSQ does).
DcmUnsignedLongOffset* newOffset(DcmDirectoryRecord& record, const DcmTagKey& tag) {
    auto* offset = new DcmUnsignedLongOffset(DcmTag(tag));
    offset->putUint32(0);
    if (record.insert(offset, OFTrue).bad()) {
        delete offset;
        return nullptr;
    }
    return offset;
}

// The records are the caller's: the sequence holds them only while it is written.
class BorrowedRecords {
public:
    explicit BorrowedRecords(DcmSequenceOfItems& sequence)
        : sequence_(sequence) {}
    ~BorrowedRecords() {
        while (sequence_.card() > 0)
            sequence_.remove(0UL);
    }
    BorrowedRecords(const BorrowedRecords&) = delete;
    BorrowedRecords& operator=(const BorrowedRecords&) = delete;

private:
    DcmSequenceOfItems& sequence_;
};

} // namespace

DicomdirFile::DicomdirFile(const OFFilename& path, const char* fileSetId)
    : DcmDicomDir(path, fileSetId)
    , path_(path) {}

OFCondition DicomdirFile::write(const std::vector<ListedRecord>& records) {
    DcmDataset& dataset = getDataset();
    DcmFileFormat& file = getDirFileFormat();
    DcmMetaInfo& meta = *file.getMetaInfo();
    DcmSequenceOfItems& sequence = getDirRecSeq(dataset);
    if (sequence.card() != 0)
        return EC_IllegalCall; // a DICOMDIR that was read: DcmDicomDir::write would keep it
    insertMediaSOPUID(meta);
    // As DcmDicomDir::write asks (the default would make a new header without that class).
    file.validateMetaInfo(kSyntax, EWM_fileformat);

    DcmOutputFileStream out(path_);
    if (!out.good())
        return out.status();
    BorrowedRecords borrowed(sequence);
    // Each record's offsets to its next sibling and first child, new as DcmDicomDir makes them,
    // and the record in the sequence in the order listed.
    std::vector<DcmUnsignedLongOffset*> nextOffsets(records.size());
    std::vector<DcmUnsignedLongOffset*> lowerOffsets(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        DcmDirectoryRecord& record = *records[i].record;
        nextOffsets[i] = newOffset(record, DCM_OffsetOfTheNextDirectoryRecord);
        lowerOffsets[i] = newOffset(record, DCM_OffsetOfReferencedLowerLevelDirectoryEntity);
        if (!nextOffsets[i] || !lowerOffsets[i])
            return EC_MemoryExhausted;
        const OFCondition inserted = sequence.insert(&record);
        if (inserted.bad())
            return inserted;
    }

    DcmWriteCache cache;
    meta.transferInit();
    OFCondition cond = meta.write(out, META_HEADER_DEFAULT_TRANSFERSYNTAX, kEncoding, &cache);
    meta.transferEnd();
    if (cond.bad())
        return cond;
    const Uint32 beginOfDataset = Uint32(out.tell());
    dataset.computeGroupLengthAndPadding(kGroupLengths, EPD_noChange, kSyntax, kEncoding);

    // Where each record starts in the file (DcmDicomDir::convertAllPointer), then the offsets.
    std::vector<Uint32> at(records.size());
    Uint32 position = beginOfDataset + lengthUntilSQ(dataset, kSyntax, kEncoding);
    for (size_t i = 0; i < records.size(); ++i) {
        at[i] = position;
        position += lengthOfRecord(records[i].record, kSyntax, kEncoding);
    }
    const auto offsetOf = [&](int index) {
        return index < 0 ? Uint32(0) : at[size_t(index)];
    };
    for (size_t i = 0; i < records.size(); ++i) {
        nextOffsets[i]->putUint32(offsetOf(records[i].next));
        lowerOffsets[i]->putUint32(offsetOf(records[i].lower));
    }
    int last = records.empty() ? -1 : 0;
    while (last >= 0 && records[size_t(last)].next >= 0)
        last = records[size_t(last)].next;
    const std::pair<DcmTagKey, int> rootOffsets[] = {
        {DCM_OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, records.empty() ? -1 : 0},
        {DCM_OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, last}};
    for (const auto& [tag, index] : rootOffsets) {
        if (DcmUnsignedLongOffset* element = lookForOffsetElem(&dataset, tag))
            element->putUint32(offsetOf(index));
    }

    dataset.transferInit();
    cond = dataset.write(out, kSyntax, kEncoding, &cache, EGL_noChange);
    dataset.transferEnd();
    if (cond.good())
        cond = out.status();
    return cond;
}

} // namespace pdi
