#pragma once

#include <QCoreApplication>

#include "MediumInventory.h"

#include <QStringList>

namespace pdi {

class Medium;

// What a quick check reads besides the listing and the DICOMDIR, and when the DICOMDIR cannot
// stand in for the objects. A quick check sniffs every file the DICOMDIR does not list (for
// programs and stray DICOM) and reads one object per PATIENT record, so it never shows an
// identity the objects contradict; anything else it takes on the DICOMDIR's word.
class QuickCheckBasis {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::QuickCheckBasis)

public:
    // Reads what a quick check reads into inv.files. Returns why the DICOMDIR is not reliable
    // enough for a quick check (each a sentence for a person); empty when it is. The cheap
    // reasons are looked for first: when one is found, nothing more is read.
    static QStringList establish(const Medium& medium, MediumInventory& inv);

    // The first 512 bytes of a file: a program, other content, or DICOM left for later.
    static void sniff(const Medium& medium, ScannedFile& f);
};

} // namespace pdi
