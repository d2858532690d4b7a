#pragma once

// The generated table (make_dictionary_table): DCMTK's data dictionary as its default files
// define it when the program was built. Texts are offsets into one block of characters, not
// pointers: a table of pointers in a position-independent program is relocated at every start,
// which wrote to a hundred of its pages before a check read anything.
namespace pdi::dictionary {

constexpr unsigned kNoText = ~0u; // a public tag's private creator

struct Entry {
    unsigned short group, element, upperGroup, upperElement;
    unsigned char vr;                                   // DcmEVR
    unsigned char groupRestriction, elementRestriction; // DcmDictRangeRestriction
    short vmMin, vmMax;
    unsigned name, standardVersion, privateCreator; // offsets into kTexts
};

extern const unsigned long long kFingerprint; // of the files' bytes (DictionaryFingerprint.h)
extern const char kTexts[];
extern const Entry kEntries[];
extern const int kEntryCount;
extern const Entry kRepeatingEntries[];
extern const int kRepeatingEntryCount;

} // namespace pdi::dictionary
