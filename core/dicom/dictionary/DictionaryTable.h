#pragma once

// The generated table (make_dictionary_table): DCMTK's data dictionary as its default files
// define it when the program was built.
namespace pdi::dictionary {

struct Entry {
    unsigned short group, element, upperGroup, upperElement;
    int vr; // DcmEVR
    const char* name;
    int vmMin, vmMax;
    const char* standardVersion;
    int groupRestriction, elementRestriction; // DcmDictRangeRestriction
    const char* privateCreator;               // nullptr for public tags
};

extern const unsigned long long kFingerprint; // of the files' bytes (DictionaryFingerprint.h)
extern const Entry kEntries[];
extern const int kEntryCount;
extern const Entry kRepeatingEntries[];
extern const int kRepeatingEntryCount;

} // namespace pdi::dictionary
