#include "DicomdirFile.h"

#include "job/WorkerThreads.h"

#include <QThread>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdirrec.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcostrmf.h>
#include <dcmtk/dcmdata/dcvrulup.h>

#include <atomic>
#include <functional>

namespace pdi {

namespace {

// DcmDicomDir::write's encoding, whatever it is asked for.
constexpr E_TransferSyntax kSyntax = DICOMDIR_DEFAULT_TRANSFERSYNTAX;
constexpr E_EncodingType kEncoding = EET_UndefinedLength;
constexpr E_GrpLenEncoding kGroupLengths = EGL_withoutGL;

// Records are few hundred bytes each: a thread is worth it from some thousands of them on a
// large medium, and harmless on a small one.
constexpr size_t kRecordsForThreads = 64;

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

// DCMTK's encoding of an object into [at, at + capacity): the number of bytes it took, or 0 when
// it failed or did not fit.
size_t encode(DcmObject& object, char* at, size_t capacity,
              const std::function<OFCondition(DcmOutputStream&)>& write) {
    DcmOutputBufferStream stream(at, offile_off_t(capacity));
    object.transferInit();
    const OFCondition written = write(stream);
    object.transferEnd();
    void* buffer = nullptr;
    offile_off_t used = 0;
    stream.flushBuffer(buffer, used);
    return written.good() ? size_t(used) : 0;
}

// work(i) for every record, on worker threads for a large medium; here when none could start.
void forEachRecord(size_t count, const std::function<void(int)>& work) {
    const int threads = count < kRecordsForThreads ? 1 : QThread::idealThreadCount();
    if (threads < 2 || !WorkerThreads::forEach(int(count), threads, work)) {
        for (size_t i = 0; i < count; ++i)
            work(int(i));
    }
}

} // namespace

DicomdirFile::DicomdirFile(const OFFilename& path, const char* fileSetId)
    : DcmDicomDir(path, fileSetId)
    , path_(path) {}

OFCondition DicomdirFile::measure(std::vector<ListedRecord>& records,
                                  std::vector<Uint32>& lengths) {
    lengths.assign(records.size(), 0);
    std::atomic<bool> failed{false};
    forEachRecord(records.size(), [&](int i) {
        DcmDirectoryRecord& record = *records[size_t(i)].record;
        if (!newOffset(record, DCM_OffsetOfTheNextDirectoryRecord) ||
            !newOffset(record, DCM_OffsetOfReferencedLowerLevelDirectoryEntity))
            failed = true;
        // What DcmDicomDir does to the whole data set before it computes the offsets.
        record.computeGroupLengthAndPadding(kGroupLengths, EPD_noChange, kSyntax, kEncoding);
        lengths[size_t(i)] = lengthOfRecord(&record, kSyntax, kEncoding);
    });
    return failed ? EC_MemoryExhausted : EC_Normal;
}

OFCondition DicomdirFile::write(std::vector<ListedRecord> records) {
    DcmDataset& dataset = getDataset();
    DcmFileFormat& file = getDirFileFormat();
    DcmMetaInfo& meta = *file.getMetaInfo();
    if (getDirRecSeq(dataset).card() != 0)
        return EC_IllegalCall; // a DICOMDIR that was read: DcmDicomDir::write would keep it
    std::vector<Uint32> lengths;
    if (const OFCondition measured = measure(records, lengths); measured.bad())
        return measured;

    insertMediaSOPUID(meta);
    // As DcmDicomDir::write asks (the default would make a new header without that class).
    file.validateMetaInfo(kSyntax, EWM_fileformat);
    std::vector<char> header(132 + meta.getLength(META_HEADER_DEFAULT_TRANSFERSYNTAX, kEncoding) +
                             1024);
    const size_t metaBytes = encode(meta, header.data(), header.size(), [&](DcmOutputStream& s) {
        return meta.write(s, META_HEADER_DEFAULT_TRANSFERSYNTAX, kEncoding, nullptr);
    });
    if (metaBytes == 0)
        return EC_CorruptedData;
    header.resize(metaBytes);

    // Where each record starts in the file (DcmDicomDir::convertAllPointer), then the offsets of
    // the first and last records of the root to them.
    dataset.computeGroupLengthAndPadding(kGroupLengths, EPD_noChange, kSyntax, kEncoding);
    const Uint32 recordsAt = Uint32(metaBytes) + lengthUntilSQ(dataset, kSyntax, kEncoding);
    std::vector<Uint32> at(records.size());
    Uint64 position = recordsAt;
    for (size_t i = 0; i < records.size(); ++i) {
        at[i] = Uint32(position);
        position += lengths[i];
    }
    if (position > 0xFFFFFFFFu)
        return EC_ElemLengthExceeds32BitField;
    const auto offsetOf = [&](int index) {
        return index < 0 ? Uint32(0) : at[size_t(index)];
    };
    int last = records.empty() ? -1 : 0;
    while (last >= 0 && records[size_t(last)].next >= 0)
        last = records[size_t(last)].next;
    DcmUnsignedLongOffset* first =
        lookForOffsetElem(&dataset, DCM_OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity);
    DcmUnsignedLongOffset* lastOffset =
        lookForOffsetElem(&dataset, DCM_OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity);
    if (!first || !lastOffset)
        return EC_CorruptedData;
    first->putUint32(offsetOf(records.empty() ? -1 : 0));
    lastOffset->putUint32(offsetOf(last));
    // The file-set elements with the (empty) record sequence: the records go after its header.
    std::vector<char> fileSet(dataset.getLength(kSyntax, kEncoding) + 1024);
    const size_t fileSetBytes =
        encode(dataset, fileSet.data(), fileSet.size(), [&](DcmOutputStream& s) {
            return dataset.write(s, kSyntax, kEncoding, nullptr, EGL_noChange);
        });
    const size_t split = recordsAt - metaBytes;
    if (fileSetBytes < split)
        return EC_CorruptedData;

    // Each record at its place, encoded as DcmSequenceOfItems::write encodes its items.
    std::vector<char> body(size_t(position - recordsAt));
    std::atomic<bool> failed{false};
    forEachRecord(records.size(), [&](int i) {
        ListedRecord& listed = records[size_t(i)];
        DcmElement* next = nullptr;
        DcmElement* lower = nullptr;
        listed.record->findAndGetElement(DCM_OffsetOfTheNextDirectoryRecord, next);
        listed.record->findAndGetElement(DCM_OffsetOfReferencedLowerLevelDirectoryEntity, lower);
        if (!next || !lower || next->putUint32(offsetOf(listed.next)).bad() ||
            lower->putUint32(offsetOf(listed.lower)).bad()) {
            failed = true;
            return;
        }
        const size_t length = lengths[size_t(i)];
        if (encode(*listed.record, body.data() + (at[size_t(i)] - recordsAt), length,
                   [&](DcmOutputStream& s) {
                       return listed.record->write(s, kSyntax, kEncoding, nullptr);
                   }) != length)
            failed = true;
        listed.record.reset();
    });
    if (failed)
        return EC_CorruptedData;

    DcmOutputFileStream out(path_);
    const std::pair<const char*, size_t> parts[] = {{header.data(), header.size()},
                                                    {fileSet.data(), split},
                                                    {body.data(), body.size()},
                                                    {fileSet.data() + split, fileSetBytes - split}};
    for (const auto& [data, size] : parts) {
        if (out.good() && size > 0 && out.write(data, offile_off_t(size)) != offile_off_t(size))
            return out.status().bad() ? out.status() : EC_InvalidStream;
    }
    out.flush();
    return out.status();
}

} // namespace pdi
