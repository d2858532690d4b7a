#include "DicomDirectory.h"
#include "DicomdirByteReader.h"
#include "RecordAssembly.h"

#include "dicom/Dcmtk.h"
#include "dicom/DcmtkCondition.h"
#include "dicom/DicomStructureWalk.h"
#include "dicom/DicomSummaryReader.h"
#include "dicom/ElementText.h"
#include "dicom/FileMetaWalk.h"
#include "dicom/MediumInputStream.h"
#include "dicom/PersonName.h"
#include "dicom/SpecificCharacterSet.h"
#include "dicom/StructureBytes.h"

#include <QCoreApplication>

#include <algorithm>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdirrec.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace pdi {

namespace {

QString ascii(DcmItem& item, const DcmTagKey& tag) {
    return ElementText::ascii(item, tag);
}

} // namespace

int DirectoryRecord::level() const {
    // By length and first letter first: a record's type is looked at for every record by
    // several rules, and most records are instances (IMAGE, SR DOCUMENT ...).
    if (type.isEmpty())
        return 4;
    // The first letter before the whole name (an IMAGE is none of the five-letter types).
    const auto is = [this](QLatin1String name) {
        return type.front() == name.front() && type == name;
    };
    switch (type.size()) {
    case 5:
        if (is(QLatin1String("STUDY")))
            return 2;
        if (is(QLatin1String("TOPIC")) || is(QLatin1String("VISIT")))
            return 0;
        break;
    case 6:
        if (is(QLatin1String("SERIES")))
            return 3;
        break;
    case 7:
        if (is(QLatin1String("PATIENT")))
            return 1;
        if (is(QLatin1String("PRIVATE")) || is(QLatin1String("RESULTS")) ||
            is(QLatin1String("PALETTE")) || is(QLatin1String("IMPLANT")))
            return 0;
        break;
    case 12:
        if (is(QLatin1String("IMPLANT ASSY")))
            return 0;
        break;
    case 13:
        if (is(QLatin1String("IMPLANT GROUP")))
            return 0;
        break;
    case 14:
        if (is(QLatin1String("INTERPRETATION")))
            return 0;
        break;
    case 15:
        if (is(QLatin1String("STUDY COMPONENT")))
            return 0;
        break;
    case 16:
        if (is(QLatin1String("HANGING PROTOCOL")))
            return 0;
        break;
    default:
        break;
    }
    return 4;
}

