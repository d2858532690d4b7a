#include "MediumFlags.h"
#include "FindingCatalog.h"

#include <QCoreApplication>

namespace pdi {

MediumFlags MediumFlags::fromFindings(const Findings& findings) {
    MediumFlags flags;
    for (const Finding& f : findings) {
        if (const FindingDefinition* def = FindingCatalog::find(f.code)) {
            for (const Flag flag : def->flags)
                flags.set[flag] = true;
        }
    }
    return flags;
}

QString MediumFlags::key(Flag f) {
    static const char* const kKeys[FlagCount] = {"multiplePatients",
                                                 "nonDicomContent",
                                                 "aiDerivedContent",
                                                 "autorun",
                                                 "executables",
                                                 "compressed",
                                                 "video",
                                                 "missingDicomdir",
                                                 "notPart10",
                                                 "webContent",
                                                 "bulkData",
                                                 "lossyContent",
                                                 "damagedFiles",
                                                 "unreferencedFiles"};
    return QString::fromLatin1(kKeys[f]);
}

QString MediumFlags::explanation(Flag f) {
    switch (f) {
    case MultiplePatients:
        return QCoreApplication::translate(
            "pdi::MediumFlags",
            "Several patients: the medium holds images of more than one patient.");
    case NonDicomContent:
        return QCoreApplication::translate(
            "pdi::MediumFlags",
            "Non-DICOM content: documents, pictures or programs besides the images.");
    case AiDerivedContent:
        return QCoreApplication::translate(
            "pdi::MediumFlags", "AI-derived content: some series look produced by an AI product.");
    case Autorun:
        return QCoreApplication::translate(
            "pdi::MediumFlags", "Autorun: the medium tries to start a program when inserted.");
    case Executables:
        return QCoreApplication::translate(
            "pdi::MediumFlags", "Programs: the medium carries programs; do not run them.");
    case Compressed:
        return QCoreApplication::translate(
            "pdi::MediumFlags",
            "Compressed: some images are compressed, which PDI media must not be.");
    case Video:
        return QCoreApplication::translate("pdi::MediumFlags", "Video: the medium carries video.");
    case MissingDicomdir:
        return QCoreApplication::translate("pdi::MediumFlags",
                                           "No usable DICOMDIR: viewers may not find the images.");
    case NotPart10:
        return QCoreApplication::translate(
            "pdi::MediumFlags",
            "Not Part 10: some DICOM files lack the file header media require.");
    case WebContent:
        return QCoreApplication::translate(
            "pdi::MediumFlags",
            "Web content: the medium can be viewed in a web browser (INDEX.HTM).");
    case BulkData:
        return QCoreApplication::translate("pdi::MediumFlags",
                                           "Bulk data: thin-slice or very large series.");
    case LossyContent:
        return QCoreApplication::translate(
            "pdi::MediumFlags", "Lossy: some images were lossy compressed at some point.");
    case DamagedFiles:
        return QCoreApplication::translate("pdi::MediumFlags",
                                           "Damaged files: some files cannot be read completely.");
    case UnreferencedFiles:
        return QCoreApplication::translate(
            "pdi::MediumFlags", "Unlisted images: some DICOM files are missing from the DICOMDIR.");
    case FlagCount:
        break;
    }
    return QString();
}

QJsonObject MediumFlags::toJson() const {
    QJsonObject o;
    for (int f = 0; f < FlagCount; ++f)
        o.insert(key(Flag(f)), set[f]);
    return o;
}

} // namespace pdi
