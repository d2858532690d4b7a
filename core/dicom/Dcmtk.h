#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcerror.h>

#include <QString>

#include <exception>
#include <functional>

namespace pdi {

// Prepares DCMTK once per process: keeps its log off standard error (problems become findings)
// and makes sure the data dictionary is there.
void initDcmtk();

// Runs a DCMTK parse. DCMTK 3.6.7 throws std::out_of_range on some malformed values (found by
// fuzzing the medium reader); a broken file must end as a finding, never take the process down.
inline OFCondition guardedParse(const std::function<OFCondition()>& parse,
                                QString* exceptionText = nullptr) {
    try {
        return parse();
    } catch (const std::exception& e) {
        if (exceptionText)
            *exceptionText = QString::fromLocal8Bit(e.what());
        return EC_CorruptedData;
    }
}

} // namespace pdi
