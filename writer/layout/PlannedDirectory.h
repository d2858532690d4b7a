#pragma once

#include "DicomdirBuilder.h"
#include "DicomdirFile.h"
#include "DirectoryRecordFactory.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdirrec.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <memory>
#include <optional>
#include <vector>

namespace pdi {

// A patient record gets the birth date and sex the profile leaves out (other records: nothing).
void addPatientKeys(DcmDirectoryRecord& record, const QString& birthDate, const QString& sex);

// What one object gives the DICOMDIR, made apart from every other object (so on any thread, each
// thread with its own factory): the object as the records read it (the plan's keys restored, or
// the staged file), the profile's verdict on it, the keys its levels are matched on and its own
// record. The records of its patient, study and series are made later, in the medium's order,
// by the one object that is the first of each.
struct PreparedEntry {
    enum class Outcome { Done, NeedsInvent, NotDescribed, Failed };

    void prepare(const DirectoryEntry& entry, DirectoryRecordFactory& factory, bool invent);

    Outcome outcome = Outcome::Done;
    OFCondition failure = EC_Normal; // why, when Failed
    bool read = false;               // the keys were read from the staged file
    DcmFileFormat object;
    OFFilename name;
    QString patientKey; // the keys DicomDirInterface matches records on
    QString studyKey;
    QString seriesKey;
    QString instanceKey;
    std::unique_ptr<DcmDirectoryRecord> instance; // nullptr: DCMTK could not make it

private:
    bool load(const DirectoryEntry& entry, E_DirRecType type);
};

// A directory record on its way into the DICOMDIR, with its children in the order
// DicomDirInterface gives them (its insertSortedUnder): series by Series Number and instances by
// Instance Number, each before the first sibling with a greater number and otherwise last;
// patients, studies and records without a number in the order they come.
struct DirectoryNode {
    std::unique_ptr<DcmDirectoryRecord> record;
    std::optional<Sint32> number;
    std::vector<std::unique_ptr<DirectoryNode>> children;
    QHash<QString, DirectoryNode*> byKey; // children by the key DicomDirInterface matches
    std::optional<Sint32> greatest;

    // An empty key never matches (DicomDirInterface compares no empty values).
    DirectoryNode* child(const QString& key) const {
        return key.isEmpty() ? nullptr : byKey.value(key);
    }
    DirectoryNode* add(DcmDirectoryRecord* newRecord, const QString& key,
                       const std::optional<DcmTagKey>& orderBy);
    // The child's record got its number after it was placed (an invented one).
    void renumber(DirectoryNode& child, const DcmTagKey& orderBy);
    // The records below this one, each followed by the records below it (DcmDicomDir's order),
    // moved into the list.
    void listChildren(std::vector<ListedRecord>& list);
};

// The DICOMDIR of one pass (invent off, or on), made from the plan's entries.
class PlannedDirectory {
public:
    using Outcome = PreparedEntry::Outcome;

    PlannedDirectory(bool allowVideo, bool invent)
        : allowVideo_(allowVideo)
        , factory_(allowVideo, invent)
        , invent_(invent) {}

    // Every entry in order, until one is not Done.
    Outcome addAll(const QVector<DirectoryEntry>& entries);
    Outcome write(const QString& path, const QString& fileSetId, const QString& birthDate,
                  const QString& sex);

    QString error;
    int objectsRead = 0;

private:
    Outcome add(const DirectoryEntry& entry, PreparedEntry& prepared);
    // Prepares entries [begin, end) on worker threads, freeing what is left of the batch before.
    void prepare(const QVector<DirectoryEntry>& entries,
                 std::vector<std::unique_ptr<PreparedEntry>>& prepared, int begin, int end);
    // In invent mode, the keys a new record lacks, right after it was placed (as
    // DicomDirInterface invents after each file).
    void invent(DirectoryNode& parent, DirectoryNode& child,
                const std::optional<DcmTagKey>& orderBy);
    Outcome failed(const DirectoryEntry& entry, const OFCondition& cond);

    bool allowVideo_;
    DirectoryRecordFactory factory_;
    bool invent_;
    DirectoryNode root_;
};

} // namespace pdi