namespace {

// The file-set header: meta information, character sets and the root's offsets; returns the
// offset of the root's first record.
quint32 readFileSetHeader(DcmFileFormat& fileFormat, DcmDataset& ds, DicomDirectory& dir) {
    if (DcmMetaInfo* meta = fileFormat.getMetaInfo()) {
        dir.mediaStorageSopClassUid = ascii(*meta, DCM_MediaStorageSOPClassUID);
        dir.transferSyntaxUid = ascii(*meta, DCM_TransferSyntaxUID);
        if (dir.part10)
            dir.metaMissing = DicomSummaryReader::missingMetaElements(*meta);
    }
    if (dir.transferSyntaxUid.isEmpty())
        dir.transferSyntaxUid = QString::fromLatin1(DcmXfer(ds.getOriginalXfer()).getXferID());
    OFString value;
    if (ds.findAndGetOFStringArray(DCM_FileSetID, value, OFFalse).good())
        dir.fileSetId = QString::fromLatin1(value.c_str());
    dir.specificCharacterSet = ascii(ds, DCM_SpecificCharacterSetOfFileSetDescriptorFile);
    dir.recordCharacterSet = ascii(ds, DCM_SpecificCharacterSet);
    const SpecificCharacterSet charset(dir.recordCharacterSet);
    dir.invalidCharacterSets = charset.invalidTerms();
    dir.characterSetReadAs = charset.definedTerms();

    Uint32 firstRoot = 0;
    dir.hasFirstRootOffset =
        ds.findAndGetUint32(DCM_OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, firstRoot)
            .good();
    dir.firstRootOffset = firstRoot;
    Uint32 lastRoot = 0;
    dir.hasLastRootOffset =
        ds.findAndGetUint32(DCM_OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, lastRoot)
            .good();
    dir.lastRootOffset = lastRoot;
    return firstRoot;
}

// One pass over the record's elements: looking each key up by tag costs a list search per key,
// which adds up over tens of thousands of records.
DirectoryRecord readRecord(DcmItem& item, const SpecificCharacterSet& fileSetCharset,
                           DicomDirectory& dir) {
    quint32 offset = 0;
    if (auto* dr = dynamic_cast<DcmDirectoryRecord*>(&item))
        offset = dr->getFileOffset();
    RecordAssembly assembly(offset);
    DcmObject* elementCursor = nullptr;
    while ((elementCursor = item.nextInContainer(elementCursor))) {
        auto* element = static_cast<DcmElement*>(elementCursor);
        const DcmTagKey tag = element->getTag();
        const RecordKey* key = nullptr;
        const RecordField field =
            RecordAssembly::fieldOf(tagKey(tag.getGroup(), tag.getElement()), &key);
        if (field == RecordField::None)
            continue;
        if (field == RecordField::Next || field == RecordField::Lower) {
            Uint32 value = 0;
            const bool has = element->getUint32(value).good();
            assembly.number(field, has, value);
        } else if (field == RecordField::InUse) {
            Uint16 value = 0xFFFF;
            const bool has = element->getUint16(value).good();
            assembly.number(field, has, value);
        } else {
            assembly.text(field, key, ElementText::bytes(*element));
        }
    }
    return assembly.finish(fileSetCharset, dir);
}

// Follows the offsets from the root: each chain of "next" links a directory entity, "lower"
// descends. Every record must be reached exactly once; false (with the problem said) otherwise.
bool linkByOffsets(DicomDirectory& dir, const QHash<quint32, int>& byOffset, quint32 firstRoot) {
    if (dir.records.isEmpty())
        return true;
    if (byOffset.isEmpty() || firstRoot == 0) {
        dir.offsetProblems << DicomdirReader::tr(
            "the offsets that link the directory records are missing");
        return false;
    }
    QVector<bool> reached(dir.records.size(), false);
    struct Pending {
        quint32 offset;
        int parent;
    };
    QVector<Pending> todo{{firstRoot, -1}};
    while (!todo.isEmpty()) {
        const Pending p = todo.takeLast();
        quint32 offset = p.offset;
        while (offset != 0) {
            auto it = byOffset.constFind(offset);
            if (it == byOffset.constEnd()) {
                dir.offsetProblems
                    << DicomdirReader::tr("an offset (%1) points at no directory record")
                           .arg(offset);
                return false;
            }
            const int index = *it;
            if (reached[index]) {
                dir.offsetProblems
                    << DicomdirReader::tr(
                           "the record at offset %1 is linked more than once (a loop)")
                           .arg(offset);
                return false;
            }
            reached[index] = true;
            DirectoryRecord& rec = dir.records[index];
            rec.parent = p.parent;
            if (p.parent < 0)
                dir.roots.append(index);
            else
                dir.records[p.parent].children.append(index);
            if (rec.lower != 0)
                todo.append({rec.lower, index});
            offset = rec.next;
        }
    }
    const int unreached = int(std::count(reached.cbegin(), reached.cend(), false));
    if (unreached > 0) {
        dir.offsetProblems << DicomdirReader::tr(
            "%n directory record(s) cannot be reached through the offsets", "", unreached);
        return false;
    }
    return true;
}

// Record order instead of offsets: each record belongs under the nearest earlier record of a
// higher level. This is how the records are written in practice.
void linkByOrder(DicomDirectory& dir) {
    dir.offsetsValid = false;
    dir.roots.clear();
    for (DirectoryRecord& rec : dir.records) {
        rec.parent = -1;
        rec.children.clear();
    }
    QVector<int> stack; // indices of open records, increasing level
    for (int i = 0; i < dir.records.size(); ++i) {
        DirectoryRecord& rec = dir.records[i];
        const int level = rec.level() == 0 ? 4 : rec.level();
        while (!stack.isEmpty() && dir.records[stack.constLast()].level() >= level)
            stack.removeLast();
        if (stack.isEmpty()) {
            dir.roots.append(i);
        } else {
            rec.parent = stack.constLast();
            dir.records[stack.constLast()].children.append(i);
        }
        if (level < 4)
            stack.append(i);
    }
}

// The meta information as DCMTK reads it (the same object DcmFileFormat reads first), for the
// byte reader; returns where the data set begins, or -1 when the byte reader must decline: meta
// information the structure walk finds damaged (DCMTK is not given it), none, another transfer
// syntax, or DCMTK and the walk disagreeing on where it ends.
qint64 readMetaForBytes(const std::shared_ptr<MediumFile>& file, DicomDirectory& dir) {
    structure::FileBytes bytes(*file, dir.part10 ? 132 : 0);
    QString walkedSyntax;
    DicomStructureWalk::Result walked;
    if (!structure::walkMeta(bytes, walkedSyntax, walked) ||
        walkedSyntax != QLatin1String(UID_LittleEndianExplicitTransferSyntax))
        return -1;
    MediumInputStream stream(file);
    DcmMetaInfo meta;
    meta.transferInit();
    const OFCondition cond = guardedParse(
        [&] { return meta.read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength); });
    meta.transferEnd();
    if (cond.bad() || qint64(stream.tell()) != bytes.position())
        return -1;
    dir.mediaStorageSopClassUid = ascii(meta, DCM_MediaStorageSOPClassUID);
    dir.transferSyntaxUid = ascii(meta, DCM_TransferSyntaxUID);
    if (dir.part10)
        dir.metaMissing = DicomSummaryReader::missingMetaElements(meta);
    if (dir.transferSyntaxUid != walkedSyntax)
        return -1;
    return bytes.position();
}

