#include "Finding.h"

#include <QCoreApplication>

namespace pdi {

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QJsonObject Finding::toJson() const {
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("message"), message}};
}

const QVector<FindingDefinition>& FindingCatalog::all() {
    using S = Severity;
    static const QVector<FindingDefinition> kAll = {
        // Layout of the medium
        {"PDI-L001", S::Error, "IHE-PDI, PS3.12", "No DICOMDIR in the root"},
        {"PDI-L002", S::Error, "IHE-PDI, PS3.12", "More than one DICOMDIR"},
        {"PDI-L003", S::Error, "IHE-PDI, PS3.12", "DICOM file in the root other than the DICOMDIR"},
        {"PDI-L004", S::Error, "IHE-PDI", "No README.TXT in the root"},
        {"PDI-L005", S::Error, "PS3.10 8.2, PS3.12 Annex F",
         "Name of a DICOM file or folder is not a valid File ID component"},
        {"PDI-L006", S::Error, "PS3.10 8.2", "DICOM file nested deeper than 8 levels"},
        {"PDI-L007", S::Error, "IHE-PDI, PS3.12 Annex F",
         "Name of other content is not an ISO 9660 Level 1 (8.3) name"},
        {"PDI-L008", S::Error, "IHE-PDI", "DICOM file inside IHE_PDI"},
        {"PDI-L009", S::Error, "IHE-PDI", "Root entry starting with IHE other than IHE_PDI"},
        {"PDI-L010", S::Error, "IHE-PDI", "INDEX.HTM and IHE_PDI not present together"},
        {"PDI-L011", S::Warning, "IHE-PDI", "File in IHE_PDI that is not web content"},
        {"PDI-L012", S::Info, "IHE-PDI", "Web content present (DICOM PLUS WEB)"},
        {"PDI-L013", S::Error, "PS3.12 Annex F", "Names that differ only in letter case"},
        {"PDI-L014", S::Info, "PS3.12 Annex F", "Letter case of names not checkable on this mount"},
        // Security of the receiving computer
        {"PDI-S001", S::Error, "JP-2011, JP-2015, IHE-PDI", "AUTORUN.INF present"},
        {"PDI-S002", S::Error, "JP-2011, JP-2015, IHE-PDI", "Program on the medium"},
        {"PDI-S003", S::Error, "untrusted input", "Path that leaves the medium; not read"},
        {"PDI-S004", S::Warning, "untrusted input", "Link on the medium; not followed"},
        {"PDI-S005", S::Error, "untrusted input", "Medium exceeds a scan limit; not fully checked"},
        {"PDI-S006", S::Warning, "JP-2011", "Bootable disc"},
        // The DICOMDIR
        {"PDI-D001", S::Error, "IHE-PDI, PS3.10", "DICOMDIR cannot be read"},
        {"PDI-D002", S::Error, "IHE-PDI/MESA, PS3.10",
         "DICOMDIR is not a Media Storage Directory file"},
        {"PDI-D003", S::Error, "IHE-PDI/MESA", "DICOMDIR not in Explicit VR Little Endian"},
        {"PDI-D004", S::Error, "PS3.12 Annex F, PS3.3 F.3", "File-set ID invalid"},
        {"PDI-D005", S::Warning, "PS3.12 Annex F",
         "File-set ID differs from the volume identifier"},
        {"PDI-D006", S::Error, "IHE-PDI/MESA", "Referenced file missing"},
        {"PDI-D007", S::Error, "PS3.10 8.2, PS3.12 Annex F", "Referenced File ID invalid"},
        {"PDI-D008", S::Error, "PS3.10 8.2, untrusted input",
         "Referenced File ID leaves the medium"},
        {"PDI-D009", S::Error, "IHE-PDI/MESA", "Directory record does not match the file"},
        {"PDI-D010", S::Error, "IHE-PDI/MESA", "DICOM file not referenced by the DICOMDIR"},
        {"PDI-D011", S::Error, "IHE-PDI/MESA, PS3.3 F.5",
         "Required key missing in a directory record"},
        {"PDI-D012", S::Error, "IHE-PDI/MESA, PS3.3 F.5",
         "Wrong directory record type for the object"},
        {"PDI-D013", S::Error, "PS3.3 F.3", "Directory record offsets broken"},
        {"PDI-D014", S::Error, "IHE-PDI/MESA", "Directory hierarchy disagrees with the file"},
        {"PDI-D015", S::Error, "PS3.3 F.3", "File referenced by more than one directory record"},
        // Files
        {"PDI-F001", S::Error, "PS3.10 7.1, IHE-PDI", "DICOM file without Part 10 header"},
        {"PDI-F002", S::Error, "PS3.10", "Damaged DICOM file"},
        {"PDI-F003", S::Warning, "JP-rev", "Non-DICOM content"},
        {"PDI-F004", S::Error, "untrusted input", "File cannot be read"},
        {"PDI-F005", S::Error, "PS3.10 7.1", "File meta information disagrees with the data set"},
        {"PDI-F006", S::Warning, "PS3.3 C.12.1.1.2",
         "Invalid or unknown Specific Character Set (read by best effort)"},
        // Content
        {"PDI-C001", S::Error, "JP-2011, JP-2015", "More than one patient on the medium"},
        {"PDI-C002", S::Error, "JP-2011, JP-2015, IHE-PDI/MESA", "Compressed DICOM"},
        {"PDI-C003", S::Error, "IHE-PDI/MESA", "Uncompressed, but not Explicit VR Little Endian"},
        {"PDI-C004", S::Warning, "JP-2011, JP-rev", "Video"},
        {"PDI-C005", S::Warning, "JP-2011, JP-rev", "Thin-slice or very large series"},
        {"PDI-C006", S::Info, "PS3.3 C.7.6.1.1.5", "Lossy compressed content"},
        {"PDI-C007", S::Error, "JP-2011, JP-2015", "Same Patient ID with different demographics"},
        {"PDI-C008", S::Error, "JP-2011, JP-2015, IHE-PDI/MESA", "Patient ID missing"},
        {"PDI-C009", S::Error, "PS3.3 C.12.1", "Same SOP Instance UID in more than one file"},
        // AI-derived content
        {"PDI-A001", S::Warning, "JP-rev", "AI-derived series"},
        // About the check itself
        {"PDI-Q001", S::Info, "-", "Quick check: only the DICOMDIR was read"},
    };
    return kAll;
}

const FindingDefinition* FindingCatalog::find(const QString& code) {
    for (const FindingDefinition& d : all()) {
        if (code == QLatin1String(d.code))
            return &d;
    }
    return nullptr;
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

} // namespace pdi
