#include "FindingCatalog.h"

#include <QHash>

namespace pdi {

namespace {

template <typename... Flags> QVector<MediumFlags::Flag> flags(Flags... set) {
    return {set...};
}

} // namespace

const QVector<FindingDefinition>& FindingCatalog::all() {
    using S = Severity;
    using F = MediumFlags;
    namespace C = FindingCode;
    static const QVector<FindingDefinition> kAll = {
        // Layout of the medium
        {C::NoDicomdir, S::Error, "IHE-PDI, PS3.12", "No DICOMDIR in the root",
         flags(F::MissingDicomdir)},
        {C::SeveralDicomdirs, S::Error, "IHE-PDI, PS3.12", "More than one DICOMDIR"},
        {C::DicomFileInRoot, S::Error, "IHE-PDI, PS3.12",
         "DICOM file in the root other than the DICOMDIR"},
        {C::NoReadme, S::Error, "IHE-PDI", "No README.TXT in the root"},
        {C::InvalidFileIdComponent, S::Error, "PS3.10 8.2, PS3.12 Annex F",
         "Name of a DICOM file or folder is not a valid File ID component"},
        {C::FileIdTooDeep, S::Error, "PS3.10 8.2", "DICOM file nested deeper than 8 levels"},
        {C::OtherContentNameNot83, S::Error, "IHE-PDI, PS3.12 Annex F",
         "Name of other content is not an ISO 9660 Level 1 (8.3) name"},
        {C::DicomFileInIhePdi, S::Error, "IHE-PDI", "DICOM file inside IHE_PDI"},
        {C::StrayIheEntry, S::Error, "IHE-PDI", "Root entry starting with IHE other than IHE_PDI"},
        {C::WebContentIncomplete, S::Error, "IHE-PDI",
         "INDEX.HTM and IHE_PDI not present together"},
        {C::NotWebContentInIhePdi, S::Warning, "IHE-PDI",
         "File in IHE_PDI that is not web content"},
        {C::WebContent, S::Info, "IHE-PDI", "Web content present (DICOM PLUS WEB)",
         flags(F::WebContent)},
        {C::NamesDifferOnlyInCase, S::Error, "PS3.12 Annex F",
         "Names that differ only in letter case"},
        {C::NameCaseNotCheckable, S::Info, "PS3.12 Annex F",
         "Letter case of names not checkable on this mount"},
        {C::NamesLowerCased, S::Warning, "PS3.12 Annex F",
         "Names lower-cased by the mount or the copy; checked as upper case"},
        // Security of the receiving computer
        {C::Autorun, S::Error, "JP-2011, JP-2015, IHE-PDI", "AUTORUN.INF present",
         flags(F::NonDicomContent, F::Autorun)},
        {C::Program, S::Error, "JP-2011, JP-2015, IHE-PDI", "Program on the medium",
         flags(F::NonDicomContent, F::Executables)},
        {C::PathLeavesMedium, S::Error, "untrusted input", "Path that leaves the medium; not read"},
        {C::Link, S::Warning, "untrusted input", "Link on the medium; not followed"},
        {C::ScanLimitReached, S::Error, "untrusted input",
         "Medium exceeds a scan limit; not fully checked"},
        {C::Bootable, S::Warning, "JP-2011", "Bootable disc"},
        {C::DirectoryLoop, S::Error, "untrusted input",
         "Folder that leads back to a folder containing it; not followed"},
        {C::SpecialFile, S::Error, "untrusted input",
         "Named pipe, device node or socket on the medium; not read"},
        // The DICOMDIR
        {C::DicomdirUnreadable, S::Error, "IHE-PDI, PS3.10", "DICOMDIR cannot be read",
         flags(F::MissingDicomdir)},
        {C::DicomdirNotMediaStorage, S::Error, "IHE-PDI/MESA, PS3.10",
         "DICOMDIR is not a Media Storage Directory file"},
        {C::DicomdirNotExplicitLittleEndian, S::Error, "IHE-PDI/MESA",
         "DICOMDIR not in Explicit VR Little Endian"},
        {C::FileSetIdInvalid, S::Error, "PS3.12 Annex F, PS3.3 F.3", "File-set ID invalid"},
        {C::FileSetIdDiffersFromVolume, S::Warning, "PS3.12 Annex F",
         "File-set ID differs from the volume identifier"},
        {C::ReferencedFileMissing, S::Error, "IHE-PDI/MESA", "Referenced file missing"},
        {C::ReferencedFileIdInvalid, S::Error, "PS3.10 8.2, PS3.12 Annex F",
         "Referenced File ID invalid"},
        {C::ReferencedFileIdLeavesMedium, S::Error, "PS3.10 8.2, untrusted input",
         "Referenced File ID leaves the medium"},
        {C::RecordDisagreesWithFile, S::Error, "IHE-PDI/MESA",
         "Directory record does not match the file"},
        {C::FileNotInDicomdir, S::Error, "IHE-PDI/MESA",
         "DICOM file not referenced by the DICOMDIR", flags(F::UnreferencedFiles)},
        {C::RecordKeyMissing, S::Error, "IHE-PDI/MESA, PS3.3 F.5",
         "Required key missing in a directory record"},
        {C::WrongRecordType, S::Error, "IHE-PDI/MESA, PS3.3 F.5",
         "Wrong directory record type for the object"},
        {C::RecordOffsetsBroken, S::Error, "PS3.3 F.3", "Directory record offsets broken"},
        {C::HierarchyDisagreesWithFile, S::Error, "IHE-PDI/MESA",
         "Directory hierarchy disagrees with the file"},
        {C::FileReferencedTwice, S::Error, "PS3.3 F.3",
         "File referenced by more than one directory record"},
        {C::RecordKeyDisagreesWithObject, S::Error, "PS3.3 F.5, IHE-PDI/MESA",
         "Directory record key disagrees with the object (patient identity, UIDs)"},
        {C::RecordCharacterSet, S::Error, "PS3.3 F.5, PS3.3 C.12.1.1.2",
         "DICOMDIR text in an invalid or undeclared character set"},
        // Files
        {C::NoPart10Header, S::Error, "PS3.10 7.1, IHE-PDI", "DICOM file without Part 10 header",
         flags(F::NotPart10)},
        {C::DamagedDicomFile, S::Error, "PS3.10", "Damaged DICOM file", flags(F::DamagedFiles)},
        {C::NonDicomContent, S::Warning, "JP-rev", "Non-DICOM content", flags(F::NonDicomContent)},
        {C::FileUnreadable, S::Error, "untrusted input", "File cannot be read",
         flags(F::DamagedFiles)},
        {C::FileMetaDisagrees, S::Error, "PS3.10 7.1",
         "File meta information disagrees with the data set"},
        {C::UnknownCharacterSet, S::Warning, "PS3.3 C.12.1.1.2",
         "Invalid or unknown Specific Character Set (read by best effort)"},
        {C::UndeclaredCharacterSet, S::Warning, "PS3.3 C.12.1.1.2",
         "Identity text in a character set the file does not declare"},
        {C::FileMetaIncomplete, S::Error, "PS3.10 7.1",
         "File meta information lacks a required element (e.g. Implementation Class UID)"},
        // Content
        {C::SeveralPatients, S::Error, "JP-2011, JP-2015", "More than one patient on the medium",
         flags(F::MultiplePatients)},
        {C::Compressed, S::Error, "JP-2011, JP-2015, IHE-PDI/MESA", "Compressed DICOM",
         flags(F::Compressed)},
        {C::NotExplicitLittleEndian, S::Error, "IHE-PDI/MESA",
         "Uncompressed, but not Explicit VR Little Endian"},
        {C::Video, S::Warning, "JP-2011, JP-rev", "Video", flags(F::Video)},
        {C::BulkSeries, S::Warning, "JP-2011, JP-rev", "Thin-slice or very large series",
         flags(F::BulkData)},
        {C::LossyContent, S::Info, "PS3.3 C.7.6.1.1.5", "Lossy compressed content",
         flags(F::LossyContent)},
        {C::DemographicsDiffer, S::Error, "JP-2011, JP-2015",
         "Same Patient ID with different demographics"},
        {C::PatientIdMissing, S::Error, "JP-2011, JP-2015, IHE-PDI/MESA", "Patient ID missing"},
        {C::DuplicateSopInstanceUid, S::Error, "PS3.3 C.12.1",
         "Same SOP Instance UID in more than one file"},
        // AI-derived content
        {C::AiDerivedSeries, S::Warning, "JP-rev", "AI-derived series", flags(F::AiDerivedContent)},
        // About the check itself
        {C::QuickCheck, S::Info, "-",
         "Quick check: the DICOMDIR and one object per patient were read"},
    };
    return kAll;
}

const FindingDefinition* FindingCatalog::find(const QString& code) {
    // Looked up once per finding; a damaged medium has a finding for each of thousands of files.
    static const QHash<QString, const FindingDefinition*> kByCode = [] {
        QHash<QString, const FindingDefinition*> byCode;
        for (const FindingDefinition& d : all())
            byCode.insert(QLatin1String(d.code), &d);
        return byCode;
    }();
    return kByCode.value(code, nullptr);
}

Finding FindingCatalog::make(const char* code, const QString& path, const QString& message) {
    Finding f;
    f.code = QString::fromLatin1(code);
    const FindingDefinition* def = find(f.code);
    Q_ASSERT_X(def, "FindingCatalog::make", code);
    f.severity = def ? def->severity : Severity::Error;
    f.path = path;
    f.message = message;
    return f;
}

bool FindingCatalog::sets(const Finding& finding, MediumFlags::Flag flag) {
    const FindingDefinition* def = find(finding.code);
    return def && def->sets(flag);
}

} // namespace pdi