// The common case without DCMTK's tree (DicomdirByteReader); false when it declines.
bool readFromBytes(const std::shared_ptr<MediumFile>& file, DicomDirectory& dir) {
    const qint64 dataSetStart = readMetaForBytes(file, dir);
    if (dataSetStart < 0)
        return false;
    bool whole = false;
    const QByteArray bytes = file->readAll(DicomdirReader::kMaxDicomdirBytes, &whole);
    quint32 firstRoot = 0;
    if (!whole || !DicomdirByteReader::read(bytes, dataSetStart, dir, &firstRoot))
        return false;
    QHash<quint32, int> byOffset;
    byOffset.reserve(dir.records.size());
    for (int i = 0; i < dir.records.size(); ++i) {
        if (dir.records.at(i).offset != 0)
            byOffset.insert(dir.records.at(i).offset, i);
    }
    if (!linkByOffsets(dir, byOffset, firstRoot))
        linkByOrder(dir);
    return true;
}

// The whole DICOMDIR as DCMTK's tree, then the records out of it.
void readWithDcmtk(const std::shared_ptr<MediumFile>& file, DicomdirReader::Result& result) {
    DicomDirectory& dir = result.directory;
    MediumInputStream stream(file);
    DcmFileFormat fileFormat;
    fileFormat.transferInit();
    const OFCondition cond = guardedParse(
        [&] { return fileFormat.read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength); });
    fileFormat.transferEnd();
    DcmDataset* ds = fileFormat.getDataset();
    if (cond.bad() || !ds) {
        result.error = DicomdirReader::tr("the DICOMDIR cannot be read (%1)")
                           .arg(DcmtkCondition::describe(cond));
        return;
    }
    const quint32 firstRoot = readFileSetHeader(fileFormat, *ds, dir);
    DcmSequenceOfItems* sequence = nullptr;
    if (ds->findAndGetSequence(DCM_DirectoryRecordSequence, sequence).bad() || !sequence) {
        result.error = DicomdirReader::tr("the DICOMDIR has no Directory Record Sequence");
        return;
    }
    const SpecificCharacterSet charset(dir.recordCharacterSet);
    const unsigned long count = sequence->card();
    if (count > unsigned(DicomdirReader::kMaxRecords))
        dir.truncated = true;
    const unsigned long n = qMin<unsigned long>(count, DicomdirReader::kMaxRecords);
    dir.records.reserve(int(n));
    QHash<quint32, int> byOffset;
    // Walk the items in order: getItem(i) searches the list from its start each time, which is
    // quadratic on a DICOMDIR with tens of thousands of records.
    DcmObject* cursor = nullptr;
    for (unsigned long i = 0; i < n; ++i) {
        cursor = sequence->nextInContainer(cursor);
        auto* item = static_cast<DcmItem*>(cursor);
        if (!item)
            break;
        DirectoryRecord rec = readRecord(*item, charset, dir);
        if (rec.offset != 0)
            byOffset.insert(rec.offset, dir.records.size());
        dir.records.append(std::move(rec));
    }
    if (!linkByOffsets(dir, byOffset, firstRoot))
        linkByOrder(dir);
    result.ok = true;
}

} // namespace

