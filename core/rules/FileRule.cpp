#include "FileRule.h"

#include <QCoreApplication>

namespace pdi {

namespace {

// Files a PDI medium carries besides the DICOM data that are not "other content".
bool isPdiFurniture(const QString& path) {
    const QString upper = path.toUpper();
    return upper == QLatin1String("README.TXT") || upper == QLatin1String("INDEX.HTM") ||
           upper.startsWith(QLatin1String("IHE_PDI/"));
}

} // namespace

void FileRule::check(const RuleInput& in, Findings& out) const {
    const MediumInventory& inv = in.inventory;
    for (const ScannedFile& f : inv.files) {
        switch (f.kind) {
        case ScannedFile::Kind::Dicom:
        case ScannedFile::Kind::Damaged: {
            const DicomSummary& s = f.summary;
            if (f.kind == ScannedFile::Kind::Damaged) {
                out << FindingCatalog::make(
                    FindingCode::DamagedDicomFile, f.path,
                    FileRule::tr(
                        "The DICOM file is damaged (%1); it may not open or may show wrong "
                        "images. Ask the sender for a new copy.")
                        .arg(f.error));
            }
            if (!s.part10) {
                out << FindingCatalog::make(
                    FindingCode::NoPart10Header, f.path,
                    FileRule::tr(
                        "The file is DICOM without the Part 10 header (preamble, DICM and file "
                        "meta information); media must carry Part 10 files."));
            }
            QStringList mismatch;
            if (s.part10 && s.metaSopClassUid != s.sopClassUid)
                mismatch << FileRule::tr("SOP Class UID");
            if (s.part10 && s.metaSopInstanceUid != s.sopInstanceUid)
                mismatch << FileRule::tr("SOP Instance UID");
            if (!mismatch.isEmpty()) {
                out << FindingCatalog::make(
                    FindingCode::FileMetaDisagrees, f.path,
                    FileRule::tr("The file meta information and the data set disagree on %1.")
                        .arg(mismatch.join(QLatin1String(", "))));
            }
            if (f.kind == ScannedFile::Kind::Dicom && s.part10 && !s.metaMissing.isEmpty()) {
                out << FindingCatalog::make(
                    FindingCode::FileMetaIncomplete, f.path,
                    FileRule::tr("The file meta information lacks %1, which PS3.10 requires in "
                                 "every file; some viewers and archives refuse such a file.")
                        .arg(s.metaMissing.join(QLatin1String(", "))));
            }
            if (!s.invalidCharacterSets.isEmpty()) {
                out << FindingCatalog::make(
                    FindingCode::UnknownCharacterSet, f.path,
                    FileRule::tr(
                        "The Specific Character Set \"%1\" is not valid; its text was read "
                        "as %2 by best effort. Check the names against another source "
                        "before you rely on them.")
                        .arg(s.specificCharacterSet, s.characterSetReadAs.isEmpty()
                                                         ? FileRule::tr("the default character set")
                                                         : s.characterSetReadAs));
            }
            if (s.undeclaredIdentityText) {
                out << FindingCatalog::make(
                    FindingCode::UndeclaredCharacterSet, f.path,
                    FileRule::tr("The patient's ID or name holds characters outside the character "
                                 "set the file declares (\"%1\"); they were read by best effort. "
                                 "Check the name against another source before you rely on it.")
                        .arg(s.specificCharacterSet));
            }
            break;
        }
        case ScannedFile::Kind::NonDicom:
            if (!f.program && !isPdiFurniture(f.path) &&
                !(f.path.compare(QLatin1String("AUTORUN.INF"), Qt::CaseInsensitive) == 0)) {
                out << FindingCatalog::make(
                    FindingCode::NonDicomContent, f.path,
                    FileRule::tr(
                        "Non-DICOM content (%1). The label and README.TXT must say the medium "
                        "holds non-DICOM content; it is not imported into a PACS.")
                        .arg(f.contentType));
            }
            break;
        case ScannedFile::Kind::Unreadable:
            out << FindingCatalog::make(
                FindingCode::FileUnreadable, f.path,
                FileRule::tr(
                    "The file cannot be read (%1). If this is a disc, clean it and try again, "
                    "or ask the sender for a new medium.")
                    .arg(f.error));
            break;
        case ScannedFile::Kind::Dicomdir:
        case ScannedFile::Kind::NotOpened:
            break;
        }
    }
}

} // namespace pdi
