#include "MediumFuzzInput.h"

#include "dicom/DicomSummaryReader.h"
#include "dicomdir/DicomDirectory.h"
#include "medium/Medium.h"
#include "report/CheckReport.h"
#include "scan/MediumScanner.h"

namespace pdi::fuzz {

void readUntrusted(const QByteArray& bytes) {
    DicomSummaryReader::read(std::make_shared<MemoryMediumFile>(bytes));
    DicomdirReader::read(std::make_shared<MemoryMediumFile>(bytes), QStringLiteral("DICOMDIR"));

    MediumOpener::Result opened = MediumOpener::openBytes(bytes, QStringLiteral("fuzz"));
    if (opened.medium) {
        MediumScanner::Options options;
        options.threads = 1;
        CheckReport::build(MediumScanner::scan(*opened.medium, options), CheckSettings());
    }
}

} // namespace pdi::fuzz