DicomdirReader::Result DicomdirReader::read(std::shared_ptr<MediumFile> file, const QString& path,
                                            Parser parser) {
    initDcmtk();
    Result result;
    DicomDirectory& dir = result.directory;
    dir.path = path;
    if (file->size() > kMaxDicomdirBytes) {
        result.error = DicomdirReader::tr("the DICOMDIR is larger than %1 MB; it was not read")
                           .arg(kMaxDicomdirBytes >> 20);
        return result;
    }
    const QByteArray head = file->head(132);
    dir.part10 = head.size() == 132 && head.mid(128, 4) == "DICM";

    // A whole DICOMDIR in the common encoding is read from its bytes. The byte reader checks
    // the structure as it goes, more strictly than the structure walk (it declines what the
    // walk would call damaged, and counts the elements against the same limit), so the walk
    // is needed only for what it declines, which DCMTK reads as before.
    if (parser != Parser::Dcmtk) {
        if (readFromBytes(file, dir)) {
            result.ok = true;
            result.fromBytes = true;
            return result;
        }
        if (parser == Parser::Bytes) {
            result.declined = true;
            return result;
        }
        dir = DicomDirectory();
        dir.path = path;
        dir.part10 = head.size() == 132 && head.mid(128, 4) == "DICM";
    }

    // DCMTK builds the record tree recursively: a DICOMDIR is walked first, like every object.
    // A record whose length overruns its sequence is read as DCMTK reads it (the walk checked
    // the nesting to the end) and reported; any other damage leaves the DICOMDIR unread.
    const DicomStructureWalk::Result walk = DicomStructureWalk::walk(*file);
    // A deflated data set cannot be read lazily: DCMTK allocates every value as its length
    // declares before reading it, so a length that overruns its item (1 GB in 5 KB, found by
    // fuzzing) is an allocation of that size. Only a whole one is read.
    if (!walk.intact() && (!walk.walkedToEnd || walk.deflated)) {
        result.error = DicomdirReader::tr("the DICOMDIR is damaged: %1").arg(walk.problem);
        return result;
    }
    if (walk.deflated && walk.inflatedBytes > kMaxDicomdirBytes) {
        result.error =
            DicomdirReader::tr("the DICOMDIR expands to more than %1 MB; it was not read")
                .arg(kMaxDicomdirBytes >> 20);
        return result;
    }
    if (!walk.intact())
        dir.damage = walk.problem;
    // Counted by the walk before DCMTK allocates anything: a DICOMDIR of 100 MB of empty
    // elements took 3 GB.
    if (walk.elements > kMaxElements) {
        result.error = DicomdirReader::tr("the DICOMDIR holds %1 elements, more than the %2 that "
                                          "fit the %3 MB it may take in memory; it was not read")
                           .arg(walk.elements)
                           .arg(kMaxElements)
                           .arg(kMemoryBudgetBytes >> 20);
        return result;
    }
    readWithDcmtk(file, result);
    return result;
}

} // namespace pdi
