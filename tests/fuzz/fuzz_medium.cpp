// libFuzzer target for everything that reads untrusted media: the DICOM summary reader, the
// DICOMDIR reader, and whole ISO/ZIP images through the scanner and the rules.
#include "dicom/DicomSummaryReader.h"
#include "dicomdir/DicomDirectory.h"
#include "medium/Medium.h"
#include "report/CheckReport.h"
#include "scan/MediumScanner.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static int argc = 1;
    static char name[] = "fuzz_medium";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;

    const QByteArray bytes(reinterpret_cast<const char*>(data), int(size));

    pdi::DicomSummaryReader::read(std::make_shared<pdi::MemoryMediumFile>(bytes));
    pdi::DicomdirReader::read(std::make_shared<pdi::MemoryMediumFile>(bytes),
                              QStringLiteral("DICOMDIR"));

    pdi::MediumOpener::Result opened = pdi::MediumOpener::openBytes(bytes, QStringLiteral("fuzz"));
    if (opened.medium) {
        pdi::MediumScanner::Options options;
        options.threads = 1;
        pdi::CheckReport::build(pdi::MediumScanner::scan(*opened.medium, options),
                                pdi::CheckSettings());
    }
    return 0;
}
