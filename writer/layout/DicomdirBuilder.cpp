#include "DicomdirBuilder.h"

#include "DirectoryRecordFactory.h"
#include "dicom/Dcmtk.h"
#include "dicom/DcmtkCondition.h"
#include "dicom/DirectoryKeys.h"
#include "transcode/Transcoder.h"

#include <QFile>
#include <QHash>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace pdi {

namespace {

QString dicomdirPath(const QString& root) {
    return root + QStringLiteral("/DICOMDIR");
}

// The patient records get the birth date and sex the profile leaves out.
void addPatientKeys(DcmDirectoryRecord& root, const QString& birthDate, const QString& sex) {
    for (unsigned long i = 0; i < root.cardSub(); ++i) {
        DcmDirectoryRecord* record = root.getSub(i);
        if (!record || record->getRecordType() != ERT_Patient)
            continue;
        if (!birthDate.isEmpty() && !record->tagExistsWithValue(DCM_PatientBirthDate))
            record->putAndInsertString(DCM_PatientBirthDate, birthDate.toLatin1().constData());
        if (!sex.isEmpty() && !record->tagExistsWithValue(DCM_PatientSex))
            record->putAndInsertString(DCM_PatientSex, sex.toLatin1().constData());
    }
}

// A directory record on its way into the DICOMDIR, with its children in the order
// DicomDirInterface gives them (its insertSortedUnder): series by Series Number and instances by
// Instance Number, each before the first sibling with a greater number and otherwise last;
// patients, studies and records without a number in the order they come.
struct Node {
    std::unique_ptr<DcmDirectoryRecord> record;
    std::optional<Sint32> number;
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node*> byKey; // children by the key DicomDirInterface matches them on
    std::optional<Sint32> greatest;

    // An empty key never matches (DicomDirInterface compares no empty values).
    Node* child(const QString& key) const { return key.isEmpty() ? nullptr : byKey.value(key); }

    Node* add(DcmDirectoryRecord* newRecord, const QString& key,
              const std::optional<DcmTagKey>& orderBy) {
        auto node = std::make_unique<Node>();
        node->record.reset(newRecord);
        Sint32 n = 0;
        if (orderBy && newRecord->findAndGetSint32(*orderBy, n).good())
            node->number = n;
        auto at = children.end();
        if (node->number && greatest && *node->number < *greatest) {
            at = std::find_if(children.begin(), children.end(), [&](const auto& c) {
                return c->number && *c->number > *node->number;
            });
        }
        if (node->number && (!greatest || *node->number > *greatest))
            greatest = node->number;
        Node* added = node.get();
        children.insert(at, std::move(node));
        if (!key.isEmpty())
            byKey.insert(key, added);
        return added;
    }

    // The child's record got its number after it was placed (an invented one).
    void renumber(Node& child, const DcmTagKey& orderBy) {
        Sint32 n = 0;
        if (child.number || child.record->findAndGetSint32(orderBy, n).bad())
            return;
        child.number = n;
        if (!greatest || n > *greatest)
            greatest = n;
    }

    // DcmDicomDir owns what it has been given; the rest stays here to be freed.
    OFCondition giveChildrenTo(DcmDirectoryRecord& parent) {
        for (const std::unique_ptr<Node>& c : children) {
            DcmDirectoryRecord* r = c->record.get();
            const OFCondition inserted = parent.insertSub(r);
            if (inserted.bad())
                return inserted;
            c->record.release();
            const OFCondition below = c->giveChildrenTo(*r);
            if (below.bad())
                return below;
        }
        return EC_Normal;
    }
};

QString keyOf(const OFString& value, char prefix = 0) {
    if (value.empty())
        return QString();
    const QString text = QString::fromLatin1(value.c_str(), int(value.length()));
    return prefix ? QLatin1Char(prefix) + text : text;
}

// The DICOMDIR of one pass (invent off, or on), made from the plan's entries.
class PlannedDirectory {
public:
    enum class Outcome { Done, NeedsInvent, NotDescribed, Failed };

