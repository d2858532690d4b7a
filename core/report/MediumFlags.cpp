#include "MediumFlags.h"

#include <QCoreApplication>

namespace pdi {

namespace {

struct FlagSource {
    MediumFlags::Flag flag;
    const char* code;
};

const FlagSource kSources[] = {
    {MediumFlags::MultiplePatients, "PDI-C001"},
    {MediumFlags::NonDicomContent, "PDI-F003"},
    {MediumFlags::NonDicomContent, "PDI-S001"},
    {MediumFlags::NonDicomContent, "PDI-S002"},
    {MediumFlags::AiDerivedContent, "PDI-A001"},
    {MediumFlags::Autorun, "PDI-S001"},
    {MediumFlags::Executables, "PDI-S002"},
    {MediumFlags::Compressed, "PDI-C002"},
    {MediumFlags::Video, "PDI-C004"},
    {MediumFlags::MissingDicomdir, "PDI-L001"},
    {MediumFlags::MissingDicomdir, "PDI-D001"},
    {MediumFlags::NotPart10, "PDI-F001"},
    {MediumFlags::WebContent, "PDI-L012"},
    {MediumFlags::BulkData, "PDI-C005"},
    {MediumFlags::LossyContent, "PDI-C006"},
    {MediumFlags::DamagedFiles, "PDI-F002"},
    {MediumFlags::DamagedFiles, "PDI-F004"},
    {MediumFlags::UnreferencedFiles, "PDI-D010"},
};

} // namespace

MediumFlags MediumFlags::fromFindings(const Findings& findings) {
    MediumFlags flags;
    for (const Finding& f : findings) {
        for (const FlagSource& s : kSources) {
            if (f.code == QLatin1String(s.code))
                flags.set[s.flag] = true;
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
