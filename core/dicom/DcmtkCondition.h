#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofcond.h>

#include <QCoreApplication>
#include <QString>

namespace pdi {

// What a DCMTK condition means for the file it came from, in a sentence for a person. DCMTK's own
// texts ("Invalid tag", "Storage media application profile violated") are English toolkit terms
// that tell a clerk nothing; they never reach the GUI or the CLI, only this translation does.
class DcmtkCondition {
    Q_DECLARE_TR_FUNCTIONS(pdi::DcmtkCondition)

public:
    // A clause without a final full stop, e.g. "the file ends before its data do".
    static QString describe(const OFCondition& condition);
};

} // namespace pdi
