#include "Dcmtk.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace pdi {

void initDcmtk() {
    static std::once_flag once;
    std::call_once(once, [] {
        OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
        // Touching the dictionary loads it before worker threads need it.
        (void)dcmDataDict.isDictionaryLoaded();
    });
}

} // namespace pdi
