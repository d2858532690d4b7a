#include "DicomdirRule.h"
#include "FileIdRules.h"
#include "dicom/TransferSyntax.h"
#include "dicomdir/RecordTypes.h"

#include <QCoreApplication>
#include <QHash>

namespace pdi {

namespace {

const char* const kMediaStorageDirectory = "1.2.840.10008.1.3.10";

struct RequiredKey {
    int level;
    quint32 tag;
    const char* name;
    bool nonEmpty;
};

// Required keys as IHE's MESA media tool checks them.
const RequiredKey kRequired[] = {
    {1, tagKey(0x0010, 0x0020), "Patient ID", true},
    {1, tagKey(0x0010, 0x0010), "Patient's Name", false},
    {2, tagKey(0x0020, 0x000D), "Study Instance UID", true},
    {2, tagKey(0x0008, 0x0020), "Study Date", false},
    {2, tagKey(0x0008, 0x0030), "Study Time", false},
    {2, tagKey(0x0020, 0x0010), "Study ID", false},
    {2, tagKey(0x0008, 0x0050), "Accession Number", false},
    {2, tagKey(0x0008, 0x1030), "Study Description", false},
    {3, tagKey(0x0008, 0x0060), "Modality", true},
    {3, tagKey(0x0020, 0x000E), "Series Instance UID", true},
    {3, tagKey(0x0020, 0x0011), "Series Number", false},
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
    const QString where = inv.dicomdirPath;

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

    for (int i = 0; i < dir.records.size(); ++i) {
        const DirectoryRecord& r = dir.records.at(i);
        if (!r.inUse)
            continue;
        for (const RequiredKey& key : kRequired) {
            if (r.level() != key.level)
                continue;
            if (!r.has(key.tag) || (key.nonEmpty && r.value(key.tag).isEmpty())) {
                out << FindingCatalog::make(FindingCode::RecordKeyMissing, where,
                                            (r.has(key.tag)
                                                 ? DicomdirRule::tr("The %1 has an empty %2.")
                                                 : DicomdirRule::tr("The %1 lacks %2."))
                                                .arg(recordLabel(r), QLatin1String(key.name)));
            }
        }
        if (r.type == QLatin1String("IMAGE") && !r.has(tagKey(0x0020, 0x0013))) {
            out << FindingCatalog::make(
                FindingCode::RecordKeyMissing, where,
                DicomdirRule::tr("The %1 lacks Instance Number.").arg(recordLabel(r)));
        }
        if (!r.fileIdParts.isEmpty()) {
            const QString expected = expectedRecordType(r.refSopClassUid);
            if (!expected.isEmpty() && expected != r.type) {
                out << FindingCatalog::make(
                    FindingCode::WrongRecordType, r.fileId,
                    DicomdirRule::tr(
                        "The object (SOP Class %1) is listed under a %2 record; it must be a %3 "
                        "record.")
                        .arg(r.refSopClassUid, r.type, expected));
            }
            if (!FileIdRules::isValidFileId(r.fileIdParts)) {
                QString why;
                if (r.fileIdParts.size() > FileIdRules::kMaxComponents)
                    why = DicomdirRule::tr("more than 8 components");
                for (const QString& part : r.fileIdParts) {
                    if (why.isEmpty() && !FileIdRules::isValidComponent(part))
                        why = QStringLiteral("\"%1\": %2").arg(part, FileIdRules::problem(part));
                }
                out << FindingCatalog::make(
                    FindingCode::ReferencedFileIdInvalid, r.fileId,
                    DicomdirRule::tr("The Referenced File ID \"%1\" is not valid (%2).")
                        .arg(r.fileId, why));
            }
        }
    }

    QHash<QString, int> referencedBy;
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
        if (referencedBy.contains(ref.path)) {
            out << FindingCatalog::make(
                FindingCode::FileReferencedTwice, ref.path,
                DicomdirRule::tr("The file is referenced by more than one directory record."));
        }
        referencedBy.insert(ref.path, ref.recordIndex);

        const ScannedFile* f = inv.file(ref.path);
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

        QStringList hierarchy;
        const int series = ancestor(dir, ref.recordIndex, 3);
        const int study = ancestor(dir, ref.recordIndex, 2);
        const int patient = ancestor(dir, ref.recordIndex, 1);
        if (series >= 0 && dir.records.at(series).value(tagKey(0x0020, 0x000E)) != s.seriesUid)
            hierarchy << DicomdirRule::tr("series");
        if (study >= 0 && dir.records.at(study).value(tagKey(0x0020, 0x000D)) != s.studyUid)
            hierarchy << DicomdirRule::tr("study");
        if (patient >= 0 && dir.records.at(patient).value(tagKey(0x0010, 0x0020)) != s.patientId)
            hierarchy << DicomdirRule::tr("patient");
        if (series < 0 || study < 0 || patient < 0) {
            out << FindingCatalog::make(
                FindingCode::HierarchyDisagreesWithFile, ref.path,
                DicomdirRule::tr("The file's directory record has no complete patient, study "
                                 "and series records above it; a viewer may not show it."));
        } else if (!hierarchy.isEmpty()) {
            out << FindingCatalog::make(
                FindingCode::HierarchyDisagreesWithFile, ref.path,
                DicomdirRule::tr(
                    "The file is listed under the wrong %1 in the DICOMDIR; a viewer will show "
                    "it with the wrong patient or study.")
                    .arg(hierarchy.join(QLatin1String(", "))));
        }
    }

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

} // namespace pdi
