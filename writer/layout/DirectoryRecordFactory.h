#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcddirif.h>

#include <optional>

namespace pdi {

// DCMTK's own directory records (DicomDirInterface, General Purpose profile: the records
// dcmmkdir writes, key for key) made from objects the caller already holds in memory. What
// DicomDirInterface::addDicomFile adds to this, loading every file again and searching the records
// made so far one by one for each file and level, is left to the caller, who knows the
// hierarchy from the write plan.
class DirectoryRecordFactory : public DicomDirInterface {
public:
    // allowVideo: the operator decided to carry video as it is (no transfer syntax check).
    // invent: fill Type 1 keys the objects lack in the records (never in the objects).
    DirectoryRecordFactory(bool allowVideo, bool invent);

    // The record type DCMTK gives objects of this SOP class, for the classes whose records this
    // factory makes; nullopt for the others (RT, registration, hanging protocols and the like,
    // whose records DicomDirInterface builds from nested content and some at the root).
    static std::optional<E_DirRecType> recordTypeOf(const OFString& sopClassUid);

    // The profile's checks, as DicomDirInterface applies them to a file it loads: the File ID,
    // the file meta information, SOP class and transfer syntax, then the keys the records need
    // (EC_ApplicationProfileViolated when a key is missing and invent is off).
    OFCondition check(DcmFileFormat& object, const OFString& fileId, const OFFilename& name);

    // A new record of the level for the object, with Specific Character Set where its keys
    // need it (as DicomDirInterface::addRecord adds it); nullptr when DCMTK cannot make it.
    DcmDirectoryRecord* patient(DcmFileFormat& object, const OFFilename& name);
    DcmDirectoryRecord* study(DcmFileFormat& object, const OFFilename& name);
    DcmDirectoryRecord* series(DcmFileFormat& object, const OFFilename& name);
    // fileId in DICOM form (components separated by '\').
    DcmDirectoryRecord* instance(E_DirRecType type, DcmFileFormat& object, const OFString& fileId,
                                 const OFFilename& name);

    // A key's value as DicomDirInterface compares objects with the records it has made.
    OFString value(DcmFileFormat& object, const DcmTagKey& key);

    // In invent mode, the Patient ID, Study ID, Series or Instance Number a new record lacks,
    // numbered as DicomDirInterface numbers them: it invents for every record still lacking
    // one after each file it adds, so a record's number is there when the next file's record
    // is placed among its siblings.
    void inventMissing(DcmDirectoryRecord& record);

private:
    // DicomDirInterface's own counters start so (they are private to it).
    unsigned long patients_ = 0;
    unsigned long studies_ = 0;
    unsigned long series_ = 0;
    unsigned long instances_ = 1;

    DcmDirectoryRecord* withCharacterSet(DcmDirectoryRecord* record, DcmFileFormat& object,
                                         const OFFilename& name);
};

} // namespace pdi
