#include "MediumFuzzInput.h"

#include "DirectoryComparison.h"

#include "dicom/DicomSummaryReader.h"
#include "dicomdir/DicomDirectory.h"
#include "medium/Medium.h"
#include "report/CheckReport.h"
#include "scan/MediumScanner.h"

#include <cstdio>
#include <cstdlib>

namespace pdi::fuzz {

void readUntrusted(const QByteArray& bytes) {
    DicomSummaryReader::read(std::make_shared<MemoryMediumFile>(bytes));
    // The DICOMDIR byte reader against DCMTK's tree: the same reading, or the byte reader
    // declined (DicomDirectory.h). A difference is a crash for the fuzzer.
    auto file = std::make_shared<MemoryMediumFile>(bytes);
    const auto viaBytes =
        DicomdirReader::read(file, QStringLiteral("DICOMDIR"), DicomdirReader::Parser::Bytes);
    const auto viaDcmtk =
        DicomdirReader::read(file, QStringLiteral("DICOMDIR"), DicomdirReader::Parser::Dcmtk);
    if (!viaBytes.declined) {
        const QString difference = test::directoryDifference(viaBytes, viaDcmtk);
        if (!difference.isEmpty()) {
            std::fprintf(stderr, "DICOMDIR readers differ: %s\n", qPrintable(difference));
            std::abort();
        }
    }

    MediumOpener::Result opened = MediumOpener::openBytes(bytes, QStringLiteral("fuzz"));
    if (opened.medium) {
        MediumScanner::Options options;
        options.threads = 1;
        CheckReport::build(MediumScanner::scan(*opened.medium, options), CheckSettings());
    }
}

} // namespace pdi::fuzz