    PlannedDirectory(bool allowVideo, bool invent)
        : factory_(allowVideo, invent)
        , invent_(invent) {}

    Outcome add(const DirectoryEntry& entry);
    Outcome write(const QString& path, const QString& fileSetId, const QString& birthDate,
                  const QString& sex);

    QString error;
    int objectsRead = 0;

private:
    Outcome load(const DirectoryEntry& entry, DcmFileFormat& object, E_DirRecType& type);
    // In invent mode, the keys a new record lacks, right after it was placed (as
    // DicomDirInterface invents after each file).
    void invent(Node& parent, Node& child, const std::optional<DcmTagKey>& orderBy) {
        if (!invent_)
            return;
        factory_.inventMissing(*child.record);
        if (orderBy)
            parent.renumber(child, *orderBy);
    }
    Outcome failed(const DirectoryEntry& entry, const OFCondition& cond) {
        error = DicomdirBuilder::tr("%1 cannot be listed in the DICOMDIR: %2")
                    .arg(entry.fileId, DcmtkCondition::describe(cond));
        return Outcome::Failed;
    }

    DirectoryRecordFactory factory_;
    bool invent_;
    Node root_;
};

// The object's keys from the plan for an IMAGE record; the staged file itself for the other
// record types, whose records copy nested content the plan does not keep (SR concept modifiers,
// presentation references), and for an object whose keys the plan could not keep.
PlannedDirectory::Outcome PlannedDirectory::load(const DirectoryEntry& entry, DcmFileFormat& object,
                                                 E_DirRecType& type) {
    const std::optional<E_DirRecType> recordType =
        DirectoryRecordFactory::recordTypeOf(OFString(entry.sopClassUid.toLatin1().constData()));
    if (!recordType)
        return Outcome::NotDescribed;
    type = *recordType;
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
        return Outcome::Done;
    }
    ++objectsRead;
    const OFCondition loaded = guardedParse([&] {
        return object.loadFile(OFFilename(QFile::encodeName(entry.localPath).constData()));
    });
    return loaded.good() ? Outcome::Done : failed(entry, loaded);
}

PlannedDirectory::Outcome PlannedDirectory::add(const DirectoryEntry& entry) {
    DcmFileFormat object;
    E_DirRecType type = ERT_Image;
    if (const Outcome loaded = load(entry, object, type); loaded != Outcome::Done)
        return loaded;
    const OFFilename name(QFile::encodeName(entry.localPath).constData());
    const QByteArray fileId = entry.fileId.toLatin1();
    const OFCondition checked = factory_.check(object, OFString(fileId.constData()), name);
    if (checked == EC_ApplicationProfileViolated && !invent_)
        return Outcome::NeedsInvent;
    if (checked.bad())
        return failed(entry, checked);

    // The levels as DicomDirInterface matches them: the patient by Patient ID (the planner
    // refuses objects without one, so the name DCMTK falls back on never decides), the study
    // and series by their UIDs within their parent, the instance by its SOP Instance UID.
    using Make = DcmDirectoryRecord* (DirectoryRecordFactory::*)(DcmFileFormat&, const OFFilename&);
    const auto level = [&](Node& parent, const QString& key, Make make,
                           const std::optional<DcmTagKey>& orderBy) -> Node* {
        if (Node* known = parent.child(key))
            return known;
        DcmDirectoryRecord* r = (factory_.*make)(object, name);
        if (!r)
            return nullptr;
        Node* added = parent.add(r, key, orderBy);
        invent(parent, *added, orderBy);
        return added;
    };
    Node* patient = level(root_, keyOf(factory_.value(object, DCM_PatientID), 'I'),
                          &DirectoryRecordFactory::patient, std::nullopt);
    Node* study = patient ? level(*patient, keyOf(factory_.value(object, DCM_StudyInstanceUID)),
                                  &DirectoryRecordFactory::study, std::nullopt)
                          : nullptr;
    Node* series = study ? level(*study, keyOf(factory_.value(object, DCM_SeriesInstanceUID)),
                                 &DirectoryRecordFactory::series, DcmTagKey(DCM_SeriesNumber))
                         : nullptr;
    if (!series)
        return failed(entry, EC_CorruptedData);
    // The same instance twice in a series is listed once, as DicomDirInterface lists it.
    const QString instanceKey = keyOf(factory_.value(object, DCM_SOPInstanceUID));
    if (series->child(instanceKey))
        return Outcome::Done;
    const OFString dicomFileId(QByteArray(fileId).replace('/', '\\').constData());
    DcmDirectoryRecord* r = factory_.instance(type, object, dicomFileId, name);
    if (!r)
        return failed(entry, EC_CorruptedData);
    // What the staged file's meta information says: for a transcoded object the header the
    // Transcoder made from the data set, for a linked one the header the plan read.
    r->putAndInsertString(DCM_ReferencedSOPClassUIDInFile,
                          entry.sopClassUid.toLatin1().constData());
    r->putAndInsertString(DCM_ReferencedSOPInstanceUIDInFile,
                          entry.sopInstanceUid.toLatin1().constData());
    r->putAndInsertString(DCM_ReferencedTransferSyntaxUIDInFile,
                          entry.transferSyntaxUid.toLatin1().constData());
    Node* instance = series->add(r, instanceKey, DcmTagKey(DCM_InstanceNumber));
    invent(*series, *instance, DcmTagKey(DCM_InstanceNumber));
    return Outcome::Done;
}

