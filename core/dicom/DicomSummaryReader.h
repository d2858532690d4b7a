#pragma once

#include "DicomSummary.h"
#include "medium/MediumFile.h"

#include <memory>

class DcmItem;

namespace pdi {

// Reads the summary of one DICOM file from any medium, stopping before the pixel data.
class DicomSummaryReader {
public:
    enum class Status {
        Ok,       // a DICOM data set was read
        NotDicom, // the content is not DICOM (PDF, picture, program, text ...)
        Damaged   // looks like DICOM but cannot be read to the end of its header
    };
    struct Result {
        Status status = Status::NotDicom;
        DicomSummary summary;
        QString error; // for Damaged: what DCMTK reported
    };

    // directoryKeys: also keep the elements a DICOMDIR record copies (DirectoryKeys), for a
    // writer that lists the object in its own DICOMDIR.
    static Result read(std::shared_ptr<MediumFile> file, bool directoryKeys = false);
    // Quick content test on the first bytes of a file: Part 10 header, or a raw data set that
    // starts with a plausible group 0002/0008 element.
    static bool looksLikeDicom(const QByteArray& head, bool* part10 = nullptr);
    // The Type 1 elements of PS3.10 7.1 that a file meta information lacks or leaves empty
    // (Media Storage SOP Class/Instance apart: their disagreement is its own finding), as names.
    static QStringList missingMetaElements(DcmItem& meta);
    // Fills the summary from an already parsed data set (shared with the writer and importer).
    static void summarize(DcmItem& dataset, DicomSummary& summary);
};

} // namespace pdi
