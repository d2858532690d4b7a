#include "DicomdirRule.h"
#include "FileIdRules.h"
#include "dicom/TransferSyntax.h"
#include "dicomdir/RecordTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <optional>
#include <tuple>

namespace pdi {

namespace {

const char* const kMediaStorageDirectory = "1.2.840.10008.1.3.10";

struct RequiredKey {
    int level;
    quint32 tag;
    const char* name;
    bool nonEmpty; // Type 1 (PS3.3 F.5): present with a value; otherwise Type 2, present
};

// Required keys as IHE's MESA media tool checks them, with their type in PS3.3 Annex F.5
// (Orthanc and GDCM write Study Date and Time present but empty).
const RequiredKey kRequired[] = {
    {1, tagKey(0x0010, 0x0020), "Patient ID", true},
    {1, tagKey(0x0010, 0x0010), "Patient's Name", false},
    {2, tagKey(0x0020, 0x000D), "Study Instance UID", true},
    {2, tagKey(0x0008, 0x0020), "Study Date", true},
    {2, tagKey(0x0008, 0x0030), "Study Time", true},
    {2, tagKey(0x0020, 0x0010), "Study ID", true},
    {2, tagKey(0x0008, 0x0050), "Accession Number", false},
    {2, tagKey(0x0008, 0x1030), "Study Description", false},
    {3, tagKey(0x0008, 0x0060), "Modality", true},
    {3, tagKey(0x0020, 0x000E), "Series Instance UID", true},
    {3, tagKey(0x0020, 0x0011), "Series Number", true},
};

QString recordLabel(const DirectoryRecord& r) {
    return r.type.isEmpty() ? DicomdirRule::tr("record at offset %1").arg(r.offset)
                            : DicomdirRule::tr("%1 record at offset %2").arg(r.type).arg(r.offset);
}

// The nearest record above index with the given level, or -1.
int ancestor(const DicomDirectory& dir, int index, int level) {
    for (int p = dir.records.at(index).parent; p >= 0; p = dir.records.at(p).parent) {
        if (dir.records.at(p).level() == level)
            return p;
    }
    return -1;
}

// PDI-D014 once per record, key and value the files disagree on, however many files repeat it
// (a disc listed 917 images under one wrong series), with both values.
class Misplacements {
public:
    struct Key {
        int record; // the PATIENT/STUDY/SERIES record; -1: levels are missing above the files
        QString attribute; // or, for -1, the missing levels
        QString recordValue;
        QString fileValue;
        bool operator<(const Key& o) const {
            return std::tie(record, attribute, recordValue, fileValue) <
                   std::tie(o.record, o.attribute, o.recordValue, o.fileValue);
        }
    };
    void note(const Key& key, const QString& path) {
        Entry& e = found_[key];
        if (e.files++ == 0)
            e.firstPath = path;
    }
    void report(const DicomDirectory& dir, Findings& out) const {
        for (auto it = found_.cbegin(); it != found_.cend(); ++it) {
            const Key& k = it.key();
            const Entry& e = it.value();
            if (k.record < 0) {
                out << FindingCatalog::make(
                    FindingCode::HierarchyDisagreesWithFile, e.firstPath,
                    DicomdirRule::tr("%n file(s) (the first is this one) have no %1 record above "
                                     "their directory record; a viewer may not show them.",
                                     nullptr, e.files)
                        .arg(k.attribute));
                continue;
            }
            out << FindingCatalog::make(
                FindingCode::HierarchyDisagreesWithFile, e.firstPath,
                DicomdirRule::tr("%n file(s) (the first is this one) are listed under the %1, "
                                 "whose %2 is %3, but the files say %4; a viewer will show them "
                                 "with the wrong patient, study or series.",
                                 nullptr, e.files)
                    .arg(recordLabel(dir.records.at(k.record)), k.attribute,
                         k.recordValue.isEmpty() ? DicomdirRule::tr("empty")
                                                 : QStringLiteral("\"%1\"").arg(k.recordValue),
                         k.fileValue.isEmpty() ? DicomdirRule::tr("nothing")
                                               : QStringLiteral("\"%1\"").arg(k.fileValue)));
        }
    }

private:
    struct Entry {
        QString firstPath;
        int files = 0;
    };
    QMap<Key, Entry> found_;
};

// The Type 1 offsets of PS3.3 F.3: the root's first and last record, and in every record the
// next record, the lower level and the in-use flag. A reader that follows them (most viewers)
// misses what they leave out, even when the record order lets this check infer the hierarchy.
void checkOffsets(const DicomDirectory& dir, const QString& where, Findings& out) {
    QStringList lacking;
    int records = 0;
    QString first;
    for (const DirectoryRecord& r : dir.records) {
        QStringList missing;
        if (!r.hasNext)
            missing << QStringLiteral("Offset of the Next Directory Record");
        if (!r.hasInUse)
            missing << QStringLiteral("Record In-use Flag");
        if (!r.hasLower)
            missing << QStringLiteral("Offset of Referenced Lower-Level Directory Entity");
        if (missing.isEmpty())
            continue;
        for (const QString& m : std::as_const(missing)) {
            if (!lacking.contains(m))
                lacking << m;
        }
        if (records++ == 0)
            first = recordLabel(r);
    }
    if (records > 0) {
        out << FindingCatalog::make(
            FindingCode::RecordOffsetsBroken, where,
            DicomdirRule::tr("%n directory record(s) (the first: the %1) lack %2, which every "
                             "record must carry (Type 1); a viewer that follows the links may "
                             "not find what they list.",
                             nullptr, records)
                .arg(first, lacking.join(QLatin1String(", "))));
    }
    if (dir.records.isEmpty())
        return;
    if (!dir.hasFirstRootOffset || !dir.hasLastRootOffset) {
        out << FindingCatalog::make(
            FindingCode::RecordOffsetsBroken, where,
            !dir.hasFirstRootOffset
                ? DicomdirRule::tr("The DICOMDIR lacks the offset of the first record of the root "
                                   "directory entity (Type 1); a viewer may show the medium as "
                                   "empty.")
                : DicomdirRule::tr("The DICOMDIR lacks the offset of the last record of the root "
                                   "directory entity (Type 1); software that adds to this file set "
                                   "or reads it from the end will go wrong."));
        return;
    }
    if (!dir.offsetsValid || dir.roots.isEmpty())
        return;
    const quint32 lastRoot = dir.records.at(dir.roots.constLast()).offset;
    if (dir.lastRootOffset != lastRoot) {
        out << FindingCatalog::make(
            FindingCode::RecordOffsetsBroken, where,
            DicomdirRule::tr("The offset of the last record of the root directory entity is %1, "
                             "but that record is at offset %2; software that adds to this file "
                             "set or reads it from the end will go wrong.")
                .arg(dir.lastRootOffset)
                .arg(lastRoot));
    }
}

// Whether each object sits under the patient, study and series records its own values name.
void notePlacement(const DicomDirectory& dir, const FileReference& ref, const DicomSummary& s,
                   Misplacements& misplaced) {
    const int series = ancestor(dir, ref.recordIndex, 3);
    const int study = ancestor(dir, ref.recordIndex, 2);
    const int patient = ancestor(dir, ref.recordIndex, 1);
    if (series < 0 || study < 0 || patient < 0) {
        QStringList absent;
        if (patient < 0)
            absent << QStringLiteral("PATIENT");
        if (study < 0)
            absent << QStringLiteral("STUDY");
        if (series < 0)
            absent << QStringLiteral("SERIES");
        misplaced.note({-1, absent.join(QLatin1String(", ")), QString(), QString()}, ref.path);
        return;
    }
    const struct {
        int record;
        quint32 tag;
        const char* name;
        const QString& value;
    } levels[] = {{patient, tagKey(0x0010, 0x0020), "Patient ID", s.patientId},
                  {study, tagKey(0x0020, 0x000D), "Study Instance UID", s.studyUid},
                  {series, tagKey(0x0020, 0x000E), "Series Instance UID", s.seriesUid}};
    for (const auto& level : levels) {
        const QString recorded = dir.records.at(level.record).value(level.tag);
        if (recorded != level.value)
            misplaced.note({level.record, QLatin1String(level.name), recorded, level.value},
                           ref.path);
    }
}

// The file set as a whole: meta information, encoding, File-set ID, links, damage.
void checkFileSet(const MediumInventory& inv, const DicomDirectory& dir, const QString& where,
                  Findings& out) {
    if (!dir.part10 || dir.mediaStorageSopClassUid != QLatin1String(kMediaStorageDirectory)) {
        out << FindingCatalog::make(
            FindingCode::DicomdirNotMediaStorage, where,
            dir.part10
                ? DicomdirRule::tr("The DICOMDIR's Media Storage SOP Class is \"%1\" instead of %2 "
                                   "(Media Storage Directory Storage).")
                      .arg(dir.mediaStorageSopClassUid, QLatin1String(kMediaStorageDirectory))
                : DicomdirRule::tr("The DICOMDIR has no Part 10 file meta information (preamble, "
                                   "DICM, group 0002)."));
    }
    if (dir.transferSyntaxUid != QLatin1String(TransferSyntax::ExplicitVrLittleEndian)) {
        out << FindingCatalog::make(
            FindingCode::DicomdirNotExplicitLittleEndian, where,
            DicomdirRule::tr(
                "The DICOMDIR is encoded as %1; IHE PDI requires Explicit VR Little Endian.")
                .arg(TransferSyntax::fromUid(dir.transferSyntaxUid).name()));
    }
    if (!FileIdRules::isValidFileSetId(dir.fileSetId)) {
        out << FindingCatalog::make(
            FindingCode::FileSetIdInvalid, where,
            DicomdirRule::tr(
                "The File-set ID \"%1\" is not valid: at most 16 characters of A-Z, 0-9, _ and "
                "space.")
                .arg(dir.fileSetId));
    }
    if (!inv.volumeId.isEmpty() && !dir.fileSetId.trimmed().isEmpty() &&
        dir.fileSetId.trimmed() != inv.volumeId) {
        out << FindingCatalog::make(
            FindingCode::FileSetIdDiffersFromVolume, where,
            DicomdirRule::tr(
                "The File-set ID \"%1\" differs from the volume identifier \"%2\"; on a CD they "
                "must be the same.")
                .arg(dir.fileSetId.trimmed(), inv.volumeId));
    }
    if (!dir.offsetsValid) {
        out << FindingCatalog::make(
            FindingCode::RecordOffsetsBroken, where,
            DicomdirRule::tr(
                "The links between directory records are broken (%1); the hierarchy was "
                "inferred from the record order. Some viewers will show the medium as empty "
                "or wrong.")
                .arg(dir.offsetProblems.join(QLatin1String("; "))));
    }
    if (!dir.damage.isEmpty()) {
        out << FindingCatalog::make(
            FindingCode::DamagedDicomFile, where,
            DicomdirRule::tr("The DICOMDIR is damaged (%1); it was read as far as its structure "
                             "allows, but a viewer may not show all of it.")
                .arg(dir.damage));
    }
    checkOffsets(dir, where, out);
    if (!dir.metaMissing.isEmpty()) {
        out << FindingCatalog::make(
            FindingCode::FileMetaIncomplete, where,
            DicomdirRule::tr("The DICOMDIR's file meta information lacks %1, which PS3.10 requires "
                             "in every file; some viewers refuse such a DICOMDIR.")
                .arg(dir.metaMissing.join(QLatin1String(", "))));
    }
}

// Each record in use: its required keys, its type against the object it lists, its File ID.
void checkRecords(const DicomDirectory& dir, const QString& where, Findings& out) {
    // Most records list objects of one SOP Class: its record type is looked up once.
    std::optional<QString> lastSopClass;
    QString lastExpected;
    for (int i = 0; i < dir.records.size(); ++i) {
        const DirectoryRecord& r = dir.records.at(i);
        if (!r.inUse)
            continue;
        const int level = r.level();
        for (const RequiredKey& key : kRequired) {
            if (level != key.level)
                continue;
            if (!r.has(key.tag) || (key.nonEmpty && r.value(key.tag).isEmpty())) {
                out << FindingCatalog::make(
                    FindingCode::RecordKeyMissing, where,
                    (r.has(key.tag) ? DicomdirRule::tr("The %1 has an empty %2, a key that must "
                                                       "have a value (Type 1).")
                                    : DicomdirRule::tr("The %1 lacks %2."))
                        .arg(recordLabel(r), QLatin1String(key.name)));
            }
        }
        if (r.type == QLatin1String("IMAGE") && r.value(tagKey(0x0020, 0x0013)).isEmpty()) {
            out << FindingCatalog::make(
                FindingCode::RecordKeyMissing, where,
                r.has(tagKey(0x0020, 0x0013))
                    ? DicomdirRule::tr("The %1 has an empty Instance Number, a key that must have "
                                       "a value (Type 1).")
                          .arg(recordLabel(r))
                    : DicomdirRule::tr("The %1 lacks Instance Number.").arg(recordLabel(r)));
        }
        if (r.hasFileId) {
            if (r.refSopClassUid != lastSopClass) {
                lastSopClass = r.refSopClassUid;
                lastExpected = expectedRecordType(r.refSopClassUid);
            }
            const QString& expected = lastExpected;
            if (!expected.isEmpty() && expected != r.type) {
                out << FindingCatalog::make(
                    FindingCode::WrongRecordType, r.fileId,
                    DicomdirRule::tr(
                        "The object (SOP Class %1) is listed under a %2 record; it must be a %3 "
                        "record.")
                        .arg(r.refSopClassUid, r.type, expected));
            }
            const FileIdComponents parts = r.fileIdParts();
            if (!FileIdRules::isValidFileId(parts)) {
                QString why;
                if (parts.size() > FileIdRules::kMaxComponents)
                    why = DicomdirRule::tr("more than 8 components");
                for (const QStringView part : parts) {
                    if (why.isEmpty() && !FileIdRules::isValidComponent(part)) {
                        const QString text = part.toString();
                        why = QStringLiteral("\"%1\": %2").arg(text, FileIdRules::problem(text));
                    }
                }
                out << FindingCatalog::make(
                    FindingCode::ReferencedFileIdInvalid, r.fileId,
                    DicomdirRule::tr("The Referenced File ID \"%1\" is not valid (%2).")
                        .arg(r.fileId, why));
            }
        }
    }
}

// Each reference against the file it names: present, on the medium, once, the same object, under
// the right patient, study and series.
void checkReferences(const MediumInventory& inv, const DicomDirectory& dir, Findings& out) {
    Misplacements misplaced;
    for (const FileReference& ref : inv.references) {
        const DirectoryRecord& r = dir.records.at(ref.recordIndex);
        switch (ref.status) {
        case FileReference::Status::Missing:
            out << FindingCatalog::make(
                FindingCode::ReferencedFileMissing, r.fileId,
                DicomdirRule::tr("The DICOMDIR references %1, which is not on the medium.")
                    .arg(r.fileId));
            continue;
        case FileReference::Status::LeavesMedium:
        case FileReference::Status::Invalid:
            out << FindingCatalog::make(
                FindingCode::ReferencedFileIdLeavesMedium, r.fileId,
                DicomdirRule::tr(
                    "The Referenced File ID \"%1\" points outside the medium; it was not "
                    "followed. This medium may be malicious.")
                    .arg(r.fileId));
            continue;
        case FileReference::Status::Found:
            break;
        }
        // The scan gave each file the first record (in record order, as here) that found it.
        const ScannedFile* f = inv.file(ref.path);
        if (f && f->recordIndex != ref.recordIndex) {
            out << FindingCatalog::make(
                FindingCode::FileReferencedTwice, ref.path,
                DicomdirRule::tr("The file is referenced by more than one directory record."));
        }

        if (!f || !inv.isDicomKind(*f)) {
            if (f && f->kind == ScannedFile::Kind::NonDicom) {
                out << FindingCatalog::make(
                    FindingCode::RecordDisagreesWithFile, ref.path,
                    DicomdirRule::tr("The DICOMDIR references this file, but it is not DICOM (%1).")
                        .arg(f->contentType));
            }
            continue;
        }
        const DicomSummary& s = f->summary;
        QStringList differences;
        if (r.refSopInstanceUid != s.sopInstanceUid)
            differences << DicomdirRule::tr("SOP Instance UID %1 in the record, %2 in the file")
                               .arg(r.refSopInstanceUid, s.sopInstanceUid);
        if (r.refSopClassUid != s.sopClassUid)
            differences << DicomdirRule::tr("SOP Class UID %1 in the record, %2 in the file")
                               .arg(r.refSopClassUid, s.sopClassUid);
        if (r.refTransferSyntaxUid != s.transferSyntaxUid)
            differences << DicomdirRule::tr("Transfer Syntax %1 in the record, %2 in the file")
                               .arg(r.refTransferSyntaxUid, s.transferSyntaxUid);
        if (!differences.isEmpty()) {
            out << FindingCatalog::make(
                FindingCode::RecordDisagreesWithFile, ref.path,
                DicomdirRule::tr("The directory record does not match the file: %1.")
                    .arg(differences.join(QLatin1String("; "))));
        }

        notePlacement(dir, ref, s, misplaced);
    }
    misplaced.report(dir, out);
}

void checkUnreferenced(const MediumInventory& inv, Findings& out) {
    for (const ScannedFile& f : inv.files) {
        const bool dicom =
            inv.isDicomKind(f) || (f.kind == ScannedFile::Kind::NotOpened && f.looksDicom);
        if (dicom && f.recordIndex < 0) {
            out << FindingCatalog::make(
                FindingCode::FileNotInDicomdir, f.path,
                DicomdirRule::tr(
                    "This DICOM file is not referenced by the DICOMDIR, so viewers and importers "
                    "that follow the DICOMDIR will miss it."));
        }
    }
}

} // namespace

void DicomdirRule::check(const RuleInput& in, Findings& out) const {
    const MediumInventory& inv = in.inventory;
    if (!inv.dicomdirPath.isEmpty() && !inv.dicomdir) {
        out << FindingCatalog::make(
            FindingCode::DicomdirUnreadable, inv.dicomdirPath,
            DicomdirRule::tr(
                "%1; the medium was checked file by file instead. A viewer will not be able to "
                "open this medium.")
                .arg(inv.dicomdirError));
    }
    if (!inv.dicomdir)
        return;
    const DicomDirectory& dir = *inv.dicomdir;
    checkFileSet(inv, dir, inv.dicomdirPath, out);
    checkRecords(dir, inv.dicomdirPath, out);
    checkReferences(inv, dir, out);
    checkUnreferenced(inv, out);
}

} // namespace pdi