PlannedDirectory::Outcome PlannedDirectory::write(const QString& path, const QString& fileSetId,
                                                  const QString& birthDate, const QString& sex) {
    // A DICOMDIR already there would be read and appended to.
    QFile::remove(path);
    DcmDicomDir dir(OFFilename(QFile::encodeName(path).constData()),
                    fileSetId.toLatin1().constData());
    OFCondition cond = dir.error();
    if (cond.good())
        cond = root_.giveChildrenTo(dir.getRootRecord());
    if (cond.good()) {
        addPatientKeys(dir.getRootRecord(), birthDate, sex);
        cond = dir.write(DICOMDIR_DEFAULT_TRANSFERSYNTAX, EET_UndefinedLength, EGL_withoutGL);
    }
    if (cond.good())
        return Outcome::Done;
    error =
        DicomdirBuilder::tr("cannot write the DICOMDIR: %1").arg(DcmtkCondition::describe(cond));
    return Outcome::Failed;
}

Result<void> buildOnceFromFiles(const QString& root, const QStringList& fileIds,
                                const QString& fileSetId, bool allowVideo, bool invent) {
    const QString path = dicomdirPath(root);
    DicomDirInterface dir;
    dir.enableInventMode(invent ? OFTrue : OFFalse);
    dir.enableInventPatientIDMode(OFFalse);
    dir.disableBackupMode(OFTrue);
    if (allowVideo)
        dir.disableTransferSyntaxCheck(OFTrue);
    OFCondition cond = dir.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose,
                                             OFFilename(QFile::encodeName(path).constData()),
                                             OFString(fileSetId.toLatin1().constData()));
    if (cond.bad()) {
        return Error::storage(DicomdirBuilder::tr("cannot create the DICOMDIR: %1")
                                  .arg(DcmtkCondition::describe(cond)));
    }
    const QByteArray rootBytes = QFile::encodeName(root);
    for (const QString& fileId : fileIds) {
        cond = guardedParse([&] {
            return dir.addDicomFile(OFFilename(QFile::encodeName(fileId).constData()),
                                    OFFilename(rootBytes.constData()));
        });
        if (cond.bad()) {
            QFile::remove(path);
            return Error::storage(DicomdirBuilder::tr("%1 cannot be listed in the DICOMDIR: %2")
                                      .arg(fileId, DcmtkCondition::describe(cond)));
        }
    }
    cond = dir.writeDicomDir();
    if (cond.bad()) {
        QFile::remove(path);
        return Error::storage(DicomdirBuilder::tr("cannot write the DICOMDIR: %1")
                                  .arg(DcmtkCondition::describe(cond)));
    }
    return {};
}

