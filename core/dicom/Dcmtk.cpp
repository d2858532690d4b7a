#include "Dcmtk.h"

#include "CompiledDictionary.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace pdi {

void initDcmtk() {
    static std::once_flag once;
    std::call_once(once, [] {
        OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
        // The dictionary from the compiled table when it is current; else touching it makes
        // DCMTK load its files, before worker threads need it.
        if (!CompiledDictionary::install())
            (void)dcmDataDict.isDictionaryLoaded();
    });
}

} // namespace pdi
