#pragma once

#include <string>
#include <vector>

class DcmDataDictionary;

namespace pdi {

// DCMTK's data dictionary, compiled into the program. DCMTK parses its dictionary files
// (/usr/share/libdcmtk17/dicom.dic and private.dic: 430 KB of text, 7,800 entries, with sscanf)
// the first time anything touches a DICOM element, which cost a check 15-30 ms of CPU before it
// read anything. The build turns what DCMTK's own parser made of those files into a table
// (dictionary/make_dictionary_table.cpp); the program fills DCMTK's dictionary from it, but only
// while the files are still the ones it was made from (their bytes' fingerprint) and nobody chose
// other files with DCMDICTPATH. Otherwise DCMTK loads the files as before.
class CompiledDictionary {
public:
    // Creates DCMTK's global dictionary from the table when it is current; false (nothing done)
    // when DCMTK must load the files itself. Call once, before anything else uses DCMTK.
    static bool install();

    // Adds the table's entries to a dictionary, as DCMTK adds the files' (for the tests).
    static void addTo(DcmDataDictionary& dictionary);

    // Whether these files are the ones the table was made from.
    static bool current(const std::vector<std::string>& paths);
};

} // namespace pdi