// DCMTK computes the record offsets again when the DICOMDIR is written.
QString addPatientKeysToFile(const QString& root, const QString& birthDate, const QString& sex) {
    DcmDicomDir dir(OFFilename(QFile::encodeName(dicomdirPath(root)).constData()));
    if (dir.error().bad())
        return DcmtkCondition::describe(dir.error());
    addPatientKeys(dir.getRootRecord(), birthDate, sex);
    const OFCondition written =
        dir.write(DICOMDIR_DEFAULT_TRANSFERSYNTAX, EET_UndefinedLength, EGL_withoutGL);
    return written.good() ? QString() : DcmtkCondition::describe(written);
}

} // namespace

bool DicomdirBuilder::recordFromPlan(const QString& sopClassUid) {
    return DirectoryRecordFactory::recordTypeOf(OFString(sopClassUid.toLatin1().constData()))
        .has_value();
}

Result<DicomdirBuilder::Written> DicomdirBuilder::build(const QString& root,
                                                        const QVector<DirectoryEntry>& entries,
                                                        const QString& fileSetId, bool allowVideo,
                                                        const QString& birthDate,
                                                        const QString& sex) {
    initDcmtk();
    // Invent mode only when an object lacks a key the records require, as with DCMTK's
    // DicomDirInterface: a first pass without it, a second with it.
    for (const bool invent : {false, true}) {
        PlannedDirectory directory(allowVideo, invent);
        PlannedDirectory::Outcome outcome = PlannedDirectory::Outcome::Done;
        for (const DirectoryEntry& entry : entries) {
            outcome = directory.add(entry);
            if (outcome != PlannedDirectory::Outcome::Done)
                break;
        }
        if (outcome == PlannedDirectory::Outcome::Done)
            outcome = directory.write(dicomdirPath(root), fileSetId, birthDate, sex);
        switch (outcome) {
        case PlannedDirectory::Outcome::Done: {
            Written written;
            written.inventedKeys = invent;
            written.objectsRead = directory.objectsRead;
            return written;
        }
        case PlannedDirectory::Outcome::NeedsInvent:
            continue;
        case PlannedDirectory::Outcome::NotDescribed: {
            QStringList fileIds;
            for (const DirectoryEntry& entry : entries)
                fileIds << entry.fileId;
            return buildFromFiles(root, fileIds, fileSetId, allowVideo, birthDate, sex);
        }
        case PlannedDirectory::Outcome::Failed:
            QFile::remove(dicomdirPath(root));
            return Error::storage(directory.error);
        }
    }
    Q_UNREACHABLE(); // the second pass invents what the first found missing
    return Written();
}

Result<DicomdirBuilder::Written>
DicomdirBuilder::buildFromFiles(const QString& root, const QStringList& fileIds,
                                const QString& fileSetId, bool allowVideo, const QString& birthDate,
                                const QString& sex) {
    initDcmtk();
    // DCMTK's invent mode doubles the time on large media, so it is used only when a source lacks
    // a key the profile requires in the records.
    Written written;
    written.fromFiles = true;
    written.objectsRead = int(fileIds.size());
    if (Result<void> plain = buildOnceFromFiles(root, fileIds, fileSetId, allowVideo, false);
        !plain) {
        if (!buildOnceFromFiles(root, fileIds, fileSetId, allowVideo, true))
            return plain.error();
        written.inventedKeys = true;
    }
    if (!birthDate.isEmpty() || !sex.isEmpty()) {
        const QString error = addPatientKeysToFile(root, birthDate, sex);
        if (!error.isEmpty()) {
            QFile::remove(dicomdirPath(root));
            return Error::storage(tr("cannot write the DICOMDIR: %1").arg(error));
        }
    }
    return written;
}

} // namespace pdi
