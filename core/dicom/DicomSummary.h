#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <limits>

namespace pdi {

// What a file carries that may mark it as produced by an AI product (../shared/PDI-RULES.md,
// "Recognizing AI-derived content"). Raw evidence only; AiDetector decides.
struct AiHints {
    QStringList segmentAlgorithmTypes;    // (0062,0008) of every segment
    bool algorithmIdentification = false; // Algorithm Family Code Sequence / Name / Version present
    QString algorithmName;
    QString algorithmVersion;
    QStringList srAlgorithmCodes;      // TID 4019 concept codes found in the SR content tree
    QStringList contributingEquipment; // "manufacturer / model / software" per item
};

// One DICOM file, read without its pixel data. Text is Unicode decoded from the file's Specific
// Character Set; Person Names keep their '=' groups.
struct DicomSummary {
    bool part10 = false; // 128-byte preamble, "DICM" and a file meta group
    QString transferSyntaxUid;
    QString metaSopClassUid;
    QString metaSopInstanceUid;
    QStringList metaMissing; // Type 1 meta information elements it lacks (names)
    QString sopClassUid;
    QString sopInstanceUid;
    QString specificCharacterSet;     // as written
    QStringList invalidCharacterSets; // terms as written that are not valid (read by best effort)
    QString characterSetReadAs;       // the terms the text was decoded with
    bool undeclaredIdentityText = false; // ID, issuer or name needed an undeclared character set

    QString patientId;
    QString issuerOfPatientId;
    QString patientName;
    QString birthDate;
    QString sex;

    QString studyUid;
    QString studyDate;
    QString studyTime;
    QString studyId;
    QString accessionNumber;
    QString studyDescription;

    QString seriesUid;
    QString modality;
    QString seriesNumber;
    QString seriesDescription;

    QString instanceNumber;
    QStringList imageType;
    QString institutionName;
    QString manufacturer;
    QString modelName;
    QString softwareVersions;
    double sliceThickness = std::numeric_limits<double>::quiet_NaN();
    int numberOfFrames = 1;
    int rows = 0;
    int columns = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 0;
    QString lossyImageCompression; // "01" when the content has been lossy compressed
    bool hasPixelData = false;

    AiHints ai;

    // The elements its DICOMDIR records copy, as the file encodes them (DirectoryKeys), when
    // the reader was asked to keep them (the writer's sources); empty otherwise.
    QByteArray directoryKeys;

    // The file meta information names another SOP Class or Instance than the data set
    // (PS3.10 7.1 requires the same UIDs).
    bool metaDisagrees() const {
        return part10 && (metaSopClassUid != sopClassUid || metaSopInstanceUid != sopInstanceUid);
    }
};

} // namespace pdi
