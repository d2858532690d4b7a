// libFuzzer entry point for the medium reader (see MediumFuzzInput.h).
#include "MediumFuzzInput.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static int argc = 1;
    static char name[] = "fuzz_medium";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
    pdi::fuzz::readUntrusted(QByteArray(reinterpret_cast<const char*>(data), int(size)));
    return 0;
}
