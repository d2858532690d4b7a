#include "PlannedDirectory.h"

#include "DicomdirFile.h"
#include "dicom/Dcmtk.h"
#include "dicom/DcmtkCondition.h"
#include "dicom/DirectoryKeys.h"
#include "job/WorkerThreads.h"
#include "transcode/Transcoder.h"

#include <QFile>
#include <QThread>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <algorithm>
#include <atomic>
#include <new>

namespace pdi {

namespace {

// Entries prepared ahead of the ones placed in the tree: enough to keep the threads busy, few
// enough that the objects held meanwhile stay small beside the plan.
constexpr int kBatch = 256;

QString keyOf(const OFString& value, char prefix = 0) {
    if (value.empty())
        return QString();
    const QString text = QString::fromLatin1(value.c_str(), int(value.length()));
    return prefix ? QLatin1Char(prefix) + text : text;
}

} // namespace

void addPatientKeys(DcmDirectoryRecord& record, const QString& birthDate, const QString& sex) {
    if (record.getRecordType() != ERT_Patient)
        return;
    if (!birthDate.isEmpty() && !record.tagExistsWithValue(DCM_PatientBirthDate))
        record.putAndInsertString(DCM_PatientBirthDate, birthDate.toLatin1().constData());
    if (!sex.isEmpty() && !record.tagExistsWithValue(DCM_PatientSex))
        record.putAndInsertString(DCM_PatientSex, sex.toLatin1().constData());
}

// The object's keys from the plan for an IMAGE record; the staged file itself for the other
// record types, whose records copy nested content the plan does not keep (SR concept modifiers,
// presentation references), and for an object whose keys the plan could not keep.
bool PreparedEntry::load(const DirectoryEntry& entry, E_DirRecType type) {
    if (type == ERT_Image && entry.summary &&
        DirectoryKeys::restore(entry.summary->directoryKeys, *object.getDataset())) {
        // The staged copy of a transcoded object has its UN elements retyped; so do its keys.
        if (entry.transcoded)
            Transcoder::giveDictionaryVrs(*object.getDataset());
        DcmMetaInfo* meta = object.getMetaInfo();
        meta->putAndInsertString(DCM_MediaStorageSOPClassUID,
                                 entry.sopClassUid.toLatin1().constData());
        meta->putAndInsertString(DCM_MediaStorageSOPInstanceUID,
                                 entry.sopInstanceUid.toLatin1().constData());
        meta->putAndInsertString(DCM_TransferSyntaxUID,
                                 entry.transferSyntaxUid.toLatin1().constData());
        return true;
    }
    read = true;
    failure = guardedParse([&] {
        return object.loadFile(OFFilename(QFile::encodeName(entry.localPath).constData()));
    });
    return failure.good();
}

void PreparedEntry::prepare(const DirectoryEntry& entry, DirectoryRecordFactory& factory,
                            bool invent) {
    const std::optional<E_DirRecType> type =
        DirectoryRecordFactory::recordTypeOf(OFString(entry.sopClassUid.toLatin1().constData()));
    if (!type) {
        outcome = Outcome::NotDescribed;
        return;
    }
    if (!load(entry, *type)) {
        outcome = Outcome::Failed;
        return;
    }
    name = OFFilename(QFile::encodeName(entry.localPath).constData());
    const QByteArray fileId = entry.fileId.toLatin1();
    const OFCondition checked = factory.check(object, OFString(fileId.constData()), name);
    if (checked == EC_ApplicationProfileViolated && !invent) {
        outcome = Outcome::NeedsInvent;
        return;
    }
    if (checked.bad()) {
        outcome = Outcome::Failed;
        failure = checked;
        return;
    }
    // The levels as DicomDirInterface matches them: the patient by Patient ID (the planner
    // refuses objects without one, so the name DCMTK falls back on never decides), the study
    // and series by their UIDs within their parent, the instance by its SOP Instance UID.
    patientKey = keyOf(factory.value(object, DCM_PatientID), 'I');
    studyKey = keyOf(factory.value(object, DCM_StudyInstanceUID));
    seriesKey = keyOf(factory.value(object, DCM_SeriesInstanceUID));
    instanceKey = keyOf(factory.value(object, DCM_SOPInstanceUID));
    const OFString dicomFileId(QByteArray(fileId).replace('/', '\\').constData());
    instance.reset(factory.instance(*type, object, dicomFileId, name));
    if (!instance)
        return;
    // What the staged file's meta information says: for a transcoded object the header the
    // Transcoder made from the data set, for a linked one the header the plan read.
    instance->putAndInsertString(DCM_ReferencedSOPClassUIDInFile,
                                 entry.sopClassUid.toLatin1().constData());
    instance->putAndInsertString(DCM_ReferencedSOPInstanceUIDInFile,
                                 entry.sopInstanceUid.toLatin1().constData());
    instance->putAndInsertString(DCM_ReferencedTransferSyntaxUIDInFile,
                                 entry.transferSyntaxUid.toLatin1().constData());
}

DirectoryNode* DirectoryNode::add(DcmDirectoryRecord* newRecord, const QString& key,
                                  const std::optional<DcmTagKey>& orderBy) {
    auto node = std::make_unique<DirectoryNode>();
    node->record.reset(newRecord);
    Sint32 n = 0;
    if (orderBy && newRecord->findAndGetSint32(*orderBy, n).good())
        node->number = n;
    auto at = children.end();
    if (node->number && greatest && *node->number < *greatest) {
        at = std::find_if(children.begin(), children.end(),
                          [&](const auto& c) { return c->number && *c->number > *node->number; });
    }
    if (node->number && (!greatest || *node->number > *greatest))
        greatest = node->number;
    DirectoryNode* added = node.get();
    children.insert(at, std::move(node));
    if (!key.isEmpty())
        byKey.insert(key, added);
    return added;
}

void DirectoryNode::renumber(DirectoryNode& child, const DcmTagKey& orderBy) {
    Sint32 n = 0;
    if (child.number || child.record->findAndGetSint32(orderBy, n).bad())
        return;
    child.number = n;
    if (!greatest || n > *greatest)
        greatest = n;
}

void DirectoryNode::listChildren(std::vector<ListedRecord>& list) {
    int previous = -1;
    for (const std::unique_ptr<DirectoryNode>& c : children) {
        const int index = int(list.size());
        list.push_back({std::move(c->record), -1, c->children.empty() ? -1 : index + 1});
        if (previous >= 0)
            list[size_t(previous)].next = index;
        previous = index;
        c->listChildren(list);
    }
}

void PlannedDirectory::invent(DirectoryNode& parent, DirectoryNode& child,
                              const std::optional<DcmTagKey>& orderBy) {
    if (!invent_)
        return;
    factory_.inventMissing(*child.record);
    if (orderBy)
        parent.renumber(child, *orderBy);
}

PlannedDirectory::Outcome PlannedDirectory::failed(const DirectoryEntry& entry,
                                                   const OFCondition& cond) {
    error = DicomdirBuilder::tr("%1 cannot be listed in the DICOMDIR: %2")
                .arg(entry.fileId, DcmtkCondition::describe(cond));
    return Outcome::Failed;
}

void PlannedDirectory::prepare(const QVector<DirectoryEntry>& entries,
                               std::vector<std::unique_ptr<PreparedEntry>>& prepared, int begin,
                               int end) {
    std::atomic<int> next{begin};
    const auto work = [&](int) {
        // DCMTK's objects are safe on threads that do not share them: one factory each.
        DirectoryRecordFactory factory(allowVideo_, invent_);
        for (int i = next++; i < end; i = next++) {
            // The batch before is in the tree: what is left of it is freed here too.
            if (i >= kBatch)
                prepared[size_t(i - kBatch)].reset();
            auto entry = std::make_unique<PreparedEntry>();
            try {
                entry->prepare(entries[i], factory, invent_);
            } catch (const std::bad_alloc&) {
                entry->outcome = Outcome::Failed;
                entry->failure = EC_MemoryExhausted;
            } catch (const std::exception&) {
                entry->outcome = Outcome::Failed;
                entry->failure = EC_CorruptedData;
            }
            prepared[size_t(i)] = std::move(entry);
        }
    };
    const int threads = std::min(QThread::idealThreadCount(), end - begin);
    // Without a thread (none could be started), the work is done here.
    if (threads < 2 || !WorkerThreads::forEach(threads, threads, work))
        work(0);
}

PlannedDirectory::Outcome PlannedDirectory::addAll(const QVector<DirectoryEntry>& entries) {
    const int count = int(entries.size());
    std::vector<std::unique_ptr<PreparedEntry>> prepared(static_cast<size_t>(count));
    for (int begin = 0; begin < count; begin += kBatch) {
        const int end = std::min(count, begin + kBatch);
        prepare(entries, prepared, begin, end);
        for (int i = begin; i < end; ++i) {
            const Outcome outcome = add(entries[i], *prepared[size_t(i)]);
            if (outcome != Outcome::Done)
                return outcome;
        }
    }
    return Outcome::Done;
}

PlannedDirectory::Outcome PlannedDirectory::add(const DirectoryEntry& entry,
                                                PreparedEntry& prepared) {
    if (prepared.read)
        ++objectsRead;
    if (prepared.outcome == Outcome::Failed)
        return failed(entry, prepared.failure);
    if (prepared.outcome != Outcome::Done)
        return prepared.outcome;
    using Make = DcmDirectoryRecord* (DirectoryRecordFactory::*)(DcmFileFormat&, const OFFilename&);
    const auto level = [&](DirectoryNode& parent, const QString& key, Make make,
                           const std::optional<DcmTagKey>& orderBy) -> DirectoryNode* {
        if (DirectoryNode* known = parent.child(key))
            return known;
        DcmDirectoryRecord* r = (factory_.*make)(prepared.object, prepared.name);
        if (!r)
            return nullptr;
        DirectoryNode* added = parent.add(r, key, orderBy);
        invent(parent, *added, orderBy);
        return added;
    };
    DirectoryNode* patient =
        level(root_, prepared.patientKey, &DirectoryRecordFactory::patient, std::nullopt);
    DirectoryNode* study =
        patient ? level(*patient, prepared.studyKey, &DirectoryRecordFactory::study, std::nullopt)
                : nullptr;
    DirectoryNode* series = study
                                ? level(*study, prepared.seriesKey, &DirectoryRecordFactory::series,
                                        DcmTagKey(DCM_SeriesNumber))
                                : nullptr;
    if (!series)
        return failed(entry, EC_CorruptedData);
    // The same instance twice in a series is listed once, as DicomDirInterface lists it.
    if (series->child(prepared.instanceKey))
        return Outcome::Done;
    if (!prepared.instance)
        return failed(entry, EC_CorruptedData);
    DirectoryNode* instance = series->add(prepared.instance.release(), prepared.instanceKey,
                                          DcmTagKey(DCM_InstanceNumber));
    invent(*series, *instance, DcmTagKey(DCM_InstanceNumber));
    return Outcome::Done;
}

PlannedDirectory::Outcome PlannedDirectory::write(const QString& path, const QString& fileSetId,
                                                  const QString& birthDate, const QString& sex) {
    for (const std::unique_ptr<DirectoryNode>& patient : root_.children)
        addPatientKeys(*patient->record, birthDate, sex);
    std::vector<ListedRecord> records;
    root_.listChildren(records);
    // A DICOMDIR already there would be read and appended to.
    QFile::remove(path);
    OFCondition cond = EC_Normal;
    {
        DicomdirFile file(OFFilename(QFile::encodeName(path).constData()),
                          fileSetId.toLatin1().constData());
        cond = file.error();
        if (cond.good())
            cond = file.write(std::move(records));
    }
    if (cond.good())
        return Outcome::Done;
    error =
        DicomdirBuilder::tr("cannot write the DICOMDIR: %1").arg(DcmtkCondition::describe(cond));
    return Outcome::Failed;
}

} // namespace pdi
